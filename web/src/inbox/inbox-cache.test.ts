import { describe, expect, it } from 'vitest';
import type { InboxRow } from '../api/types.ts';
import { appendPage, upsertRow } from './inbox-cache.ts';
import { DEFAULT_FILTER, type InboxFilter } from './inbox-filter.ts';

function row(id: string, patch: Partial<InboxRow> = {}): InboxRow {
  return {
    id, workspaceId: 'ws', channelId: 'ch', contactId: `ct-${id}`, kind: 'public', threadKey: id, status: 'open', assigneeId: null,
    teamId: null, tags: [], priority: 10, priorityFactors: [], language: null, sentiment: null, needsReply: true, snippet: id,
    snoozedUntil: null, lastMessageAt: '2026-11-24T10:00:00.000Z', lastInboundAt: null, waitingSince: null, version: 1, lastChange: null,
    createdAt: '2026-11-24T10:00:00.000Z', updatedAt: '2026-11-24T10:00:00.000Z', contact: null, channel: null, ...patch,
  };
}

const byPriority: InboxFilter = { ...DEFAULT_FILTER, sort: 'priority' };
const ids = (data: { items: InboxRow[] }) => data.items.map((r) => r.id);

describe('keeping a loaded inbox list true to live updates', () => {
  it('puts a new conversation where the server would sort it', () => {
    const data = { items: [row('a', { priority: 90 }), row('b', { priority: 50 }), row('c', { priority: 10 })], nextCursor: null };
    expect(ids(upsertRow(data, row('d', { priority: 60 }), byPriority, 'me'))).toEqual(['a', 'd', 'b', 'c']);
  });

  it('moves a changed conversation and keeps what the event does not carry', () => {
    const data = { items: [row('a', { priority: 90 }), row('b', { priority: 50, contact: { id: 'x', name: 'Ana', isVip: false, handle: null } })], nextCursor: null };
    const next = upsertRow(data, row('b', { priority: 95, version: 2 }), byPriority, 'me');
    expect(ids(next)).toEqual(['b', 'a']);
    expect(next.items[0]!.contact?.name).toBe('Ana');
  });

  it('drops a conversation that no longer matches the filter', () => {
    const data = { items: [row('a'), row('b')], nextCursor: null };
    expect(ids(upsertRow(data, row('a', { status: 'resolved', version: 2 }), byPriority, 'me'))).toEqual(['b']);
    const mine = { ...byPriority, assignee: 'me' as const };
    expect(ids(upsertRow({ items: [], nextCursor: null }, row('c', { assigneeId: 'someone-else' }), mine, 'me'))).toEqual([]);
  });

  it('ignores an event older than what a fetched page already shows', () => {
    const data = { items: [row('a', { version: 5, snippet: 'new' })], nextCursor: null };
    expect(upsertRow(data, row('a', { version: 4, snippet: 'old' }), byPriority, 'me')).toBe(data);
  });

  it('leaves a conversation past the last loaded row to the next page', () => {
    const data = { items: [row('a', { priority: 90 }), row('b', { priority: 50 })], nextCursor: 'more' };
    expect(ids(upsertRow(data, row('z', { priority: 5 }), byPriority, 'me'))).toEqual(['a', 'b']);
  });

  it('does not repeat a row that a live update placed before its page arrived', () => {
    const data = { items: [row('a'), row('b')], nextCursor: 'more' };
    expect(ids(appendPage(data, { items: [row('b'), row('c')], nextCursor: null }))).toEqual(['a', 'b', 'c']);
  });
});
