// Escalation: hand the conversation to another team's queue with a note saying why.
import { useId, useState, type FormEvent } from 'react';
import { isApiError } from '../api/http-client.ts';
import type { Conversation } from '../api/types.ts';
import { useTeams } from '../api/workspace-queries.ts';
import { ModalDialog } from '../ui/modal-dialog.tsx';
import type { ConversationActions } from './use-conversation.ts';

interface EscalateDialogProps { isOpen: boolean; onClose: () => void; conversation: Conversation; actions: ConversationActions }

export function EscalateDialog({ isOpen, onClose, conversation, actions }: EscalateDialogProps) {
  return (
    <ModalDialog isOpen={isOpen} onClose={onClose} title="Escalate to a team">
      <EscalateForm conversation={conversation} actions={actions} onDone={onClose} />
    </ModalDialog>
  );
}

function EscalateForm({ conversation, actions, onDone }: { conversation: Conversation; actions: ConversationActions; onDone: () => void }) {
  const teams = useTeams();
  const others = (teams.data ?? []).filter((t) => t.id !== conversation.teamId);
  const [teamId, setTeamId] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const id = useId();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!teamId || !note.trim()) return;
    setIsBusy(true);
    setError(null);
    try {
      await actions.escalate(teamId, note.trim(), conversation.version);
      onDone();
    } catch (caught) {
      if (isApiError(caught, 'stale_version')) {
        await actions.refetch().catch(() => undefined);
        setError('Someone changed this conversation meanwhile. Look at it again, then escalate.');
      } else {
        setError(isApiError(caught) ? `Not escalated: ${caught.message}.` : 'Not escalated: the server could not be reached. Try again.');
      }
    } finally {
      setIsBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)}>
      <p className="field-hint">The conversation leaves its assignee and waits, unassigned, in the team's queue. The team is notified.</p>
      <label htmlFor={`${id}-team`}>Team</label>
      <select id={`${id}-team`} required value={teamId} onChange={(e) => setTeamId(e.target.value)}>
        <option value="">{teams.isPending ? 'Loading teams…' : 'Choose a team'}</option>
        {others.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
      </select>
      {teams.isSuccess && others.length === 0 && <p className="field-hint">There is no other team to escalate to yet.</p>}
      <label htmlFor={`${id}-note`}>Note for the team (required)</label>
      <textarea id={`${id}-note`} dir="auto" rows={4} required maxLength={5000} value={note} placeholder="What happened, and what the customer needs…"
        onChange={(e) => setNote(e.target.value)} />
      {error && <p className="form-error" role="alert">{error}</p>}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onDone}>Cancel</button>
        <button type="submit" className="button button-primary" disabled={isBusy || !teamId || !note.trim()}>{isBusy ? 'Escalating…' : 'Escalate'}</button>
      </div>
    </form>
  );
}
