// Assignment, status (with snooze until a time), hand-over and tags for the open conversation.
import { useId, useState, type FormEvent } from 'react';
import type { Conversation, ConversationChange, ConversationStatus, Member } from '../api/types.ts';
import { isApiError } from '../api/http-client.ts';
import { useTags } from '../api/workspace-queries.ts';
import type { ConversationActions } from './use-conversation.ts';
import { toLocalInputValue } from '../ui/time-format.ts';
import { HandoverActions } from './handover-actions.tsx';

interface ConversationActionsBarProps {
  conversation: Conversation;
  actions: ConversationActions;
  members: Member[] | undefined;
  meId: string;
  canAct: boolean;
  networkLabel: string;
}

function inOneHour(): Date {
  return new Date(Date.now() + 3_600_000);
}

function tomorrowMorning(): Date {
  const at = new Date();
  at.setDate(at.getDate() + 1);
  at.setHours(9, 0, 0, 0);
  return at;
}

export function ConversationActionsBar({ conversation, actions, members, meId, canAct, networkLabel }: ConversationActionsBarProps) {
  const [notice, setNotice] = useState<string | null>(null);
  const [isSnoozing, setIsSnoozing] = useState(false);
  const [snoozeAt, setSnoozeAt] = useState(() => toLocalInputValue(tomorrowMorning()));
  const [newTag, setNewTag] = useState('');
  const tags = useTags();
  const id = useId();

  async function run(action: () => Promise<unknown>) {
    setNotice(null);
    try {
      await action();
    } catch (error) {
      if (isApiError(error, 'stale_version')) {
        await actions.refetch().catch(() => undefined);
        const change = error.problem.lastChange as ConversationChange | null | undefined;
        const who = change?.byName ? `${change.byName} ${change.what}` : 'Someone changed this conversation';
        setNotice(`${who} a moment ago. Look at it again, then retry.`);
      } else {
        setNotice(isApiError(error) ? error.message : 'That did not work; try again.');
      }
    }
  }

  const setStatus = (status: ConversationStatus, until?: string) => run(() => actions.setStatus(status, conversation.version, until));

  function onSnooze(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const at = new Date(snoozeAt);
    if (Number.isNaN(at.getTime()) || at.getTime() <= Date.now()) {
      setNotice('Pick a time in the future to snooze until.');
      return;
    }
    setIsSnoozing(false);
    void setStatus('snoozed', at.toISOString());
  }

  function onAddTag(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const tag = newTag.trim().toLowerCase();
    if (!tag) return;
    setNewTag('');
    void run(() => actions.tag({ add: [tag] }));
  }

  const isMine = conversation.assigneeId === meId;
  const assignable = (members ?? []).filter((m) => m.role !== 'viewer');

  return (
    <div className="conversation-actions">
      <div className="action-group" role="group" aria-label="Assignment">
        {canAct && !isMine && <button type="button" className="button button-small" onClick={() => void run(() => actions.assign(meId, conversation.version))}>Assign to me</button>}
        {canAct && conversation.assigneeId && <button type="button" className="button button-small" onClick={() => void run(() => actions.assign(null, conversation.version))}>Unassign</button>}
        <label className="compact-field">
          <span className="visually-hidden">Assignee</span>
          <select value={conversation.assigneeId ?? ''} disabled={!canAct} onChange={(e) => void run(() => actions.assign(e.target.value || null, conversation.version))}>
            <option value="">Unassigned</option>
            {assignable.map((m) => <option key={m.id} value={m.id}>{m.id === meId ? `${m.name} (you)` : m.name}</option>)}
          </select>
        </label>
      </div>
      <div className="action-group" role="group" aria-label="Conversation status">
        <span className={`status-chip status-${conversation.status}`}>
          {conversation.status}{conversation.status === 'snoozed' && conversation.snoozedUntil ? ` until ${new Date(conversation.snoozedUntil).toLocaleString()}` : ''}
        </span>
        {canAct && conversation.status !== 'resolved' && <button type="button" className="button button-small" onClick={() => void setStatus('resolved')}>Resolve</button>}
        {canAct && conversation.status !== 'open' && <button type="button" className="button button-small" onClick={() => void setStatus('open')}>Reopen</button>}
        {canAct && conversation.status === 'open' && <button type="button" className="button button-small" onClick={() => void setStatus('pending')}>Pending</button>}
        {canAct && <button type="button" className="button button-small" aria-expanded={isSnoozing} onClick={() => setIsSnoozing(!isSnoozing)}>Snooze…</button>}
      </div>
      {isSnoozing && (
        <form className="snooze-form" onSubmit={onSnooze} aria-label="Snooze until">
          <button type="button" className="button button-small" onClick={() => setSnoozeAt(toLocalInputValue(inOneHour()))}>In 1 hour</button>
          <button type="button" className="button button-small" onClick={() => setSnoozeAt(toLocalInputValue(tomorrowMorning()))}>Tomorrow 9:00</button>
          <label htmlFor={`${id}-snooze`} className="visually-hidden">Snooze until</label>
          <input id={`${id}-snooze`} type="datetime-local" value={snoozeAt} onChange={(e) => setSnoozeAt(e.target.value)} required />
          <button type="submit" className="button button-small button-primary">Snooze</button>
        </form>
      )}
      {canAct && <HandoverActions conversation={conversation} actions={actions} networkLabel={networkLabel} />}
      <div className="action-group tag-group" role="group" aria-label="Tags">
        {conversation.tags.map((tag) => (
          <span key={tag} className="tag-chip">
            {tag}
            {canAct && <button type="button" className="tag-remove" aria-label={`Remove tag ${tag}`} onClick={() => void run(() => actions.tag({ remove: [tag] }))}>×</button>}
          </span>
        ))}
        {canAct && (
          <form onSubmit={onAddTag} className="tag-form">
            <label htmlFor={`${id}-tag`} className="visually-hidden">Add a tag</label>
            <input id={`${id}-tag`} list={`${id}-tags`} placeholder="Add tag" value={newTag} maxLength={64} onChange={(e) => setNewTag(e.target.value)} />
            <datalist id={`${id}-tags`}>{(tags.data ?? []).map((t) => <option key={t.id} value={t.name} />)}</datalist>
          </form>
        )}
      </div>
      {notice && <p className="inline-notice" role="status">{notice}</p>}
    </div>
  );
}
