// The inbox: filters, the live list of conversations, keyboard movement, and "next up".
import { useCallback, useEffect, useState, type KeyboardEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { api, isApiError } from '../api/http-client.ts';
import type { Conversation } from '../api/types.ts';
import { useMembers } from '../api/workspace-queries.ts';
import { useSession, canAct } from '../auth/session-context.ts';
import { useShortcuts } from '../keyboard/use-shortcuts.ts';
import './inbox.css';
import { VirtualList } from '../ui/virtual-list.tsx';
import { useNow } from '../ui/use-now.ts';
import { DEFAULT_FILTER, type InboxFilter } from './inbox-filter.ts';
import { InboxFilters } from './inbox-filters.tsx';
import { InboxViewSwitch } from './inbox-view-switch.tsx';
import { SavedViews } from './saved-views.tsx';
import { InboxRow } from './inbox-row.tsx';
import { useInbox } from './use-inbox.ts';
import { applyConversationToInboxes } from './inbox-cache.ts';

export const ROW_HEIGHT = 88;
const rowDomId = (id: string) => `inbox-row-${id}`;

interface InboxPaneProps { openId: string | null; onOpen: (id: string) => void }

export function InboxPane({ openId, onOpen }: InboxPaneProps) {
  const session = useSession();
  const client = useQueryClient();
  const [filter, setFilter] = useState<InboxFilter>(DEFAULT_FILTER);
  const [activeId, setActiveId] = useState<string | null>(openId);
  const [notice, setNotice] = useState<string | null>(null);
  const inbox = useInbox(filter);
  const members = useMembers();
  const now = useNow();
  const { rows } = inbox;

  useEffect(() => {
    if (openId) setActiveId(openId);
  }, [openId]);

  const activeIndex = activeId ? rows.findIndex((r) => r.id === activeId) : -1;
  const move = useCallback((delta: number) => {
    if (rows.length === 0) return;
    const next = activeIndex < 0 ? 0 : Math.min(rows.length - 1, Math.max(0, activeIndex + delta));
    setActiveId(rows[next]!.id);
  }, [rows, activeIndex]);
  const openActive = useCallback(() => {
    const row = rows[activeIndex];
    if (row) onOpen(row.id);
  }, [rows, activeIndex, onOpen]);

  const openRow = useCallback((id: string) => {
    setActiveId(id);
    onOpen(id);
  }, [onOpen]);

  useShortcuts({
    j: () => move(1), k: () => move(-1), Enter: openActive,
    l: () => setFilter((f) => ({ ...f, view: f.view === 'care' ? 'listening' : 'care' })),
  });

  const onListKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'ArrowDown') { event.preventDefault(); move(1); }
    if (event.key === 'ArrowUp') { event.preventDefault(); move(-1); }
    if (event.key === 'Home') { event.preventDefault(); if (rows[0]) setActiveId(rows[0].id); }
    if (event.key === 'End') { event.preventDefault(); const last = rows[rows.length - 1]; if (last) setActiveId(last.id); }
  };

  async function claimNext() {
    setNotice(null);
    try {
      const claimed = await api.post<Conversation | undefined>('/api/v1/queue/next', {});
      if (!claimed) { setNotice('Nothing is waiting in the queue.'); return; }
      applyConversationToInboxes(client, { ...claimed, contact: null, channel: null }, session.user.id);
      onOpen(claimed.id);
    } catch (error) {
      setNotice(isApiError(error) ? error.message : 'Could not claim the next conversation.');
    }
  }

  const loadMore = inbox.hasMore && !inbox.isLoadingMore ? () => void inbox.loadMore() : undefined;

  return (
    <section className="inbox-pane" aria-labelledby="inbox-title">
      <header className="pane-header">
        <h2 id="inbox-title">Inbox</h2>
        <span className="inbox-count" aria-live="polite">
          {inbox.isLoading ? 'Loading…' : `${rows.length}${inbox.hasMore ? '+' : ''} conversation${rows.length === 1 ? '' : 's'}`}
        </span>
        {canAct(session.role) && <button type="button" className="button button-small button-primary" onClick={() => void claimNext()}>Next up</button>}
      </header>
      <InboxViewSwitch view={filter.view} onChange={(view) => setFilter({ ...filter, view })} />
      <SavedViews filter={filter} onApply={setFilter} />
      <InboxFilters filter={filter} onChange={setFilter} />
      {notice && <p className="inline-notice" role="status">{notice}</p>}
      {inbox.error && <p className="form-error" role="alert">The inbox could not be loaded: {inbox.error.message}</p>}
      {!inbox.isLoading && rows.length === 0 && !inbox.error && (
        <p className="empty-state">
          {filter.view === 'listening'
            ? 'Listening found nothing here. Posts that name the brand without addressing it appear by themselves.'
            : 'No conversations here. New messages appear by themselves.'}
        </p>
      )}
      <VirtualList
        id="inbox-list"
        label="Conversations"
        items={rows}
        rowHeight={ROW_HEIGHT}
        getKey={(row) => row.id}
        rowId={(row) => rowDomId(row.id)}
        activeIndex={activeIndex}
        onNearEnd={loadMore}
        onKeyDown={(event) => {
          onListKeyDown(event);
          if (event.key === 'Enter') { event.preventDefault(); openActive(); }
        }}
        renderRow={(row) => (
          <InboxRow row={row} domId={rowDomId(row.id)} isActive={row.id === activeId} isOpen={row.id === openId}
            now={now} members={members.data} meId={session.user.id} onOpen={openRow} />
        )}
      />
      {inbox.isLoadingMore && <p className="list-footer" role="status">Loading more…</p>}
    </section>
  );
}
