// "Ana is viewing", "Ana is typing…": who else is in this conversation right now.
import type { Presence } from './presence-store.ts';

function sentence(people: Presence[]): string {
  const typing = people.filter((p) => p.state === 'typing').map((p) => p.name);
  const viewing = people.filter((p) => p.state === 'viewing').map((p) => p.name);
  const parts: string[] = [];
  if (typing.length) parts.push(`${typing.join(', ')} ${typing.length === 1 ? 'is' : 'are'} typing…`);
  if (viewing.length) parts.push(`${viewing.join(', ')} ${viewing.length === 1 ? 'is' : 'are'} viewing`);
  return parts.join(' · ');
}

export function PresenceBar({ people }: { people: Presence[] }) {
  return (
    <p className={`presence-bar${people.length ? '' : ' is-empty'}`} role="status" aria-live="polite">
      {people.length > 0 && <span className="presence-dot" aria-hidden="true" />}
      {sentence(people)}
    </p>
  );
}
