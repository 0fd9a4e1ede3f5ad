// The priority score with the factors that made it, so an agent can see why a conversation is on top.
import type { PriorityFactor } from '../api/types.ts';
import { PriorityPill } from './priority-pill.tsx';

export function PriorityExplanation({ score, factors }: { score: number; factors: PriorityFactor[] }) {
  return (
    <details className="priority-explanation">
      <summary><PriorityPill score={score} /> <span>Why this priority</span></summary>
      {factors.length === 0
        ? <p className="muted">No factor raised it: no urgency words, sentiment, customer value or waiting time yet.</p>
        : (
          <ul>
            {factors.map((f, index) => (
              <li key={`${f.factor}-${index}`}>
                <span className="factor-points">{f.points > 0 ? '+' : ''}{f.points}</span>
                <span className="factor-name">{f.factor}</span>
                <span className="factor-detail" dir="auto">{f.detail}</span>
              </li>
            ))}
          </ul>
        )}
    </details>
  );
}
