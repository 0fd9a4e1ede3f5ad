// The priority score with the factors that made it, so an agent can see why a conversation is on top.
import type { PriorityFactor } from '../api/types.ts';
import { PriorityPill } from './priority-pill.tsx';

/** What each factor is called on screen; a factor this app does not know yet shows under its own name. */
const FACTOR_LABELS: Record<string, string> = {
  urgency: 'Urgency',
  sentiment: 'Sentiment',
  intent: 'Intent',
  vip: 'VIP',
  customer: 'Customer',
  loyalty: 'Loyalty',
  'lifetime-value': 'Lifetime value',
  followers: 'Followers',
  visibility: 'Public',
  listening: 'Listening',
  aging: 'Waiting',
  sla: 'Response goal',
};

export function factorLabel(factor: string): string {
  return FACTOR_LABELS[factor] ?? factor;
}

export function PriorityExplanation({ score, factors }: { score: number; factors: PriorityFactor[] }) {
  const total = factors.reduce((sum, f) => sum + f.points, 0);
  return (
    <details className="priority-explanation">
      <summary><PriorityPill score={score} /> <span>Why this priority</span></summary>
      {factors.length === 0
        ? <p className="muted">No factor raised it: no urgency words, sentiment, customer value or waiting time yet.</p>
        : (
          <ul>
            {factors.map((f, index) => (
              <li key={`${f.factor}-${index}`} data-factor={f.factor}>
                <span className="factor-points">{f.points > 0 ? '+' : ''}{f.points}</span>
                <span className="factor-name">{factorLabel(f.factor)}</span>
                <span className="factor-detail" dir="auto">{f.detail}</span>
              </li>
            ))}
          </ul>
        )}
      {total > score && <p className="muted priority-capped">The factors add up to {total}; the score stops at 100.</p>}
    </details>
  );
}
