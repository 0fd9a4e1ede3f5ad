// Saved replies through the HTTP API: variables, the variant in the customer's language, usage counts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.ts';
import { signBody } from '../src/channels/api/index.ts';
import type { Analyzer } from '../src/analysis/analyzer.ts';
import { DIALECTS } from './support/stores.ts';

const markedAnalyzer: Analyzer = (text) => ({
  language: /^\[(\w\w)\]/.exec(text)?.[1] ?? null, sentiment: null, sentimentScore: null, urgency: 0, intents: [], pii: [],
});

describe.each(DIALECTS)('saved replies on %s', (dialect) => {
  let t: TestServer;
  let conversationId: string;
  let defaultId: string;

  beforeAll(async () => {
    t = await startTestServer(dialect, { analyze: markedAnalyzer });
    const channel = await (await t.api('/api/v1/channels', { method: 'POST', json: { network: 'api', name: 'c', config: { deliveryUrl: 'http://127.0.0.1:9/' } } })).json() as { id: string; secret: string };
    const raw = JSON.stringify({ events: [{ id: 'sr-1', from: { id: 'olga', name: 'Ольга Иванова' }, text: '[ru] где мой заказ?' }] });
    await fetch(`${t.url}/webhooks/api/${channel.id}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-parley-signature': signBody(channel.secret, raw) }, body: raw });
    const list = await (await t.api('/api/v1/conversations')).json() as { items: { id: string; contactId: string }[] };
    conversationId = list.items[0]!.id;
    await t.api(`/api/v1/contacts/${list.items[0]!.contactId}`, { method: 'PATCH', json: { attributes: { order_number: 'A-77' } } });
    const create = (json: unknown) => t.api('/api/v1/saved-replies', { method: 'POST', json });
    defaultId = ((await (await create({ name: 'Delay', shortcut: 'delay', body: 'Hi {{contact.first_name}}, order {{contact.order_number}} is delayed. — {{agent.name}}', shared: true })).json()) as { id: string }).id;
    expect((await create({ name: 'Delay (ru)', shortcut: 'delay', language: 'ru', body: 'Здравствуйте, {{contact.first_name}}! Заказ {{contact.order_number}} задерживается.', shared: true })).status).toBe(201);
  });
  afterAll(async () => { await t?.close(); });

  it("renders the variant in the customer's language with the variables filled", async () => {
    const res = await t.api(`/api/v1/saved-replies/${defaultId}/render`, { method: 'POST', json: { conversationId } });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ text: 'Здравствуйте, Ольга! Заказ A-77 задерживается.', language: 'ru', missing: [] });
  });

  it('counts a use when a reply is sent from it', async () => {
    const rendered = await (await t.api(`/api/v1/saved-replies/${defaultId}/render`, { method: 'POST', json: { conversationId } })).json() as { text: string; savedReplyId: string };
    const sent = await t.api(`/api/v1/conversations/${conversationId}/replies`, { method: 'POST', json: { text: rendered.text, savedReplyId: rendered.savedReplyId } });
    expect(sent.status).toBe(201);
    const list = await (await t.api('/api/v1/saved-replies')).json() as { items: { id: string; usageCount: number }[] };
    expect(list.items.find((r) => r.id === rendered.savedReplyId)?.usageCount).toBe(1);
  });

  it("keeps a personal reply to its owner", async () => {
    const other = await (await t.api('/api/v1/users', { method: 'POST', json: { email: 'p@example.test', name: 'P', role: 'agent', password: 'long enough pw' } })).json() as { id: string };
    expect(other.id).toBeTruthy();
    const mine = await (await t.api('/api/v1/saved-replies', { method: 'POST', json: { name: 'Mine', shortcut: 'mine', body: 'private wording' } })).json() as { id: string };
    const login = await fetch(`${t.url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'p@example.test', password: 'long enough pw' }) });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const theirs = await (await fetch(`${t.url}/api/v1/saved-replies`, { headers: { cookie } })).json() as { items: { id: string }[] };
    expect(theirs.items.map((r) => r.id)).not.toContain(mine.id);
  });
});
