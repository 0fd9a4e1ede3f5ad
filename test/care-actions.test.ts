// Notes with @mentions, escalation to another team, and bulk actions through the HTTP API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.ts';
import { signBody } from '../src/channels/api/index.ts';
import { connectStream } from './support/stream-client.ts';
import { DIALECTS } from './support/stores.ts';

describe.each(DIALECTS)('care actions on %s', (dialect) => {
  let t: TestServer;
  let ids: string[] = [];
  let bea: { id: string; cookie: string; csrf: string };

  beforeAll(async () => {
    t = await startTestServer(dialect);
    const user = await (await t.api('/api/v1/users', { method: 'POST', json: { email: 'bea.k@example.test', name: 'Bea Kalniņa', role: 'agent', password: 'long enough pw' } })).json() as { id: string };
    const login = await fetch(`${t.url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'bea.k@example.test', password: 'long enough pw' }) });
    bea = { id: user.id, cookie: login.headers.get('set-cookie')!.split(';')[0]!, csrf: ((await login.json()) as { csrfToken: string }).csrfToken };
    const channel = await (await t.api('/api/v1/channels', { method: 'POST', json: { network: 'api', name: 'c', config: { deliveryUrl: 'http://127.0.0.1:9/' } } })).json() as { id: string; secret: string };
    const raw = JSON.stringify({ events: [1, 2, 3].map((i) => ({ id: `ca-${i}`, from: { id: `c${i}` }, text: `question ${i}`, visibility: 'private' })) });
    await fetch(`${t.url}/webhooks/api/${channel.id}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-parley-signature': signBody(channel.secret, raw) }, body: raw });
    ids = ((await (await t.api('/api/v1/conversations?sort=oldest')).json()) as { items: { id: string }[] }).items.map((c) => c.id);
  });
  afterAll(async () => { await t?.close(); });

  it('notifies a colleague mentioned in a note, live and in their list', async () => {
    const stream = await connectStream(t.url, { cookie: bea.cookie });
    try {
      const res = await t.api(`/api/v1/conversations/${ids[0]}/notes`, { method: 'POST', json: { text: '@bea.k can you take this one?' } });
      expect(res.status).toBe(201);
      expect(((await res.json()) as { mentioned: string[] }).mentioned).toEqual([bea.id]);
      const live = await stream.waitFor((e) => e.type === 'notification.created');
      expect(live.data).toMatchObject({ kind: 'mention', conversationId: ids[0], userId: bea.id });
    } finally {
      stream.close();
    }
    const list = await (await fetch(`${t.url}/api/v1/notifications?unread=true`, { headers: { cookie: bea.cookie } })).json() as { items: { id: string; text: string }[] };
    expect(list.items[0]!.text).toContain('mentioned you');
    const read = await fetch(`${t.url}/api/v1/notifications/${list.items[0]!.id}/read`, { method: 'POST', headers: { cookie: bea.cookie, 'x-parley-csrf': bea.csrf, 'content-type': 'application/json' }, body: '{}' });
    expect(read.status).toBe(200);
  });

  it('escalates to another team with a note, unassigned in its queue, telling its members', async () => {
    const team = await (await t.api('/api/v1/teams', { method: 'POST', json: { name: 'Billing', memberIds: [bea.id] } })).json() as { id: string };
    await t.api(`/api/v1/conversations/${ids[1]}/assign`, { method: 'POST', json: { assigneeId: 'me' } });
    const res = await t.api(`/api/v1/conversations/${ids[1]}/escalate`, { method: 'POST', json: { teamId: team.id, note: 'double charge, needs a refund' } });
    expect(res.status).toBe(200);
    const detail = await (await t.api(`/api/v1/conversations/${ids[1]}`)).json() as { conversation: { teamId: string; assigneeId: string | null; lastChange: { what: string } }; messages: { direction: string; text: string }[] };
    expect(detail.conversation).toMatchObject({ teamId: team.id, assigneeId: null });
    expect(detail.conversation.lastChange.what).toBe('escalated it to Billing');
    expect(detail.messages.at(-1)).toMatchObject({ direction: 'note', text: 'Escalated to Billing: double charge, needs a refund' });
    const notes = await (await fetch(`${t.url}/api/v1/notifications`, { headers: { cookie: bea.cookie } })).json() as { items: { kind: string }[] };
    expect(notes.items.map((n) => n.kind)).toContain('escalation');
  });

  it('applies a bulk action to each conversation and reports each result', async () => {
    const res = await t.api('/api/v1/conversations/bulk', { method: 'POST', json: { ids: [...ids, 'cv_missing'], action: { type: 'tag', add: ['Outage'] } } });
    expect(res.status).toBe(200);
    const { results } = await res.json() as { results: { id: string; ok: boolean; error?: { code: string } }[] };
    expect(results.filter((r) => r.ok).map((r) => r.id)).toEqual(ids);
    expect(results.find((r) => r.id === 'cv_missing')).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const tagged = await (await t.api('/api/v1/conversations?tag=outage')).json() as { items: unknown[] };
    expect(tagged.items).toHaveLength(3);
    const resolved = await (await t.api('/api/v1/conversations/bulk', { method: 'POST', json: { ids, action: { type: 'status', status: 'resolved' } } })).json() as { results: { ok: boolean }[] };
    expect(resolved.results.every((r) => r.ok)).toBe(true);
  });
});
