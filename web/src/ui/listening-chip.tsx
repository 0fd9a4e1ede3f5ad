// Marks a conversation that listening found (the customer did not address the brand), and why.
import type { ListeningLabel } from '../api/types.ts';

const LABELS: Record<ListeningLabel, { text: string; title: string }> = {
  'about-brand': { text: 'About the brand', title: 'Listening found it: it names the brand without addressing it' },
  industry: { text: 'Industry', title: 'Listening found it: it is about the industry, not the brand' },
};

export function ListeningChip({ label }: { label: ListeningLabel }) {
  const entry = LABELS[label];
  return <span className={`listening-chip listening-${label}`} title={entry.title} data-label={label}>{entry.text}</span>;
}
