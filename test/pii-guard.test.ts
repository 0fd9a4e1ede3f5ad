// The PII guard through the HTTP API: public drafts with private data are refused, a lead may
// override with an audited reason, and card numbers are masked for agents until revealed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.ts';
import { signBody } from '../src/channels/api/index.ts';
import type { Analyzer } from '../src/analysis/analyzer.ts';

// Finds 16-digit card-like numbers (grouped by spaces) so the test does not depend on the real detector.
const cardAnalyzer: Analyzer = (text) => {
  const pii = [...text.matchAll(/\b\d{4}(?: \d{4}){3}\b/g)].map((m) => ({ type: 'card', start: m.index, end: m.index + m[0].length }));
  return { language: 'en', sentiment: null, sentimentScore: null, urgency: 0, intents: [], pii };
};

describe('the PII guard', () => {
  let t: TestServer;
  let conversationId: string;
  let agent: { cookie: string; csrf: string };

  beforeAll(async () => {
    t = await startTestServer('sqlite', { analyze: cardAnalyzer });
    const channel = await (await t.api('/api/v1/channels', { method: 'POST', json: { network: 'api', name: 'c', config: { deliveryUrl: 'http://127.0.0.1:9/' } } })).json() as { id: string; secret: string };
    const raw = JSON.stringify({ events: [{ id: 'pii-1', from: { id: 'c1' }, text: 'charged twice on 4111 1111 1111 1111 !!', visibility: 'public' }] });
    await fetch(`${t.url}/webhooks/api/${channel.id}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-parley-signature': signBody(channel.secret, raw) }, body: raw });
    conversationId = ((await (await t.api('/api/v1/conversations')).json()) as { items: { id: string }[] }).items[0]!.id;
    await t.api('/api/v1/users', { method: 'POST', json: { email: 'ag@example.test', name: 'Ag', role: 'agent', password: 'long enough pw' } });
    const login = await fetch(`${t.url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'ag@example.test', password: 'long enough pw' }) });
    agent = { cookie: login.headers.get('set-cookie')!.split(';')[0]!, csrf: ((await login.json()) as { csrfToken: string }).csrfToken };
  });
  afterAll(async () => { await t?.close(); });

  const asAgent = (path: string, json?: unknown) => fetch(t.url + path, {
    method: json === undefined ? 'GET' : 'POST', headers: { cookie: agent.cookie, 'x-parley-csrf': agent.csrf, 'content-type': 'application/json' },
    ...(json === undefined ? {} : { body: JSON.stringify(json) }),
  });

  it('masks the card number in the agent view, the inbox snippet and search', async () => {
    const detail = await (await asAgent(`/api/v1/conversations/${conversationId}`)).json() as { messages: { id: string; text: string; isMasked: boolean }[] };
    expect(detail.messages[0]).toMatchObject({ text: 'charged twice on •••• •••• •••• 1111 !!', isMasked: true });
    const list = await (await asAgent('/api/v1/conversations')).json() as { items: { snippet: string }[] };
    expect(list.items[0]!.snippet).not.toContain('4111 1111');
    const found = await (await asAgent('/api/v1/search?q=charged')).json() as { items: { text: string }[] };
    expect(found.items[0]!.text).not.toContain('4111 1111');
  });

  it('lets a lead reveal it, and audits the reveal; an agent may not', async () => {
    const detail = await (await asAgent(`/api/v1/conversations/${conversationId}`)).json() as { messages: { id: string }[] };
    const id = detail.messages[0]!.id;
    expect((await asAgent(`/api/v1/messages/${id}/reveal`, {})).status).toBe(403);
    const revealed = await (await t.api(`/api/v1/messages/${id}/reveal`, { method: 'POST', json: {} })).json() as { text: string };
    expect(revealed.text).toContain('4111 1111 1111 1111');
    const audit = await (await t.api('/api/v1/audit')).json() as { items: { action: string }[] };
    expect(audit.items.map((e) => e.action)).toContain('pii.revealed');
  });

  it('refuses a public reply carrying private data with 422 naming what and where', async () => {
    const res = await asAgent(`/api/v1/conversations/${conversationId}/replies`, { text: 'Is it 4111 1111 1111 1111?', visibility: 'public' });
    expect(res.status).toBe(422);
    const problem = await res.json() as { code: string; found: { type: string; start: number; end: number }[]; suggestion: string };
    expect(problem.code).toBe('pii_in_public_reply');
    expect(problem.found).toEqual([{ type: 'card', start: 6, end: 25 }]);
    expect(problem.suggestion).toBe('private');
  });

  it('lets only a lead override, with a reason that is audited', async () => {
    const text = 'Refunded to card 4111 1111 1111 1111 as you asked';
    expect((await asAgent(`/api/v1/conversations/${conversationId}/replies`, { text, visibility: 'public', piiOverride: { reason: 'customer insisted' } })).status).toBe(403);
    const res = await t.api(`/api/v1/conversations/${conversationId}/replies`, { method: 'POST', json: { text, visibility: 'public', piiOverride: { reason: 'customer insisted' } } });
    expect(res.status).toBe(201);
    const audit = await (await t.api('/api/v1/audit')).json() as { items: { action: string; details: { reason: string } }[] };
    expect(audit.items.find((e) => e.action === 'pii_guard.overridden')?.details.reason).toBe('customer insisted');
    // The inbox row shows the agent's reply masked too.
    const list = await (await asAgent('/api/v1/conversations')).json() as { items: { snippet: string }[] };
    expect(list.items[0]!.snippet).toBe('Refunded to card •••• •••• •••• 1111 as you asked');
    // So does the answer to the reply itself, like the stream's copy: which arrives last must not matter.
    const written = await res.json() as { message: { text: string; isMasked: boolean } };
    expect(written.message).toMatchObject({ text: 'Refunded to card •••• •••• •••• 1111 as you asked', isMasked: true });
  });

  it('masks the card number in the answer to a move to private too', async () => {
    const res = await t.api(`/api/v1/conversations/${conversationId}/move-to-private`, { method: 'POST', json: { privateText: 'Your card 4111 1111 1111 1111 is refunded' } });
    expect(res.status).toBe(201);
    const moved = await res.json() as { privateReply: { text: string; isMasked: boolean } };
    expect(moved.privateReply).toMatchObject({ text: 'Your card •••• •••• •••• 1111 is refunded', isMasked: true });
  });
});
