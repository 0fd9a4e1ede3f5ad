// Playbooks through the public API: written by leads, found by a conversation's tags and scenarios, kept as text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/support/server.ts';
import { DIALECTS } from '../../../test/support/stores.ts';
import { signBody } from '../../channels/api/index.ts';
import { createApiToken } from '../../care/create-api-token.ts';
import { createWorkspace } from '../../store/repositories/workspaces.ts';
import { addMembership, createUser } from '../../store/repositories/users.ts';
import type { Playbook } from '../../domain/playbooks.ts';
import type { Role } from '../../domain/types.ts';

const HOSTILE = '<img src=x onerror="alert(1)"><script>alert(2)</script>\n**not markdown** &amp; {{contact.name}} \u202Eevil';

describe.each(DIALECTS)('playbooks over HTTP on %s', (dialect) => {
  let t: TestServer;
  const conversations = { shipping: '', complaint: '' };
  const tokens = { agent: '', lead: '', outsider: '' };

  const call = (token: string, path: string, init: { method?: string; json?: unknown } = {}) =>
    t.api(path, { ...init, headers: { authorization: `Bearer ${token}` } });
  const applying = async (token: string, id: string) =>
    (await (await call(token, `/api/v1/conversations/${id}/playbooks`)).json()) as { situation: { tags: string[]; scenarios: string[] }; items: Playbook[] };

  async function tokenFor(role: Role): Promise<string> {
    const res = await t.api('/api/v1/users', { method: 'POST', json: { email: `${role}@example.test`, name: role, role, password: 'long enough pw' } });
    const { id } = await res.json() as { id: string };
    return (await createApiToken(t.server.services.store.db, { workspaceId: t.workspaceId, name: role, scopes: ['admin'], createdBy: id })).token;
  }

  beforeAll(async () => {
    t = await startTestServer(dialect);
    const channel = await (await t.api('/api/v1/channels', { method: 'POST', json: { network: 'api', name: 'Shop', config: { deliveryUrl: 'http://127.0.0.1:9/' } } })).json() as { id: string; secret: string };
    const raw = JSON.stringify({ events: [
      { id: 'pb-1', thread: 'a', from: { id: 'mila' }, text: 'Where is my parcel', visibility: 'private' },
      { id: 'pb-2', thread: 'b', from: { id: 'oskars' }, text: 'The package arrived damaged', visibility: 'private' },
    ] });
    await fetch(`${t.url}/webhooks/api/${channel.id}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-parley-signature': signBody(channel.secret, raw) }, body: raw });
    const list = await (await t.api('/api/v1/conversations')).json() as { items: { id: string; snippet: string }[] };
    conversations.shipping = list.items.find((c) => c.snippet.includes('parcel'))!.id;
    conversations.complaint = list.items.find((c) => c.snippet.includes('damaged'))!.id;
    tokens.agent = await tokenFor('agent');
    tokens.lead = await tokenFor('lead');
    const db = t.server.services.store.db;
    const other = await createWorkspace(db, 'Competitor');
    const outsider = await createUser(db, { email: 'outsider@example.test', name: 'Outsider', passwordHash: 'x' });
    await addMembership(db, { workspaceId: other.id, userId: outsider.id, role: 'admin', skills: [] });
    tokens.outsider = (await createApiToken(db, { workspaceId: other.id, name: 'o', scopes: ['admin'], createdBy: outsider.id })).token;
  });
  afterAll(async () => { await t?.close(); });

  it('lets a lead write a playbook and an agent read it, but not write one', async () => {
    const byAgent = await call(tokens.agent, '/api/v1/playbooks', { method: 'POST', json: { title: 'Mine', body: 'x', tag: 'shipping' } });
    expect(byAgent.status).toBe(403);
    expect(byAgent.headers.get('content-type')).toContain('application/problem+json');
    const res = await call(tokens.lead, '/api/v1/playbooks', { method: 'POST', json: { title: 'Late parcels', body: HOSTILE, tag: 'Shipping' } });
    expect(res.status).toBe(201);
    const created = await res.json() as Playbook;
    expect(created).toMatchObject({ title: 'Late parcels', tag: 'shipping', scenario: null });
    const read = await call(tokens.agent, `/api/v1/playbooks/${created.id}`);
    expect(read.headers.get('content-type')).toContain('application/json');
    expect((await read.json() as Playbook).body).toBe(HOSTILE);
    expect((await (await call(tokens.agent, '/api/v1/playbooks')).json() as { items: Playbook[] }).items.map((p) => p.id)).toEqual([created.id]);
  });

  it('refuses a playbook without a condition or with an unknown scenario', async () => {
    expect((await call(tokens.lead, '/api/v1/playbooks', { method: 'POST', json: { title: 'Everywhere', body: 'x' } })).status).toBe(400);
    expect((await call(tokens.lead, '/api/v1/playbooks', { method: 'POST', json: { title: 'Refunds', body: 'x', scenario: 'refund' } })).status).toBe(400);
  });

  it('shows a tag playbook once the conversation carries the tag, its hostile text unchanged', async () => {
    expect((await applying(tokens.agent, conversations.shipping)).items).toEqual([]);
    await t.api(`/api/v1/conversations/${conversations.shipping}/tags`, { method: 'POST', json: { add: ['shipping'] } });
    const found = await applying(tokens.agent, conversations.shipping);
    expect(found.situation.tags).toEqual(['shipping']);
    expect(found.items.map((p) => p.title)).toEqual(['Late parcels']);
    expect(found.items[0]!.body).toBe(HOSTILE);
  });

  it('shows a scenario playbook where the customer complains', async () => {
    const res = await call(tokens.lead, '/api/v1/playbooks', { method: 'POST', json: { title: 'Complaints', body: 'Apologise once, then act.', scenario: 'complaint' } });
    expect(res.status).toBe(201);
    const found = await applying(tokens.agent, conversations.complaint);
    expect(found.situation.scenarios).toContain('complaint');
    expect(found.items.map((p) => p.title)).toEqual(['Complaints']);
    expect((await applying(tokens.agent, conversations.shipping)).items.map((p) => p.title)).toEqual(['Late parcels']);
  });

  it('edits and removes playbooks (leads only)', async () => {
    const [book] = (await (await call(tokens.agent, '/api/v1/playbooks')).json() as { items: Playbook[] }).items;
    expect((await call(tokens.agent, `/api/v1/playbooks/${book!.id}`, { method: 'PATCH', json: { body: 'mine now' } })).status).toBe(403);
    const patched = await call(tokens.lead, `/api/v1/playbooks/${book!.id}`, { method: 'PATCH', json: { body: 'Check the carrier first.' } });
    expect(patched.status).toBe(200);
    expect((await applying(tokens.agent, conversations.shipping)).items[0]!.body).toBe('Check the carrier first.');
    expect((await call(tokens.agent, `/api/v1/playbooks/${book!.id}`, { method: 'DELETE' })).status).toBe(403);
    expect((await call(tokens.lead, `/api/v1/playbooks/${book!.id}`, { method: 'DELETE' })).status).toBe(200);
    expect((await call(tokens.lead, `/api/v1/playbooks/${book!.id}`, { method: 'DELETE' })).status).toBe(404);
    expect((await applying(tokens.agent, conversations.shipping)).items).toEqual([]);
  });

  it('answers 404 to another workspace', async () => {
    const [book] = (await (await call(tokens.agent, '/api/v1/playbooks')).json() as { items: Playbook[] }).items;
    expect((await call(tokens.outsider, `/api/v1/playbooks/${book!.id}`)).status).toBe(404);
    expect((await call(tokens.outsider, `/api/v1/playbooks/${book!.id}`, { method: 'PATCH', json: { body: 'theirs' } })).status).toBe(404);
    expect((await call(tokens.outsider, `/api/v1/playbooks/${book!.id}`, { method: 'DELETE' })).status).toBe(404);
    expect((await call(tokens.outsider, `/api/v1/conversations/${conversations.complaint}/playbooks`)).status).toBe(404);
    expect((await (await call(tokens.outsider, '/api/v1/playbooks')).json() as { items: unknown[] }).items).toEqual([]);
    expect((await call(tokens.agent, `/api/v1/playbooks/${book!.id}`)).status).toBe(200);
  });
});
