// Care queue or Listening: the conversations addressed to the brand, or those listening found about it.
import { useId } from 'react';
import type { InboxView } from './inbox-filter.ts';

const VIEWS: { value: InboxView; label: string; hint: string }[] = [
  { value: 'care', label: 'Care queue', hint: 'Conversations addressed to the brand' },
  { value: 'listening', label: 'Listening', hint: 'Posts about the brand or the industry that listening rules found; replying moves one to the care queue' },
];

export function InboxViewSwitch({ view, onChange }: { view: InboxView; onChange: (view: InboxView) => void }) {
  const id = useId();
  return (
    <div className="view-switch" role="radiogroup" aria-label="Inbox view">
      {VIEWS.map((v) => (
        <label key={v.value} className={view === v.value ? 'is-selected' : ''} title={v.hint}>
          <input type="radio" name={`${id}-view`} value={v.value} checked={view === v.value} onChange={() => onChange(v.value)} />
          {v.label}
        </label>
      ))}
    </div>
  );
}
