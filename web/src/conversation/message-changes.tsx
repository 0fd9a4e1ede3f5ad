// What happened to a message after it was written: edited or removed by its author, hidden or deleted by an agent.
import type { ThreadMessage } from '../api/types.ts';
import { fullTime } from '../ui/time-format.ts';

/** Chips for the message head; the text itself always stays visible to the team. */
export function MessageStateChips({ message, networkLabel }: { message: ThreadMessage; networkLabel: string }) {
  return (
    <>
      {message.removedAt && (
        <span className="state-chip state-removed" title={`Removed ${fullTime(message.removedAt)}; the team still sees the text`}>Removed by the customer</span>
      )}
      {message.moderation === 'hidden' && <span className="state-chip state-hidden">Hidden on {networkLabel}</span>}
      {message.moderation === 'deleted' && <span className="state-chip state-deleted">Deleted on {networkLabel}</span>}
    </>
  );
}

/** "Edited", with the earlier texts on demand (oldest first), each only ever shown as text. */
export function EditHistory({ message }: { message: ThreadMessage }) {
  if (!message.editedAt) return null;
  const earlier = message.previousTexts ?? [];
  return (
    <details className="edit-history">
      <summary>Edited <time dateTime={message.editedAt}>{fullTime(message.editedAt)}</time></summary>
      {earlier.length === 0
        ? <p className="muted">The earlier text was not kept.</p>
        : (
          <ol aria-label="Earlier texts, oldest first">
            {earlier.map((text, index) => <li key={index}><p className="message-text" dir="auto">{text}</p></li>)}
          </ol>
        )}
    </details>
  );
}
