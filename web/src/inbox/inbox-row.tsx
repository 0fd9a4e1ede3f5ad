// One conversation in the inbox: who, where, what they said, how long they have waited, and for whom.
import { memo } from 'react';
import type { InboxRow as Row, Member } from '../api/types.ts';
import { NetworkBadge } from '../ui/network-badge.tsx';
import { shortDuration } from '../ui/time-format.ts';
import { PriorityPill } from '../conversation/priority-pill.tsx';
import { ListeningChip } from '../ui/listening-chip.tsx';

interface InboxRowProps {
  row: Row;
  isActive: boolean;
  isOpen: boolean;
  now: number;
  members: Member[] | undefined;
  meId: string;
  onOpen: (id: string) => void;
  domId: string;
}

export const InboxRow = memo(function InboxRow({ row, isActive, isOpen, now, members, meId, onOpen, domId }: InboxRowProps) {
  const name = row.contact?.name ?? row.contact?.handle ?? 'Unknown customer';
  const waitingMs = row.waitingSince ? now - Date.parse(row.waitingSince) : null;
  const assignee = row.assigneeId === meId ? 'You' : row.assigneeId ? members?.find((m) => m.id === row.assigneeId)?.name ?? 'Assigned' : null;
  return (
    <div
      id={domId}
      role="option"
      aria-selected={isActive}
      aria-current={isOpen ? 'true' : undefined}
      className={`inbox-row${isActive ? ' is-active' : ''}${isOpen ? ' is-open' : ''}${row.needsReply ? ' needs-reply' : ''}`}
      onClick={() => onOpen(row.id)}
      data-conversation-id={row.id}
    >
      <div className="inbox-row-top">
        <NetworkBadge network={row.channel?.network} />
        <span className="inbox-row-name" dir="auto">{name}</span>
        {row.contact?.isVip && <span className="vip-mark" title="VIP customer">VIP</span>}
        <span className="inbox-row-kind">{row.kind === 'public' ? 'Public' : 'Private'}</span>
        <span className={`inbox-row-wait${waitingMs !== null && waitingMs > 3_600_000 ? ' is-late' : ''}`}
          title={row.waitingSince ? 'Waiting for a reply' : 'Since the last message'}>
          {waitingMs !== null ? `waits ${shortDuration(waitingMs)}` : shortDuration(now - Date.parse(row.lastMessageAt))}
        </span>
      </div>
      <p className="inbox-row-snippet" dir="auto">{row.snippet || ' '}</p>
      <div className="inbox-row-meta">
        <PriorityPill score={row.priority} />
        {row.listeningLabel && <ListeningChip label={row.listeningLabel} />}
        {row.status !== 'open' && <span className={`status-chip status-${row.status}`}>{row.status}</span>}
        <span className="inbox-row-assignee">{assignee ?? 'Unassigned'}</span>
        {row.tags.slice(0, 3).map((tag) => <span key={tag} className="tag-chip">{tag}</span>)}
        {row.tags.length > 3 && <span className="tag-chip">+{row.tags.length - 3}</span>}
      </div>
    </div>
  );
});
