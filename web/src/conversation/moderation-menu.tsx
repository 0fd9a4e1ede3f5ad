// A small menu on a customer's public message: hide it, show it again, or delete it on the network.
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { isApiError } from '../api/http-client.ts';
import type { ThreadMessage } from '../api/types.ts';
import type { ModerationAction } from './use-conversation.ts';

interface ModerationMenuProps {
  message: ThreadMessage;
  networkLabel: string;
  onModerate: (id: string, action: ModerationAction) => Promise<unknown>;
  /** Why the network (or the server) refused, shown under the message; null clears it. */
  onRefused: (reason: string | null) => void;
}

export function ModerationMenu({ message, networkLabel, onModerate, onRefused }: ModerationMenuProps) {
  const [isOpen, setIsOpen] = useState(false);
  const [isConfirmingDelete, setIsConfirmingDelete] = useState(false);
  const [isBusy, setIsBusy] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const id = useId();

  function close() {
    setIsOpen(false);
    setIsConfirmingDelete(false);
    trigger.current?.focus();
  }

  async function run(action: ModerationAction) {
    setIsBusy(true);
    onRefused(null);
    try {
      await onModerate(message.id, action);
    } catch (caught) {
      onRefused(isApiError(caught) ? `Not done: ${caught.message}.` : 'Not done: the server could not be reached. Try again.');
    } finally {
      close();
      setIsBusy(false);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape' && isOpen) {
      event.preventDefault();
      event.stopPropagation();
      close();
    }
  }

  const panelId = `${id}-options`;
  return (
    <div className="moderation-menu" onKeyDown={onKeyDown}>
      <button ref={trigger} type="button" className="button button-small message-menu-button" aria-expanded={isOpen}
        aria-controls={isOpen ? panelId : undefined} onClick={() => (isOpen ? close() : setIsOpen(true))}>
        Moderate<span className="visually-hidden"> this comment on {networkLabel}</span> <span aria-hidden="true">▾</span>
      </button>
      {isOpen && (
        <div id={panelId} className="moderation-options" role="group" aria-label={`Moderate on ${networkLabel}`}>
          {message.moderation === 'hidden'
            ? <button type="button" className="button button-small" disabled={isBusy} onClick={() => void run('unhide')}>Show again on {networkLabel}</button>
            : <button type="button" className="button button-small" disabled={isBusy} onClick={() => void run('hide')}>Hide on {networkLabel}</button>}
          {!isConfirmingDelete
            ? <button type="button" className="button button-small" disabled={isBusy} onClick={() => setIsConfirmingDelete(true)}>Delete on {networkLabel}…</button>
            : (
              <span className="confirm-delete">
                <span>Delete it for everyone? This cannot be undone.</span>
                <button type="button" className="button button-small button-danger" disabled={isBusy} autoFocus onClick={() => void run('delete')}>Delete</button>
                <button type="button" className="button button-small" onClick={() => setIsConfirmingDelete(false)}>Keep it</button>
              </span>
            )}
        </div>
      )}
    </div>
  );
}
