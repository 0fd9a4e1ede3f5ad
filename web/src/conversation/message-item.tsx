// One message in the thread. Customer text is only ever rendered as text; links are checked http(s).
import { memo, useState } from 'react';
import type { ThreadMessage } from '../api/types.ts';
import { LinkifiedText, safeHref } from '../ui/linkified-text.tsx';
import { fullTime, messageTime } from '../ui/time-format.ts';
import { DeliveryStatus } from './delivery-status.tsx';
import { EditHistory, MessageStateChips } from './message-changes.tsx';
import { ModerationMenu } from './moderation-menu.tsx';
import type { ModerationAction } from './use-conversation.ts';
import { useRevealedText } from './use-revealed-text.ts';

/** What an agent may do to a message, and where it was posted. */
export interface MessageTools {
  onRetry: (id: string) => Promise<unknown>;
  onModerate: (id: string, action: ModerationAction) => Promise<unknown>;
  onReveal: (id: string) => Promise<{ text: string }>;
  /** Retry a failed reply, moderate a customer's comment. */
  canAct: boolean;
  /** Show a masked number in full (leads and admins). */
  canReveal: boolean;
  networkLabel: string;
}

interface MessageItemProps { message: ThreadMessage; customerName: string; tools: MessageTools }

function authorOf(message: ThreadMessage, customerName: string): string {
  if (message.direction === 'in') return message.authorName ?? customerName;
  if (message.direction === 'bot') return 'Bot';
  return message.authorName ?? 'Brand';
}

function label(message: ThreadMessage): string {
  if (message.direction === 'note') return 'Internal note · only your team sees this';
  return message.visibility === 'public' ? 'Public · everyone can see this' : 'Private message';
}

export const MessageItem = memo(function MessageItem({ message, customerName, tools }: MessageItemProps) {
  const kind = message.direction === 'note' ? 'note' : message.visibility;
  const shown = useRevealedText(message, tools.onReveal);
  const [refusal, setRefusal] = useState<string | null>(null);
  const canModerate = tools.canAct && message.direction === 'in' && message.visibility === 'public' && message.moderation !== 'deleted';
  const states = [message.moderation ? `is-${message.moderation}` : '', message.removedAt ? 'is-removed' : ''].filter(Boolean).join(' ');
  return (
    <li className={`message message-${message.direction} message-${kind}${states ? ` ${states}` : ''}`} data-message-id={message.id}>
      <div className="message-head">
        <span className="message-author" dir="auto">{authorOf(message, customerName)}</span>
        <span className={`visibility-label visibility-${kind}`}>{label(message)}</span>
        <time dateTime={message.sentAt} title={fullTime(message.sentAt)}>{messageTime(message.sentAt)}</time>
        <MessageStateChips message={message} networkLabel={tools.networkLabel} />
        {canModerate && <ModerationMenu message={message} networkLabel={tools.networkLabel} onModerate={tools.onModerate} onRefused={setRefusal} />}
      </div>
      {shown.text && <LinkifiedText className="message-text" text={shown.text} />}
      {refusal && <p className="form-error message-refusal" role="alert">{refusal}</p>}
      {message.isMasked && (
        <p className="masked-note">
          {shown.isRevealed
            ? 'Shown in full; the reveal is recorded in the audit log.'
            : 'Card and ID numbers are masked.'}
          {tools.canReveal && !shown.isRevealed && (
            <button type="button" className="button button-small" disabled={shown.isBusy} onClick={() => void shown.reveal()}>
              Reveal<span className="visually-hidden"> the masked numbers</span>
            </button>
          )}
          {shown.error && <span className="form-error" role="alert">{shown.error}</span>}
        </p>
      )}
      <EditHistory message={message} />
      {message.attachments.length > 0 && (
        <ul className="attachments" aria-label="Attachments">
          {message.attachments.map((attachment, index) => {
            const href = attachment.url ? safeHref(attachment.url) : null;
            const name = attachment.name ?? `${attachment.type} attachment`;
            return (
              <li key={index} dir="auto">
                {href ? <a href={href} target="_blank" rel="noopener noreferrer nofollow">{name}</a> : name}
              </li>
            );
          })}
        </ul>
      )}
      {message.direction === 'out' && <DeliveryStatus message={message} onRetry={tools.onRetry} canRetry={tools.canAct} />}
    </li>
  );
});
