import { afterEach, describe, expect, it, vi } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import type { ContactDetail, Conversation, InboxRow } from './types.ts';
import { applyStreamEvent } from './stream-sync.ts';
import { queryKeys } from './query-keys.ts';
import { DEFAULT_FILTER } from '../inbox/inbox-filter.ts';
import type { InboxData } from '../inbox/inbox-cache.ts';

function conversation(patch: Partial<Conversation> = {}): Conversation {
  return {
    id: 'cv-1', workspaceId: 'ws', channelId: 'ch', contactId: 'ct-nora', kind: 'public', threadKey: 't', status: 'open', assigneeId: null,
    teamId: null, tags: [], priority: 40, priorityFactors: [], language: null, sentiment: null, needsReply: true, snippet: 'Parcel 4411 is lost',
    snoozedUntil: null, lastMessageAt: '2026-11-24T10:00:00.000Z', lastInboundAt: null, waitingSince: null, version: 1, lastChange: null,
    createdAt: '2026-11-24T10:00:00.000Z', updatedAt: '2026-11-24T10:00:00.000Z', ...patch,
  };
}

const nora: ContactDetail = {
  id: 'ct-nora', workspaceId: 'ws', name: 'Nora Live', isVip: false, attributes: {}, notes: '', createdAt: '', updatedAt: '',
  identities: [{ id: 'i', contactId: 'ct-nora', network: 'api', namespace: 'ch', externalId: 'c-live', handle: 'nora', displayName: 'Nora Live' }],
  conversations: [],
};

/** A contact endpoint that answers when the test says so. */
function contactEndpoint() {
  let answer: (response: Response) => void = () => {};
  const fetch = vi.fn(() => new Promise<Response>((resolve) => { answer = resolve; }));
  vi.stubGlobal('fetch', fetch);
  return { fetch, answer: (status: number, body: unknown) => answer(new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })) };
}

function inboxWith(client: QueryClient, items: InboxRow[] = []): () => InboxRow[] {
  client.setQueryData<InboxData>(queryKeys.inbox(DEFAULT_FILTER), { items, nextCursor: null });
  return () => client.getQueryData<InboxData>(queryKeys.inbox(DEFAULT_FILTER))!.items;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('a live conversation from a customer the page does not know yet', () => {
  afterEach(() => { vi.unstubAllGlobals(); });

  it('is drawn only once its customer is known, never as "Unknown customer"', async () => {
    const endpoint = contactEndpoint();
    const client = new QueryClient();
    const rows = inboxWith(client);
    applyStreamEvent(client, { type: 'conversation.created', data: conversation() }, 'me');
    expect(rows()).toEqual([]);
    await settle();
    expect(endpoint.fetch).toHaveBeenCalledWith('/api/v1/contacts/ct-nora', expect.anything());
    endpoint.answer(200, nora);
    await vi.waitFor(() => expect(rows()).toHaveLength(1));
    expect(rows()[0]!.contact).toEqual({ id: 'ct-nora', name: 'Nora Live', isVip: false, handle: 'nora' });
  });

  it('keeps a newer version that arrived while the customer was being fetched', async () => {
    const endpoint = contactEndpoint();
    const client = new QueryClient();
    const rows = inboxWith(client);
    applyStreamEvent(client, { type: 'conversation.created', data: conversation() }, 'me');
    applyStreamEvent(client, { type: 'conversation.updated', data: conversation({ version: 2, snippet: 'Hello?? Still waiting' }) }, 'me');
    await settle();
    endpoint.answer(200, nora);
    await vi.waitFor(() => expect(rows()[0]?.contact?.name).toBe('Nora Live'));
    expect(rows().map((r) => [r.version, r.snippet])).toEqual([[2, 'Hello?? Still waiting']]);
  });

  it('is still drawn when the customer cannot be fetched', async () => {
    const endpoint = contactEndpoint();
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const rows = inboxWith(client);
    applyStreamEvent(client, { type: 'conversation.created', data: conversation() }, 'me');
    await settle();
    endpoint.answer(503, { status: 503, code: 'unavailable', detail: 'restarting' });
    await vi.waitFor(() => expect(rows()).toHaveLength(1));
    expect(rows()[0]!.contact).toBeNull();
  });
});

describe('an inbox digest', () => {
  afterEach(() => { vi.useRealTimers(); });

  it('draws each conversation it carries and refetches the lists once when some did not fit', async () => {
    vi.useFakeTimers();
    const client = new QueryClient();
    client.setQueryData(queryKeys.contact('ct-nora'), nora);
    const rows = inboxWith(client);
    const refetch = vi.spyOn(client, 'invalidateQueries');
    const digest = (dropped: number, ...conversations: Conversation[]) => applyStreamEvent(client, {
      type: 'inbox.digest', data: { events: conversations.map((data) => ({ type: 'conversation.created' as const, data })), dropped },
    }, 'me');
    digest(0, conversation({ id: 'cv-1' }), conversation({ id: 'cv-2', priority: 20 }));
    expect(rows().map((r) => r.id)).toEqual(['cv-1', 'cv-2']);
    const listRefetches = () => refetch.mock.calls.filter(([filters]) => filters?.queryKey === queryKeys.inboxAll).length;
    digest(30, conversation({ id: 'cv-3' }));
    digest(12, conversation({ id: 'cv-4' }));
    expect(listRefetches()).toBe(0);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(listRefetches()).toBe(1);
  });

  it('leaves the open conversation as its own events drew it', () => {
    const client = new QueryClient();
    client.setQueryData(queryKeys.contact('ct-nora'), nora);
    inboxWith(client);
    const factors = [{ factor: 'urgency', points: 30, detail: 'the message reads as urgent' }];
    const open = conversation({ priorityFactors: factors, lastChange: { byUserId: null, byName: 'Nora', what: 'wrote again', at: '2026-11-24T10:00:00.000Z' } });
    client.setQueryData(queryKeys.conversation('cv-1'), { conversation: open, messages: [], priority: { score: 40, factors } });
    const { priorityFactors: _factors, lastChange: _change, threadKey: _key, workspaceId: _ws, ...row } = open;
    applyStreamEvent(client, { type: 'inbox.digest', data: { events: [{ type: 'conversation.updated', data: row }], dropped: 0 } }, 'me');
    const detail = client.getQueryData<{ conversation: Conversation; priority: { factors: unknown[] } }>(queryKeys.conversation('cv-1'))!;
    expect(detail.priority.factors).toEqual(factors);
    expect(detail.conversation.lastChange?.what).toBe('wrote again');
  });
});
