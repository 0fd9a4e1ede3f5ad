// Public → private: one action answers in public, writes privately, and the customer's private
// answer lands in the same conversation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.ts';
import { startApiReceiver, type ApiReceiver } from '../src/channels/api/emulator.ts';
import { signBody } from '../src/channels/api/index.ts';
import { entry, feedComment, pageDelivery, signDelivery } from '../src/channels/meta/webhook-builders.ts';
import { DIALECTS } from './support/stores.ts';

describe.each(DIALECTS)('moving a public conversation to private on %s', (dialect) => {
  let t: TestServer;
  let receiver: ApiReceiver;
  let channel: { id: string; secret: string };
  const deliver = (event: Record<string, unknown>) => {
    const raw = JSON.stringify({ events: [event] });
    return fetch(`${t.url}/webhooks/api/${channel.id}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-parley-signature': signBody(channel.secret, raw) }, body: raw });
  };

  beforeAll(async () => {
    t = await startTestServer(dialect);
    receiver = await startApiReceiver();
    channel = await (await t.api('/api/v1/channels', { method: 'POST', json: { network: 'api', name: 'c', config: { deliveryUrl: receiver.url } } })).json() as { id: string; secret: string };
    receiver.setSecret(channel.secret);
  });
  afterAll(async () => {
    await receiver?.close();
    await t?.close();
  });

  it('answers in public, writes privately, and keeps the private answer in the same conversation', async () => {
    expect((await deliver({ id: 'pub-1', from: { id: 'mara', name: 'Māra' }, text: 'My order is wrong, who can help?', visibility: 'public' })).status).toBe(200);
    const conversation = ((await (await t.api('/api/v1/conversations?kind=public')).json()) as { items: { id: string; version: number }[] }).items[0]!;
    const res = await t.api(`/api/v1/conversations/${conversation.id}/move-to-private`, {
      method: 'POST', json: { privateText: 'Hi Māra, could you send your order number here?', baseVersion: conversation.version },
    });
    expect(res.status).toBe(201);
    const moved = await res.json() as { publicReply: { text: string; visibility: string }; privateReply: { visibility: string } };
    expect(moved.publicReply).toMatchObject({ visibility: 'public', text: "We've sent you a private message so we can look into this with your details." });
    expect(moved.privateReply.visibility).toBe('private');
    const deliveries = await receiver.waitFor(2);
    expect(deliveries.map((d) => d.body.visibility)).toEqual(['public', 'private']);
    expect(deliveries[1]!.body).toMatchObject({ to: { id: 'mara' }, text: 'Hi Māra, could you send your order number here?' });

    expect((await deliver({ id: 'dm-1', from: { id: 'mara' }, text: 'Order A-1234', visibility: 'private' })).status).toBe(200);
    const detail = await (await t.api(`/api/v1/conversations/${conversation.id}`)).json() as { messages: { text: string; visibility: string; direction: string }[] };
    expect(detail.messages.map((m) => [m.direction, m.visibility])).toEqual([
      ['in', 'public'], ['out', 'public'], ['out', 'private'], ['in', 'private'],
    ]);
    const privateThreads = await (await t.api('/api/v1/conversations?kind=private')).json() as { items: unknown[] };
    expect(privateThreads.items).toHaveLength(0);
  });

  it("tells the agent why when the network cannot write privately to a commenter", async () => {
    const pageId = '4444444444444444';
    const fb = await (await t.api('/api/v1/channels', { method: 'POST', json: { network: 'facebook', name: 'Page', config: {
      pageId, pageAccessToken: 'EAAx', appSecret: 'appsecret-ptp', verifyToken: 'v', graphApiBaseUrl: 'http://127.0.0.1:9',
    } } })).json() as { id: string };
    // Facebook's private reply is allowed within 7 days of the comment; this one is 8 days old.
    const at = new Date(Date.now() - 8 * 24 * 3_600_000);
    const delivery = signDelivery(pageDelivery(entry(pageId, at, { changes: [feedComment({ commentId: '7_8', postId: `${pageId}_7`, from: { id: '905' }, message: 'help', createdTime: at })] })), 'appsecret-ptp');
    expect((await fetch(`${t.url}/webhooks/facebook/${fb.id}`, { method: 'POST', headers: delivery.headers, body: delivery.body })).status).toBe(200);
    const conversation = ((await (await t.api(`/api/v1/conversations?channelId=${fb.id}`)).json()) as { items: { id: string }[] }).items[0]!;
    const res = await t.api(`/api/v1/conversations/${conversation.id}/move-to-private`, { method: 'POST', json: {} });
    expect(res.status).toBe(422);
    expect((await res.json() as { detail: string }).detail).toContain('private reply only within 7 days');
  });
});
