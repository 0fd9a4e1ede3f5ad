// Goodwill through the public API: per-role limits, gestures within and above them, and the leads' decisions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/support/server.ts';
import { connectStream } from '../../../test/support/stream-client.ts';
import { DIALECTS } from '../../../test/support/stores.ts';
import { signBody } from '../../channels/api/index.ts';
import { createApiToken } from '../../care/create-api-token.ts';
import { createWorkspace } from '../../store/repositories/workspaces.ts';
import { addMembership, createUser } from '../../store/repositories/users.ts';
import type { GoodwillRequest } from '../../domain/goodwill.ts';
import type { Role } from '../../domain/types.ts';

interface Caller { id: string; token: string }
interface Outcome { request: GoodwillRequest; note: { text: string; direction: string }; conversation: { id: string; version: number } }

describe.each(DIALECTS)('goodwill over HTTP on %s', (dialect) => {
  let t: TestServer;
  let conversationId: string;
  const people: Record<'ana' | 'lea' | 'leo' | 'outsider', Caller> = {} as Record<'ana' | 'lea' | 'leo' | 'outsider', Caller>;

  function call(who: Caller, path: string, init: { method?: string; json?: unknown } = {}): Promise<Response> {
    return t.api(path, { ...init, headers: { authorization: `Bearer ${who.token}` } });
  }
  const ask = (who: Caller, body: unknown, id = conversationId) => call(who, `/api/v1/conversations/${id}/goodwill`, { method: 'POST', json: body });
  const decide = (who: Caller, id: string, decision: 'approve' | 'decline', note?: string) =>
    call(who, `/api/v1/goodwill/requests/${id}/${decision}`, { method: 'POST', json: note === undefined ? {} : { note } });

  async function member(email: string, name: string, role: Role): Promise<Caller> {
    const res = await t.api('/api/v1/users', { method: 'POST', json: { email, name, role, password: 'long enough pw' } });
    expect(res.status).toBe(201);
    const { id } = await res.json() as { id: string };
    // A token with every scope still acts with its creator's role, so each caller is exactly their role.
    const { token } = await createApiToken(t.server.services.store.db, { workspaceId: t.workspaceId, name, scopes: ['admin'], createdBy: id });
    return { id, token };
  }

  beforeAll(async () => {
    t = await startTestServer(dialect);
    const channel = await (await t.api('/api/v1/channels', { method: 'POST', json: { network: 'api', name: 'Shop', config: { deliveryUrl: 'http://127.0.0.1:9/' } } })).json() as { id: string; secret: string };
    const raw = JSON.stringify({ events: [{ id: 'gw-1', from: { id: 'mila', name: 'Mila' }, text: 'My parcel arrived broken', visibility: 'private' }] });
    await fetch(`${t.url}/webhooks/api/${channel.id}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-parley-signature': signBody(channel.secret, raw) }, body: raw });
    conversationId = ((await (await t.api('/api/v1/conversations')).json()) as { items: { id: string }[] }).items[0]!.id;
    people.ana = await member('ana@example.test', 'Ana Agent', 'agent');
    people.lea = await member('lea@example.test', 'Lea Lead', 'lead');
    people.leo = await member('leo@example.test', 'Leo Lead', 'lead');
    const db = t.server.services.store.db;
    const other = await createWorkspace(db, 'Competitor');
    const outsider = await createUser(db, { email: 'outsider@example.test', name: 'Outsider', passwordHash: 'x' });
    await addMembership(db, { workspaceId: other.id, userId: outsider.id, role: 'admin', skills: [] });
    people.outsider = { id: outsider.id, token: (await createApiToken(db, { workspaceId: other.id, name: 'o', scopes: ['admin'], createdBy: outsider.id })).token };
  });
  afterAll(async () => { await t?.close(); });

  it('sets limits per role (admins only) and shows them to everyone', async () => {
    const put = await t.api('/api/v1/goodwill/limits/agent', { method: 'PUT', json: { limits: [{ currency: 'eur', maxAmountMinor: 5000 }] } });
    expect(put.status).toBe(200);
    expect((await t.api('/api/v1/goodwill/limits/lead', { method: 'PUT', json: { limits: [{ currency: 'EUR', maxAmountMinor: 20000 }] } })).status).toBe(200);
    const seen = await (await call(people.ana, '/api/v1/goodwill/limits')).json() as { items: unknown[] };
    expect(seen.items).toEqual([{ role: 'agent', currency: 'EUR', maxAmountMinor: 5000 }, { role: 'lead', currency: 'EUR', maxAmountMinor: 20000 }]);

    const byLead = await call(people.lea, '/api/v1/goodwill/limits/lead', { method: 'PUT', json: { limits: [{ currency: 'EUR', maxAmountMinor: 10_000_000 }] } });
    expect(byLead.status).toBe(403);
    expect(byLead.headers.get('content-type')).toContain('application/problem+json');
    const badCurrency = await t.api('/api/v1/goodwill/limits/agent', { method: 'PUT', json: { limits: [{ currency: 'EURO', maxAmountMinor: 100 }] } });
    expect(badCurrency.status).toBe(422);
    expect(await badCurrency.json()).toMatchObject({ code: 'invalid_amount', type: 'https://parley.dev/problems/invalid_amount' });
    expect((await t.api('/api/v1/goodwill/limits/agent', { method: 'PUT', json: { limits: [{ currency: 'EUR', maxAmountMinor: 10.5 }] } })).status).toBe(422);
    expect((await t.api('/api/v1/goodwill/limits/owner', { method: 'PUT', json: { limits: [] } })).status).toBe(400);
    expect((await (await t.api('/api/v1/goodwill/limits')).json() as { items: unknown[] }).items).toEqual(seen.items);
  });

  it('grants a gesture within the agent\'s limit at once', async () => {
    const res = await ask(people.ana, { amountMinor: 5000, currency: 'EUR', reason: 'broken parcel' });
    expect(res.status).toBe(201);
    const outcome = await res.json() as Outcome;
    expect(outcome.request).toMatchObject({ status: 'granted', amountMinor: 5000, currency: 'EUR', limitMinor: 5000, requestedByName: 'Ana Agent' });
    const detail = await (await t.api(`/api/v1/conversations/${conversationId}`)).json() as { messages: { direction: string; text: string }[] };
    expect(detail.messages.at(-1)).toMatchObject({ direction: 'note', text: 'Goodwill granted: 50.00 EUR (within the agent limit of 50.00 EUR). broken parcel' });
  });

  it('sends a gesture above the limit to the leads, who see it pending and are notified', async () => {
    const res = await ask(people.ana, { amountMinor: 8000, currency: 'EUR', reason: 'second failed delivery' });
    expect(res.status).toBe(201);
    const { request } = await res.json() as Outcome;
    expect(request).toMatchObject({ status: 'pending', limitMinor: 5000 });
    const pending = await (await call(people.lea, '/api/v1/goodwill/requests?status=pending')).json() as { items: GoodwillRequest[] };
    expect(pending.items.map((r) => r.id)).toEqual([request.id]);
    const notifications = await (await call(people.lea, '/api/v1/notifications?unread=true')).json() as { items: { kind: string; conversationId: string; text: string }[] };
    expect(notifications.items[0]).toMatchObject({ kind: 'goodwill', conversationId, text: 'Ana Agent asks you to approve goodwill of 80.00 EUR: second failed delivery' });
  });

  it('lets a lead approve, tells the agent live, and refuses a second decision with 409', async () => {
    const { request } = await (await ask(people.ana, { amountMinor: 7500, currency: 'EUR', reason: 'courier lost it' })).json() as Outcome;
    const stream = await connectStream(t.url, { authorization: `Bearer ${people.ana.token}` });
    try {
      const res = await decide(people.lea, request.id, 'approve', 'loyal customer');
      expect(res.status).toBe(200);
      expect((await res.json() as Outcome).request).toMatchObject({ status: 'approved', decidedBy: people.lea.id, decidedByName: 'Lea Lead', decisionNote: 'loyal customer' });
      const live = await stream.waitFor((e) => e.type === 'goodwill.decided');
      expect(live.data).toMatchObject({ id: request.id, status: 'approved' });
      const told = await stream.waitFor((e) => e.type === 'notification.created');
      expect(told.data).toMatchObject({ kind: 'goodwill', userId: people.ana.id });
    } finally {
      stream.close();
    }
    const again = await decide(people.leo, request.id, 'approve');
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ code: 'conflict', status: 409, requestStatus: 'approved', decidedBy: 'Lea Lead' });
    expect((await decide(people.leo, request.id, 'decline', 'changed my mind')).status).toBe(409);
    expect((await (await call(people.ana, `/api/v1/goodwill/requests/${request.id}`)).json() as GoodwillRequest).status).toBe('approved');
  });

  it('lets a lead decline with a note, and needs the note', async () => {
    const { request } = await (await ask(people.ana, { amountMinor: 12000, currency: 'EUR', reason: 'wants a full refund' })).json() as Outcome;
    expect((await decide(people.lea, request.id, 'decline')).status).toBe(400);
    const res = await decide(people.lea, request.id, 'decline', 'offer a voucher instead');
    expect(res.status).toBe(200);
    const outcome = await res.json() as Outcome;
    expect(outcome.request).toMatchObject({ status: 'declined', decisionNote: 'offer a voucher instead' });
    expect(outcome.note.text).toBe('Goodwill of 120.00 EUR declined by Lea Lead: offer a voucher instead');
  });

  it('does not let an agent approve, nor a lead approve their own request', async () => {
    const { request } = await (await ask(people.ana, { amountMinor: 9000, currency: 'EUR', reason: 'late twice' })).json() as Outcome;
    const byAgent = await decide(people.ana, request.id, 'approve');
    expect(byAgent.status).toBe(403);
    expect(byAgent.headers.get('content-type')).toContain('application/problem+json');
    const own = await (await ask(people.lea, { amountMinor: 30000, currency: 'EUR', reason: 'big order lost' })).json() as Outcome;
    expect(own.request.status).toBe('pending');
    expect((await decide(people.lea, own.request.id, 'approve')).status).toBe(403);
    expect((await decide(people.leo, own.request.id, 'approve')).status).toBe(200);
    expect((await (await call(people.ana, `/api/v1/goodwill/requests/${request.id}`)).json() as GoodwillRequest).status).toBe('pending');
  });

  it('refuses bad amounts and currencies with 422', async () => {
    for (const body of [
      { amountMinor: 0, currency: 'EUR', reason: 'x' }, { amountMinor: -100, currency: 'EUR', reason: 'x' },
      { amountMinor: 12.5, currency: 'EUR', reason: 'x' }, { amountMinor: 1e15, currency: 'EUR', reason: 'x' },
      { amountMinor: 100, currency: 'EURO', reason: 'x' }, { amountMinor: 100, currency: 'ZZZ', reason: 'x' },
    ]) {
      const res = await ask(people.ana, body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect((await res.json() as { code: string }).code).toBe('invalid_amount');
    }
    expect((await ask(people.ana, { amountMinor: '50', currency: 'EUR', reason: 'x' })).status).toBe(400);
  });

  it('answers 404 to another workspace, and shows it none of ours', async () => {
    const { request } = await (await ask(people.ana, { amountMinor: 6000, currency: 'EUR', reason: 'ours alone' })).json() as Outcome;
    expect((await call(people.outsider, `/api/v1/goodwill/requests/${request.id}`)).status).toBe(404);
    expect((await decide(people.outsider, request.id, 'approve')).status).toBe(404);
    expect((await decide(people.outsider, request.id, 'decline', 'no')).status).toBe(404);
    expect((await ask(people.outsider, { amountMinor: 100, currency: 'EUR', reason: 'x' })).status).toBe(404);
    const list = await (await call(people.outsider, '/api/v1/goodwill/requests?status=pending')).json() as { items: unknown[] };
    expect(list.items).toEqual([]);
    expect((await (await call(people.outsider, `/api/v1/goodwill/requests?conversationId=${conversationId}`)).json() as { items: unknown[] }).items).toEqual([]);
    expect((await (await call(people.outsider, '/api/v1/goodwill/limits')).json() as { items: unknown[] }).items).toEqual([]);
    expect((await call(people.ana, `/api/v1/goodwill/requests/${request.id}`)).status).toBe(200);
  });
});
