// Two agents on one conversation: the second to act on a stale view is stopped and told who did what.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.ts';
import { signBody } from '../src/channels/api/index.ts';
import { DIALECTS } from './support/stores.ts';

describe.each(DIALECTS)('the collision guard on %s', (dialect) => {
  let t: TestServer;
  let bea: string;
  let conversationId: string;

  beforeAll(async () => {
    t = await startTestServer(dialect);
    await t.api('/api/v1/users', { method: 'POST', json: { email: 'bea@example.test', name: 'Bea', role: 'agent', password: 'long enough pw' } });
    // Bea works in the browser: a session cookie and its CSRF token.
    const login = await fetch(`${t.url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'bea@example.test', password: 'long enough pw' }) });
    const { csrfToken } = await login.json() as { csrfToken: string };
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    bea = cookie + '|' + csrfToken;

    const channel = await (await t.api('/api/v1/channels', { method: 'POST', json: { network: 'api', name: 'c', config: { deliveryUrl: 'http://127.0.0.1:9/' } } })).json() as { id: string; secret: string };
    const raw = JSON.stringify({ events: [{ id: 'col-1', from: { id: 'cust' }, text: 'who will answer me?' }] });
    await fetch(`${t.url}/webhooks/api/${channel.id}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-parley-signature': signBody(channel.secret, raw) }, body: raw });
    conversationId = ((await (await t.api('/api/v1/conversations')).json()) as { items: { id: string }[] }).items[0]!.id;
  });
  afterAll(async () => { await t?.close(); });

  const asBea = (path: string, json: unknown) => {
    const [cookie, csrf] = bea.split('|');
    return fetch(t.url + path, { method: 'POST', headers: { cookie: cookie!, 'x-parley-csrf': csrf!, 'content-type': 'application/json' }, body: JSON.stringify(json) });
  };

  it('refuses the second reply on the same view with 409 saying who replied', async () => {
    const view = await (await t.api(`/api/v1/conversations/${conversationId}`)).json() as { conversation: { version: number } };
    const first = await asBea(`/api/v1/conversations/${conversationId}/replies`, { text: 'Bea here, on it', baseVersion: view.conversation.version });
    expect(first.status).toBe(201);
    const second = await t.api(`/api/v1/conversations/${conversationId}/replies`, { method: 'POST', json: { text: 'Ada here too', baseVersion: view.conversation.version } });
    expect(second.status).toBe(409);
    expect(second.headers.get('content-type')).toContain('application/problem+json');
    const problem = await second.json() as { code: string; detail: string; lastChange: { byName: string; what: string }; conversation: { version: number } };
    expect(problem.code).toBe('stale_version');
    expect(problem.lastChange).toMatchObject({ byName: 'Bea', what: 'replied' });
    expect(problem.detail).toContain('Bea replied');
    // Having seen it, Ada can act on the fresh version.
    const retry = await t.api(`/api/v1/conversations/${conversationId}/notes`, { method: 'POST', json: { text: 'Bea has it', baseVersion: problem.conversation.version } });
    expect(retry.status).toBe(201);
  });

  it('says who took a conversation when a stale assignment is refused', async () => {
    const view = await (await t.api(`/api/v1/conversations/${conversationId}`)).json() as { conversation: { version: number } };
    expect((await asBea(`/api/v1/conversations/${conversationId}/assign`, { assigneeId: 'me', baseVersion: view.conversation.version })).status).toBe(200);
    const late = await t.api(`/api/v1/conversations/${conversationId}/status`, { method: 'POST', json: { status: 'resolved', baseVersion: view.conversation.version } });
    expect(late.status).toBe(409);
    expect((await late.json() as { detail: string }).detail).toContain('Bea took it');
    const detail = await (await t.api(`/api/v1/conversations/${conversationId}`)).json() as { conversation: { status: string; lastChange: { what: string } } };
    expect(detail.conversation.status).toBe('open');
  });
});
