// A network's Retry-After counts from its answer: a slow request must not make the retry early.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.ts';
import { apiChannel, signBody } from '../src/channels/api/index.ts';
import { SendError, type ChannelAdapter } from '../src/channels/channel-adapter.ts';
import { createChannelRegistry } from '../src/channels/registry.ts';
import { webchatChannel } from '../src/channels/webchat/index.ts';
import { getOutboxByMessage } from '../src/store/repositories/outbox.ts';

describe('retry timing', () => {
  let t: TestServer;
  let clock = Date.parse('2026-11-24T12:00:00.000Z');
  let attempts = 0;
  // The request itself takes 4 s by the clock, then the network says: come back in 10 s.
  const slowAndLimited: ChannelAdapter = {
    ...apiChannel,
    async send() {
      attempts++;
      clock += 4_000;
      throw new SendError('429 Too Many Requests', true, 10_000);
    },
  };

  beforeAll(async () => {
    t = await startTestServer('sqlite', {
      now: () => new Date(clock), outboxPollMs: 60_000, outboxBackoffMs: () => 50,
      channels: createChannelRegistry([slowAndLimited, webchatChannel]),
    });
  });
  afterAll(async () => { await t?.close(); });

  it('schedules the retry from when the answer came, not from when the request began', async () => {
    const channel = await (await t.api('/api/v1/channels', { method: 'POST', json: { network: 'api', name: 'slow', config: { deliveryUrl: 'http://127.0.0.1:9/' } } })).json() as { id: string; secret: string };
    const raw = JSON.stringify({ events: [{ id: 'rt-1', from: { id: 'c' }, text: 'hello?' }] });
    await fetch(`${t.url}/webhooks/api/${channel.id}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-parley-signature': signBody(channel.secret, raw) }, body: raw });
    const conversationId = ((await (await t.api('/api/v1/conversations')).json()) as { items: { id: string }[] }).items[0]!.id;
    const startedAt = clock;
    const written = await (await t.api(`/api/v1/conversations/${conversationId}/replies`, { method: 'POST', json: { text: 'Here!' } })).json() as { message: { id: string } };
    await expect.poll(() => attempts, { timeout: 5_000 }).toBe(1);
    await expect.poll(async () => (await getOutboxByMessage(t.server.services.store.db, written.message.id))?.attempts, { timeout: 5_000 }).toBe(1);
    const row = await getOutboxByMessage(t.server.services.store.db, written.message.id);
    expect(Date.parse(row!.nextAttemptAt)).toBe(startedAt + 4_000 + 10_000);
  });
});
