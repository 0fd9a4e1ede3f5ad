// Goodwill in the conversation: the "Goodwill…" action, the gestures recorded here, and, for leads, approve or decline.
import { useId, useState, type FormEvent } from 'react';
import { isApiError } from '../api/http-client.ts';
import type { Conversation, GoodwillRequest, GoodwillStatus, Role } from '../api/types.ts';
import { canAct, canLead } from '../auth/session-context.ts';
import { messageTime } from '../ui/time-format.ts';
import { formatMoney } from '../../../src/domain/goodwill.ts';
import { GoodwillDialog } from './goodwill-dialog.tsx';
import { useConversationGoodwill, useGoodwillActions, useGoodwillLimits, type GoodwillActions } from './use-goodwill.ts';
import './guidance.css';

interface GoodwillPanelProps { conversation: Conversation; role: Role; meId: string }

function statusText(request: GoodwillRequest): string {
  const by = request.decidedByName ?? 'a lead';
  const labels: Record<GoodwillStatus, string> = {
    granted: 'Granted within the limit', pending: 'Waiting for a lead', approved: `Approved by ${by}`, declined: `Declined by ${by}`,
  };
  return labels[request.status];
}

export function GoodwillPanel({ conversation, role, meId }: GoodwillPanelProps) {
  const [isDialogOpen, setIsDialogOpen] = useState(false);
  const gestures = useConversationGoodwill(conversation.id);
  const limits = useGoodwillLimits();
  const actions = useGoodwillActions(conversation.id, meId);
  const headingId = useId();
  const items = gestures.data ?? [];
  const mayAct = canAct(role);
  if (!mayAct && items.length === 0) return null;

  return (
    <section className="goodwill-panel" aria-labelledby={headingId}>
      <div className="goodwill-head">
        <h3 id={headingId}>Goodwill</h3>
        {mayAct && <button type="button" className="button button-small" aria-haspopup="dialog" onClick={() => setIsDialogOpen(true)}>Goodwill…</button>}
      </div>
      {gestures.error && <p className="guidance-error" role="alert">Goodwill could not be loaded: {gestures.error.message}</p>}
      {items.length > 0 && (
        <ul className="goodwill-list">
          {items.map((request) => (
            <GoodwillItem key={request.id} request={request} canDecide={canLead(role) && request.requestedBy !== meId} actions={actions} />
          ))}
        </ul>
      )}
      {mayAct && <GoodwillDialog isOpen={isDialogOpen} onClose={() => setIsDialogOpen(false)} role={role} limits={limits.data} actions={actions} />}
    </section>
  );
}

function GoodwillItem({ request, canDecide, actions }: { request: GoodwillRequest; canDecide: boolean; actions: GoodwillActions }) {
  return (
    <li className={`goodwill-item goodwill-${request.status}`} data-status={request.status}>
      <div className="goodwill-line">
        <strong>{formatMoney(request.amountMinor, request.currency)}</strong>
        <span className={`goodwill-status goodwill-status-${request.status}`}>{statusText(request)}</span>
        <span className="muted">{request.requestedByName ?? 'Someone'} · <time dateTime={request.createdAt}>{messageTime(request.createdAt)}</time></span>
      </div>
      <p className="goodwill-reason" dir="auto">{request.reason}</p>
      {request.decisionNote && <p className="goodwill-reason" dir="auto">Note: {request.decisionNote}</p>}
      {request.status === 'pending' && canDecide && <DecisionForm request={request} actions={actions} />}
    </li>
  );
}

function DecisionForm({ request, actions }: { request: GoodwillRequest; actions: GoodwillActions }) {
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const id = useId();
  const money = formatMoney(request.amountMinor, request.currency);

  async function decide(decision: 'approve' | 'decline') {
    if (decision === 'decline' && !note.trim()) {
      setError('Say why in the note: the agent tells the customer.');
      return;
    }
    setIsBusy(true);
    setError(null);
    try {
      await actions.decide(request.id, decision, note.trim());
    } catch (caught) {
      if (isApiError(caught, 'conflict')) {
        setError('Someone decided this request already.');
        void actions.refetch();
      } else {
        setError(isApiError(caught) ? caught.message : 'The server could not be reached. Try again.');
      }
    } finally {
      setIsBusy(false);
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void decide('approve');
  }

  return (
    <form className="goodwill-decision" onSubmit={onSubmit} aria-label={`Decide goodwill of ${money}`}>
      <label htmlFor={`${id}-note`} className="visually-hidden">Note for the agent</label>
      <input id={`${id}-note`} dir="auto" maxLength={2000} placeholder="Note (needed to decline)" value={note} onChange={(e) => setNote(e.target.value)} />
      <button type="submit" className="button button-small button-primary" disabled={isBusy}>Approve</button>
      <button type="button" className="button button-small" disabled={isBusy} onClick={() => void decide('decline')}>Decline</button>
      {error && <p className="form-error" role="alert">{error}</p>}
    </form>
  );
}
