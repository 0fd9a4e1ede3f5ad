// For leads: private threads still waiting for a reply whose messaging window closes soon, with
// the time left, reachable from the header. A click opens the conversation.
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/http-client.ts';
import type { InboxRow } from '../api/types.ts';
import { canLead, useSession } from '../auth/session-context.ts';
import { ModalDialog } from '../ui/modal-dialog.tsx';
import { NetworkBadge } from '../ui/network-badge.tsx';
import { fullTime, shortDuration } from '../ui/time-format.ts';
import { useNow } from '../ui/use-now.ts';
import './closing-windows.css';

export interface ClosingWindowItem { conversation: InboxRow; closesAt: string; rule: 'standard' | 'human_agent' | 'private_reply' | null }

const LOOKAHEADS = [
  { value: 'PT1H', label: '1 hour' }, { value: 'PT6H', label: '6 hours' }, { value: 'P1D', label: '24 hours' }, { value: 'P7D', label: '7 days' },
] as const;

const RULE_TEXT = { standard: '24-hour window', human_agent: 'human agent, 7 days', private_reply: 'private reply, 7 days' } as const;

/** The header entry and its list; nothing for agents and viewers (the endpoint is for leads). */
export function ClosingWindowsButton({ onOpenConversation }: { onOpenConversation: (id: string) => void }) {
  const session = useSession();
  const [isOpen, setIsOpen] = useState(false);
  if (!canLead(session.role)) return null;
  return (
    <>
      <button type="button" className="button button-small" aria-haspopup="dialog" onClick={() => setIsOpen(true)}>Windows closing</button>
      <ModalDialog isOpen={isOpen} onClose={() => setIsOpen(false)} title="Messaging windows closing" className="closing-windows-dialog">
        <ClosingWindowsList onOpen={(id) => { setIsOpen(false); onOpenConversation(id); }} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={() => setIsOpen(false)}>Close</button>
        </div>
      </ModalDialog>
    </>
  );
}

function ClosingWindowsList({ onOpen }: { onOpen: (id: string) => void }) {
  const [within, setWithin] = useState<(typeof LOOKAHEADS)[number]['value']>('PT6H');
  const now = useNow(30_000);
  const windows = useQuery({
    queryKey: ['messaging-windows', within],
    queryFn: ({ signal }) => api.get<{ items: ClosingWindowItem[] }>(`/api/v1/messaging-windows?closingWithin=${within}`, signal),
    refetchInterval: 60_000,
  });
  // A window that closed while the list was open is no longer answerable: it leaves the list.
  const items = (windows.data?.items ?? []).filter((w) => Date.parse(w.closesAt) > now);
  return (
    <div className="closing-windows">
      <label className="closing-windows-range">
        Closing within{' '}
        <select value={within} onChange={(e) => setWithin(e.target.value as typeof within)}>
          {LOOKAHEADS.map((l) => <option key={l.value} value={l.value}>{l.label}</option>)}
        </select>
      </label>
      {windows.isPending && <p role="status">Loading…</p>}
      {windows.isError && <p className="form-error" role="alert">The list could not be loaded.</p>}
      {windows.isSuccess && items.length === 0 && <p className="empty-state">No private thread waiting for a reply closes in that time.</p>}
      {items.length > 0 && (
        <ol className="closing-windows-items" aria-label="Threads whose window closes soonest first">
          {items.map((w) => {
            const left = Date.parse(w.closesAt) - now;
            return (
              <li key={w.conversation.id}>
                <button type="button" className="closing-window" onClick={() => onOpen(w.conversation.id)}>
                  <NetworkBadge network={w.conversation.channel?.network} />
                  <span className="closing-window-who">{w.conversation.contact?.name ?? w.conversation.contact?.handle ?? 'Unknown customer'}</span>
                  <span className="closing-window-snippet">{w.conversation.snippet}</span>
                  <span className={`window-chip${left < 3_600_000 ? ' window-closing' : ''}`} title={`Closes ${fullTime(w.closesAt)}`}>
                    {shortDuration(left)} left
                  </span>
                  {w.rule && <span className="closing-window-rule">{RULE_TEXT[w.rule]}</span>}
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
