// The priority score as a coloured pill: the higher, the warmer.

export function priorityBand(score: number): 'urgent' | 'high' | 'normal' | 'low' {
  if (score >= 75) return 'urgent';
  if (score >= 50) return 'high';
  if (score >= 25) return 'normal';
  return 'low';
}

export function PriorityPill({ score }: { score: number }) {
  const band = priorityBand(score);
  return <span className={`priority-pill priority-${band}`} title={`Priority ${score} of 100 (${band})`}>P{score}</span>;
}
