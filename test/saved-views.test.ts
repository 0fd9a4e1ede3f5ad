// Saved inbox views through the HTTP API: personal and shared, counts that agree with the list,
// "me" meaning whoever looks, and queries that are refused rather than quietly narrowed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.ts';
import { signBody } from '../src/channels/api/index.ts';
import { DIALECTS } from './support/stores.ts';
import { createWorkspace } from '../src/store/repositories/workspaces.ts';
import { addMembership } from '../src/store/repositories/users.ts';
import { createApiToken } from '../src/care/create-api-token.ts';

interface View { id: string; name: string; query: string; isShared: boolean; count: number | null }

describe.each(DIALECTS)('saved views on %s', (dialect) => {
  let t: TestServer;
  let bea: { id: string; cookie: string; csrf: string };
  let conversationIds: string[];

  const asBea = (path: string, init: { method?: string; json?: unknown } = {}) => fetch(t.url + path, {
    method: init.method ?? 'GET',
    headers: { cookie: bea.cookie, 'x-parley-csrf': bea.csrf, ...(init.json !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(init.json !== undefined ? { body: JSON.stringify(init.json) } : {}),
  });
  const views = async (as: 'admin' | 'bea' = 'admin') => ((await (await (as === 'admin' ? t.api('/api/v1/views') : asBea('/api/v1/views'))).json()) as { items: View[] }).items;
  const listCount = async (query: string) => ((await (await t.api(`/api/v1/conversations?${query}&limit=200`)).json()) as { items: unknown[] }).items.length;

  beforeAll(async () => {
    t = await startTestServer(dialect);
    const user = await (await t.api('/api/v1/users', { method: 'POST', json: { email: 'bea@example.test', name: 'Bea', role: 'agent', password: 'long enough pw' } })).json() as { id: string };
    const login = await fetch(`${t.url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'bea@example.test', password: 'long enough pw' }) });
    bea = { id: user.id, cookie: login.headers.get('set-cookie')!.split(';')[0]!, csrf: ((await login.json()) as { csrfToken: string }).csrfToken };
    const channel = await (await t.api('/api/v1/channels', { method: 'POST', json: { network: 'api', name: 'shop', config: { deliveryUrl: 'http://127.0.0.1:9/' } } })).json() as { id: string; secret: string };
    const raw = JSON.stringify({ events: [1, 2, 3, 4].map((n) => ({ id: `v-${n}`, from: { id: `cust-${n}` }, text: `question ${n}` })) });
    const res = await fetch(`${t.url}/webhooks/api/${channel.id}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-parley-signature': signBody(channel.secret, raw) }, body: raw });
    expect(res.status).toBe(200);
    conversationIds = ((await (await t.api('/api/v1/conversations?sort=oldest')).json()) as { items: { id: string }[] }).items.map((c) => c.id);
    expect(conversationIds).toHaveLength(4);
    // One for Bea, one for the admin, two waiting.
    expect((await t.api(`/api/v1/conversations/${conversationIds[0]}/assign`, { method: 'POST', json: { assigneeId: bea.id } })).status).toBe(200);
    expect((await t.api(`/api/v1/conversations/${conversationIds[1]}/assign`, { method: 'POST', json: { assigneeId: 'me' } })).status).toBe(200);
  });
  afterAll(async () => { await t?.close(); });

  it('saves a personal view whose count matches the list it stands for', async () => {
    const res = await t.api('/api/v1/views', { method: 'POST', json: { name: 'Waiting', query: 'status=open&assignee=unassigned' } });
    expect(res.status).toBe(201);
    const view = await res.json() as View;
    expect(view).toMatchObject({ name: 'Waiting', isShared: false, count: 2 });
    expect(view.count).toBe(await listCount(view.query));
    // Personal: Bea does not see the admin's view.
    expect((await views('bea')).map((v) => v.name)).not.toContain('Waiting');
  });

  it('counts "mine" for whoever looks at a shared view', async () => {
    const res = await t.api('/api/v1/views', { method: 'POST', json: { name: 'Mine', query: 'assignee=me&status=open', isShared: true } });
    expect(res.status).toBe(201);
    const forAdmin = (await views()).find((v) => v.name === 'Mine')!;
    const forBea = (await views('bea')).find((v) => v.name === 'Mine')!;
    expect(forAdmin).toMatchObject({ isShared: true, count: 1 });
    expect(forBea).toMatchObject({ isShared: true, count: 1 });
    // Resolving Bea's conversation changes her count and nobody else's.
    expect((await t.api(`/api/v1/conversations/${conversationIds[0]}/status`, { method: 'POST', json: { status: 'resolved' } })).status).toBe(200);
    expect((await views('bea')).find((v) => v.name === 'Mine')!.count).toBe(0);
    expect((await views()).find((v) => v.name === 'Mine')!.count).toBe(1);
  });

  it('lets an agent keep their own views but not share or change the shared ones', async () => {
    expect((await asBea('/api/v1/views', { method: 'POST', json: { name: 'Shared by Bea', query: 'status=open', isShared: true } })).status).toBe(403);
    const own = await asBea('/api/v1/views', { method: 'POST', json: { name: 'Negative', query: 'sentiment=negative' } });
    expect(own.status).toBe(201);
    const shared = (await views('bea')).find((v) => v.name === 'Mine')!;
    expect((await asBea(`/api/v1/views/${shared.id}`, { method: 'DELETE' })).status).toBe(403);
    // Another agent's personal view is not there at all for the admin to change.
    const beas = await own.json() as View;
    expect((await t.api(`/api/v1/views/${beas.id}`, { method: 'PATCH', json: { name: 'taken over' } })).status).toBe(404);
    expect((await asBea(`/api/v1/views/${beas.id}`, { method: 'PATCH', json: { name: 'Unhappy', query: 'sentiment=negative&status=open' } })).status).toBe(200);
    expect((await views('bea')).find((v) => v.id === beas.id)).toMatchObject({ name: 'Unhappy', query: 'sentiment=negative&status=open' });
    expect((await asBea(`/api/v1/views/${beas.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await views('bea')).find((v) => v.id === beas.id)).toBeUndefined();
  });

  it('refuses a query it would have to narrow or guess at, saying what is wrong', async () => {
    for (const query of ['status=opn', 'colour=red', 'status=open&status=pending', 'minPriority=500', 'limit=5', 'cursor=abc']) {
      const res = await t.api('/api/v1/views', { method: 'POST', json: { name: 'Bad', query } });
      expect(res.status, query).toBe(400);
      const problem = await res.json() as { code: string; detail: string };
      expect(problem.code).toBe('validation_failed');
      expect(problem.detail).toContain('view query');
    }
    expect((await t.api('/api/v1/views', { method: 'POST', json: { name: '   ', query: 'status=open' } })).status).toBe(400);
  });

  it('keeps hostile names as plain data', async () => {
    const name = '<img src=x onerror=alert(1)>\u202Eweiv\u200B 🔥';
    const res = await t.api('/api/v1/views', { method: 'POST', json: { name, query: 'status=open' } });
    expect(res.status).toBe(201);
    expect(((await res.json()) as View).name).toBe(name);
  });

  it("keeps one workspace's views out of another's", async () => {
    const { db } = t.server.services.store;
    const other = await createWorkspace(db, 'Other brand');
    await addMembership(db, { workspaceId: other.id, userId: t.adminId, role: 'admin', skills: [] });
    const { token } = await createApiToken(db, { workspaceId: other.id, name: 'other', scopes: ['admin'], createdBy: t.adminId });
    const asOther = (path: string, method = 'GET') => fetch(t.url + path, { method, headers: { authorization: `Bearer ${token}` } });
    expect(await (await asOther('/api/v1/views')).json()).toEqual({ items: [] });
    const id = (await views())[0]!.id;
    expect((await asOther(`/api/v1/views/${id}`, 'DELETE')).status).toBe(404);
    expect((await views()).map((v) => v.id)).toContain(id);
  });
});
