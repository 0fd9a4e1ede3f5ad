// Public → private: a public answer pointing to the DMs, and optionally the first private message.
import { useId, useState, type FormEvent } from 'react';
import { isApiError } from '../api/http-client.ts';
import type { Conversation } from '../api/types.ts';
import { ModalDialog } from '../ui/modal-dialog.tsx';
import type { ConversationActions } from './use-conversation.ts';

/** The server's default public text, shown so the agent can edit it before it goes out. */
export const DEFAULT_PUBLIC_TEXT = "We've sent you a private message so we can look into this with your details.";

interface MoveToPrivateDialogProps { isOpen: boolean; onClose: () => void; conversation: Conversation; actions: ConversationActions; networkLabel: string }

export function MoveToPrivateDialog({ isOpen, onClose, conversation, actions, networkLabel }: MoveToPrivateDialogProps) {
  return (
    <ModalDialog isOpen={isOpen} onClose={onClose} title="Move to private">
      <MoveToPrivateForm conversation={conversation} actions={actions} networkLabel={networkLabel} onDone={onClose} />
    </ModalDialog>
  );
}

function MoveToPrivateForm({ conversation, actions, networkLabel, onDone }: Omit<MoveToPrivateDialogProps, 'isOpen' | 'onClose'> & { onDone: () => void }) {
  const [publicText, setPublicText] = useState(DEFAULT_PUBLIC_TEXT);
  const [privateText, setPrivateText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const id = useId();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setIsBusy(true);
    setError(null);
    try {
      await actions.moveToPrivate({ publicText, ...(privateText.trim() ? { privateText } : {}), baseVersion: conversation.version });
      onDone();
    } catch (caught) {
      if (isApiError(caught, 'stale_version')) {
        await actions.refetch().catch(() => undefined);
        setError('Someone changed this conversation meanwhile. Look at the thread again, then move it.');
      } else {
        setError(isApiError(caught) ? `Not moved: ${caught.message}.` : 'Not moved: the server could not be reached. Try again.');
      }
    } finally {
      setIsBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)}>
      <p className="field-hint">The customer's private messages on {networkLabel} continue in this conversation.</p>
      <label htmlFor={`${id}-public`}>Public reply (everyone can see it)</label>
      <textarea id={`${id}-public`} dir="auto" rows={3} required maxLength={10_000} value={publicText} onChange={(e) => setPublicText(e.target.value)} />
      <label htmlFor={`${id}-private`}>First private message (optional)</label>
      <textarea id={`${id}-private`} dir="auto" rows={4} maxLength={100_000} value={privateText} placeholder="Only the customer sees this…"
        onChange={(e) => setPrivateText(e.target.value)} />
      {error && <p className="form-error" role="alert">{error}</p>}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onDone}>Cancel</button>
        <button type="submit" className="button button-primary" disabled={isBusy || !publicText.trim()}>{isBusy ? 'Moving…' : 'Move to private'}</button>
      </div>
    </form>
  );
}
