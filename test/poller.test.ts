// Polling channels: what a poll returns is ingested like a webhook's events (deduped, threaded),
// the cursor moves on only after the commit, and a failed poll keeps the cursor and says why.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.ts';
import { apiChannel } from '../src/channels/api/index.ts';
import { SendError, type ChannelAdapter, type PollResult } from '../src/channels/channel-adapter.ts';
import { createChannelRegistry } from '../src/channels/registry.ts';
import type { InboundEvent } from '../src/domain/inbound-event.ts';

const event = (id: string, text: string, inReplyTo?: string): InboundEvent => ({
  externalId: id, direction: 'in', visibility: 'public', author: { externalId: 'u-poll', handle: 'poller', displayName: 'Poll Person' },
  text, attachments: [], sentAt: '2026-11-24T09:00:00.000Z', ...(inReplyTo ? { inReplyToExternalId: inReplyTo } : {}),
});

describe('the poller', () => {
  let t: TestServer;
  const cursors: (string | null)[] = [];
  const answers: (PollResult | SendError)[] = [
    { events: [event('p-1', 'first polled post'), event('p-2', 'a reply to it', 'p-1')], cursor: 'c1' },
    { events: [event('p-2', 'a reply to it', 'p-1'), event('p-3', 'another reply', 'p-2')], cursor: 'c2' },
    new SendError('429: rate limited until the window resets', true, 120_000),
  ];
  // A stand-in network that only polls, built on the api channel's parts.
  const pollingChannel: ChannelAdapter = {
    ...apiChannel, network: 'telegram', identityNamespace: (c) => `telegram:${c.id}`,
    isPolling: () => true,
    async poll(_channel, cursor) {
      cursors.push(cursor);
      const next = answers.shift();
      if (!next) return { events: [], cursor };
      if (next instanceof SendError) throw next;
      return next;
    },
  };

  beforeAll(async () => {
    t = await startTestServer('sqlite', { channels: createChannelRegistry([apiChannel, pollingChannel]) });
  });
  afterAll(async () => { await t?.close(); });

  it('ingests polled events once, threads them, and moves the cursor only after the commit', async () => {
    const created = await (await t.api('/api/v1/channels', { method: 'POST', json: { network: 'telegram', name: 'polled', config: { deliveryUrl: 'http://127.0.0.1:9/' } } })).json() as { id: string };
    const poller = t.server.poller;
    expect(await poller.runOnce()).toBe(1);
    await t.server.services.store.db.updateTable('channels').set({ next_poll_at: null }).where('id', '=', created.id).execute();
    expect(await poller.runOnce()).toBe(1);
    expect(cursors).toEqual([null, 'c1']);
    const list = await (await t.api(`/api/v1/conversations?channelId=${created.id}`)).json() as { items: { id: string }[] };
    expect(list.items).toHaveLength(1);
    const detail = await (await t.api(`/api/v1/conversations/${list.items[0]!.id}`)).json() as { messages: { externalId: string }[] };
    expect(detail.messages.map((m) => m.externalId)).toEqual(['p-1', 'p-2', 'p-3']);

    await t.server.services.store.db.updateTable('channels').set({ next_poll_at: null }).where('id', '=', created.id).execute();
    expect(await poller.runOnce()).toBe(0);
    const row = await t.server.services.store.db.selectFrom('channels').select(['poll_cursor', 'next_poll_at', 'last_error']).where('id', '=', created.id).executeTakeFirstOrThrow();
    expect(row.poll_cursor).toBe('c2');
    expect(row.last_error).toContain('rate limited');
    expect(Date.parse(row.next_poll_at!)).toBeGreaterThan(Date.now() + 100_000);
  });
});
