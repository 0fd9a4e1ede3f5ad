// /webhooks/meta: one callback for every Page an app serves; entries are routed by Page id after
// the whole delivery is verified.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.ts';
import { customerMessage, entry, feedComment, pageDelivery, signDelivery } from '../src/channels/meta/webhook-builders.ts';

const APP_SECRET = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
const VERIFY = 'shared-verify-token';
const PAGES = ['1111111111111111', '2222222222222222'];

describe('the shared Meta callback', () => {
  let t: TestServer;
  const channelIds: string[] = [];

  beforeAll(async () => {
    t = await startTestServer('sqlite');
    for (const pageId of PAGES) {
      const res = await t.api('/api/v1/channels', { method: 'POST', json: { network: 'facebook', name: `Page ${pageId}`, config: {
        pageId, pageAccessToken: 'EAAtoken', appSecret: APP_SECRET, verifyToken: VERIFY, graphApiBaseUrl: 'http://127.0.0.1:9',
      } } });
      expect(res.status).toBe(201);
      channelIds.push(((await res.json()) as { id: string }).id);
    }
  });
  afterAll(async () => { await t?.close(); });

  it('answers the verification challenge with any channel\'s verify token, and refuses others', async () => {
    const ok = await fetch(`${t.url}/webhooks/meta?hub.mode=subscribe&hub.verify_token=${VERIFY}&hub.challenge=1158201444`);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe('1158201444');
    const bad = await fetch(`${t.url}/webhooks/meta?hub.mode=subscribe&hub.verify_token=nope&hub.challenge=1`);
    expect(bad.status).toBe(403);
  });

  it('routes each entry of one delivery to the channel of its Page', async () => {
    const at = new Date();
    const delivery = signDelivery(pageDelivery(
      entry(PAGES[0]!, at, { changes: [feedComment({ commentId: '10_1', postId: `${PAGES[0]}_10`, from: { id: '901', name: 'Ēriks' }, message: 'Kur ir mana paka?', createdTime: at })] }),
      entry(PAGES[1]!, at, { messaging: [customerMessage({ ownId: PAGES[1]!, customerId: '77001', mid: 'm_shared_1', text: 'Здравствуйте 👋', timestamp: at })] }),
    ), APP_SECRET);
    const res = await fetch(`${t.url}/webhooks/meta`, { method: 'POST', headers: delivery.headers, body: delivery.body });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ accepted: 2 });
    const list = await (await t.api('/api/v1/conversations?sort=newest')).json() as { items: { channelId: string; snippet: string; kind: string }[] };
    expect(list.items.find((c) => c.channelId === channelIds[0])).toMatchObject({ snippet: 'Kur ir mana paka?', kind: 'public' });
    expect(list.items.find((c) => c.channelId === channelIds[1])).toMatchObject({ snippet: 'Здравствуйте 👋', kind: 'private' });
  });

  it('refuses a forged delivery for a known Page and acknowledges one for an unknown Page', async () => {
    const at = new Date();
    const forged = signDelivery(pageDelivery(entry(PAGES[0]!, at, { changes: [feedComment({ commentId: '10_2', postId: `${PAGES[0]}_10`, from: { id: '902' }, message: 'forged', createdTime: at })] })), 'wrong-secret');
    expect((await fetch(`${t.url}/webhooks/meta`, { method: 'POST', headers: forged.headers, body: forged.body })).status).toBe(401);
    const unknown = signDelivery(pageDelivery(entry('9999999999', at, { changes: [] })), APP_SECRET);
    const res = await fetch(`${t.url}/webhooks/meta`, { method: 'POST', headers: unknown.headers, body: unknown.body });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ accepted: 0 });
  });
});

describe('moderating a public comment', () => {
  it('hides a Facebook comment through the Graph API, records it and audits it', async () => {
    const { startGraphEmulator } = await import('../src/channels/meta/emulator.ts');
    const graph = await startGraphEmulator({ accessTokens: ['EAAmod'] });
    const t = await startTestServer('sqlite');
    try {
      const pageId = '3333333333333333';
      const channel = await (await t.api('/api/v1/channels', { method: 'POST', json: { network: 'facebook', name: 'Mod', config: {
        pageId, pageAccessToken: 'EAAmod', appSecret: APP_SECRET, verifyToken: VERIFY, graphApiBaseUrl: graph.url,
      } } })).json() as { id: string };
      const at = new Date();
      const delivery = signDelivery(pageDelivery(entry(pageId, at, { changes: [feedComment({ commentId: '55_66', postId: `${pageId}_55`, from: { id: '903' }, message: 'my card is 4111 1111 1111 1111', createdTime: at })] })), APP_SECRET);
      expect((await fetch(`${t.url}/webhooks/facebook/${channel.id}`, { method: 'POST', headers: delivery.headers, body: delivery.body })).status).toBe(200);
      const list = await (await t.api('/api/v1/conversations')).json() as { items: { id: string }[] };
      const detail = await (await t.api(`/api/v1/conversations/${list.items[0]!.id}`)).json() as { messages: { id: string }[] };
      const res = await t.api(`/api/v1/messages/${detail.messages[0]!.id}/moderate`, { method: 'POST', json: { action: 'hide' } });
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ moderation: 'hidden' });
      expect(graph.accepted.at(-1)).toMatchObject({ method: 'POST', path: '55_66', params: { is_hidden: 'true' } });
      const after = await (await t.api(`/api/v1/conversations/${list.items[0]!.id}`)).json() as { messages: { moderation: string | null }[] };
      expect(after.messages[0]!.moderation).toBe('hidden');
      const audit = await (await t.api('/api/v1/audit')).json() as { items: { action: string }[] };
      expect(audit.items.map((e) => e.action)).toContain('message.hide');
    } finally {
      await t.close();
      await graph.close();
    }
  });

  it('tells the agent when the network cannot hide messages', async () => {
    const t = await startTestServer('sqlite');
    try {
      const { signBody } = await import('../src/channels/api/index.ts');
      const channel = await (await t.api('/api/v1/channels', { method: 'POST', json: { network: 'api', name: 'a', config: { deliveryUrl: 'http://127.0.0.1:9/' } } })).json() as { id: string; secret: string };
      const raw = JSON.stringify({ events: [{ id: 'p1', from: { id: 'x' }, text: 'public words', visibility: 'public' }] });
      await fetch(`${t.url}/webhooks/api/${channel.id}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-parley-signature': signBody(channel.secret, raw) }, body: raw });
      const list = await (await t.api('/api/v1/conversations')).json() as { items: { id: string }[] };
      const detail = await (await t.api(`/api/v1/conversations/${list.items[0]!.id}`)).json() as { messages: { id: string }[] };
      const res = await t.api(`/api/v1/messages/${detail.messages[0]!.id}/moderate`, { method: 'POST', json: { action: 'hide' } });
      expect(res.status).toBe(422);
      expect((await res.json() as { detail: string }).detail).toContain('does not let a brand hide');
    } finally {
      await t.close();
    }
  });
});
