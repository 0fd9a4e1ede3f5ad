// Actions that hand the conversation on: to the customer's private messages, or to another team.
import { useState } from 'react';
import type { Conversation } from '../api/types.ts';
import type { ConversationActions } from './use-conversation.ts';
import { EscalateDialog } from './escalate-dialog.tsx';
import { MoveToPrivateDialog } from './move-to-private-dialog.tsx';

interface HandoverActionsProps { conversation: Conversation; actions: ConversationActions; networkLabel: string }

export function HandoverActions({ conversation, actions, networkLabel }: HandoverActionsProps) {
  const [open, setOpen] = useState<'private' | 'escalate' | null>(null);
  return (
    <div className="action-group" role="group" aria-label="Hand over">
      {conversation.kind === 'public' && (
        <button type="button" className="button button-small" aria-haspopup="dialog" onClick={() => setOpen('private')}>Move to private…</button>
      )}
      <button type="button" className="button button-small" aria-haspopup="dialog" onClick={() => setOpen('escalate')}>Escalate…</button>
      {conversation.kind === 'public' && (
        <MoveToPrivateDialog isOpen={open === 'private'} onClose={() => setOpen(null)} conversation={conversation} actions={actions} networkLabel={networkLabel} />
      )}
      <EscalateDialog isOpen={open === 'escalate'} onClose={() => setOpen(null)} conversation={conversation} actions={actions} />
    </div>
  );
}
