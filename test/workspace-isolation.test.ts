// Workspace isolation: every route in the OpenAPI document, called with another workspace's token
// on this workspace's ids, answers 403/404 or only the caller's own data — never ours.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.ts';
import { signBody } from '../src/channels/api/index.ts';
import { createWorkspace } from '../src/store/repositories/workspaces.ts';
import { addMembership, createUser } from '../src/store/repositories/users.ts';
import { createApiToken } from '../src/care/create-api-token.ts';

interface OpenApi { paths: Record<string, Record<string, unknown>> }

describe('workspace isolation', () => {
  let t: TestServer;
  let outsiderToken: string;
  const ours: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestServer('sqlite');
    const channel = await (await t.api('/api/v1/channels', { method: 'POST', json: { network: 'api', name: 'Ours', config: { deliveryUrl: 'http://127.0.0.1:9/' } } })).json() as { id: string; secret: string };
    ours.channel = channel.id;
    const raw = JSON.stringify({ events: [{ id: 'iso-1', from: { id: 'secret-customer', name: 'Private Person' }, text: 'our private words' }] });
    await fetch(`${t.url}/webhooks/api/${channel.id}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-parley-signature': signBody(channel.secret, raw) }, body: raw });
    const list = await (await t.api('/api/v1/conversations')).json() as { items: { id: string; contactId: string }[] };
    ours.conversation = list.items[0]!.id;
    ours.contact = list.items[0]!.contactId;
    const reply = await (await t.api(`/api/v1/conversations/${ours.conversation}/replies`, { method: 'POST', json: { text: 'our reply' } })).json() as { message: { id: string } };
    ours.message = reply.message.id;
    const token = await (await t.api('/api/v1/tokens', { method: 'POST', json: { name: 'ours' } })).json() as { id: string };
    ours.token = token.id;

    const db = t.server.services.store.db;
    const other = await createWorkspace(db, 'Competitor');
    const outsider = await createUser(db, { email: 'outsider@example.test', name: 'Outsider', passwordHash: 'x' });
    await addMembership(db, { workspaceId: other.id, userId: outsider.id, role: 'admin', skills: [] });
    outsiderToken = (await createApiToken(db, { workspaceId: other.id, name: 'outsider', scopes: ['admin'], createdBy: outsider.id })).token;
  });
  afterAll(async () => { await t?.close(); });

  it('walks every documented route with an outsider token and leaks nothing', async () => {
    const doc = await (await fetch(`${t.url}/api/v1/openapi.json`)).json() as OpenApi;
    const ids = Object.values(ours);
    const forbidden = ['our private words', 'Private Person', 'secret-customer', 'our reply', ...ids];
    let calls = 0;
    for (const [path, methods] of Object.entries(doc.paths)) {
      if (!path.startsWith('/api/v1/')) continue;
      for (const method of Object.keys(methods)) {
        // Try each of our ids in the path, so a route that forgot the workspace check is caught.
        const candidates = path.includes('{id}') ? ids.map((id) => path.replace('{id}', id)) : [path.replace(/\{\w+\}/g, 'x')];
        for (const url of candidates) {
          const res = await fetch(t.url + url + (url.endsWith('/search') ? '?q=private' : ''), {
            method: method.toUpperCase(),
            headers: { authorization: `Bearer ${outsiderToken}`, 'content-type': 'application/json' },
            body: method === 'get' || method === 'delete' ? undefined : JSON.stringify({ text: 'x', status: 'resolved', assigneeId: null, add: ['x'] }),
          });
          calls++;
          const body = await res.text();
          if (res.status < 400) {
            for (const secret of forbidden) expect(body, `${method.toUpperCase()} ${url} leaked ${secret}`).not.toContain(secret);
          } else {
            // 415: the upload route takes a file's bytes, and this walk sends it JSON.
            expect([400, 403, 404, 409, 415, 422], `${method.toUpperCase()} ${url} → ${res.status}`).toContain(res.status);
          }
        }
      }
    }
    expect(calls).toBeGreaterThan(30);
    // And nothing of ours was changed by all that.
    const ourConversation = await (await t.api(`/api/v1/conversations/${ours.conversation}`)).json() as { conversation: { status: string; tags: string[] } };
    expect(ourConversation.conversation.status).toBe('open');
    expect(ourConversation.conversation.tags).toEqual([]);
  });
});
