// Priority over time: a waiting conversation rises as it ages and nears its response goal, says why,
// and stops once answered; the job claims due conversations by an index, never twice at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { startTestServer, type TestServer } from './support/server.ts';
import { connectStream, type StreamClient } from './support/stream-client.ts';
import { createTestStore, DIALECTS, type TestStore } from './support/stores.ts';
import { inboundEvent, seedWorkspaceWithChannel, testSecretBox } from './support/fixtures.ts';
import { signBody } from '../src/channels/api/index.ts';
import { ingestEvents, type IngestDeps } from '../src/ingest/ingest-events.ts';
import { createMemoryBus } from '../src/realtime/event-bus.ts';
import { neutralAnalyzer } from '../src/analysis/analyzer.ts';
import { updateContact } from '../src/store/repositories/contacts.ts';
import { savePrioritySettings } from '../src/store/repositories/priority-settings.ts';
import { claimDueReprioritizations } from '../src/store/repositories/conversation-priority.ts';
import { parsePrioritySettings } from '../src/domain/priority-settings-schema.ts';
import type { ChannelWithSecrets, Conversation, PriorityFactor } from '../src/domain/types.ts';

const MINUTE = 60_000;

describe.each(DIALECTS)('aging and the response goal on %s', (dialect) => {
  let t: TestServer;
  let stream: StreamClient;
  let clock = new Date('2026-05-04T09:00:00.000Z');
  const later = (minutes: number) => { clock = new Date(clock.getTime() + minutes * MINUTE); };
  const conversation = async (id: string) => (await (await t.api(`/api/v1/conversations/${id}`)).json() as { conversation: Conversation }).conversation;
  const factor = (c: Conversation, name: string) => c.priorityFactors.find((f) => f.factor === name);
  const reprioritizeAt = async (id: string) => (await t.server.services.store.db.selectFrom('conversations')
    .select('reprioritize_at').where('id', '=', id).executeTakeFirstOrThrow()).reprioritize_at;
  let waitingId = '';
  let answeredId = '';

  beforeAll(async () => {
    // The neutral analyzer: what is tested here is time and customer value, not the words.
    t = await startTestServer(dialect, { now: () => clock, analyze: neutralAnalyzer });
    const channel = await (await t.api('/api/v1/channels', { method: 'POST', json: { network: 'api', name: 'Shop', config: { deliveryUrl: 'http://127.0.0.1:9/' } } })).json() as { id: string; secret: string };
    const raw = JSON.stringify({ events: [
      { id: 'age-1', thread: 'late', from: { id: 'liga', name: 'Līga Ozola' }, text: 'Where is my order 5531? Still nothing', visibility: 'public', sentAt: clock.toISOString() },
      { id: 'age-2', thread: 'ship', from: { id: 'eriks', name: 'Ēriks Kalns' }, text: 'Do you ship to Tartu', visibility: 'public', sentAt: clock.toISOString() },
    ] });
    const res = await fetch(`${t.url}/webhooks/api/${channel.id}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-parley-signature': signBody(channel.secret, raw) }, body: raw });
    expect(res.status).toBe(200);
    const list = await (await t.api('/api/v1/conversations?sort=newest')).json() as { items: Conversation[] };
    waitingId = list.items.find((c) => c.snippet.includes('order 5531'))!.id;
    answeredId = list.items.find((c) => c.snippet.includes('Tartu'))!.id;
    stream = await connectStream(t.url, { authorization: `Bearer ${t.token}` });
  });
  afterAll(async () => { stream?.close(); await t?.close(); });

  it('has no time factors on arrival, and knows when to look again', async () => {
    const fresh = await conversation(waitingId);
    expect(fresh.priorityFactors.map((f) => f.factor)).not.toContain('aging');
    expect(fresh.priorityFactors.map((f) => f.factor)).not.toContain('sla');
    // The first aging step comes after 30 minutes, before the public goal nears (45 minutes).
    expect(await reprioritizeAt(waitingId)).toBe(new Date(clock.getTime() + 30 * MINUTE).toISOString());
  });

  it('stops aging a conversation once it is answered', async () => {
    const before = await conversation(answeredId);
    const reply = await t.api(`/api/v1/conversations/${answeredId}/replies`, { method: 'POST', json: { text: 'Yes, we ship to Tartu.', visibility: 'public', baseVersion: before.version } });
    expect(reply.status).toBe(201);
    expect(await reprioritizeAt(answeredId)).toBeNull();
  });

  it('rises as the goal nears, with the reasons, and counts the customer\'s value as it is now', async () => {
    const before = await conversation(waitingId);
    const contactRes = await t.api(`/api/v1/contacts/${before.contactId}`, { method: 'PATCH', json: { attributes: { loyaltyTier: 'gold' } } });
    expect(contactRes.status).toBe(200);
    later(50);
    await t.server.reprioritizer.runOnce();
    const aged = await conversation(waitingId);
    expect(aged.priority).toBe(before.priority + 2 + 10 + 8);
    expect(factor(aged, 'aging')).toEqual({ factor: 'aging', points: 2, detail: 'waiting more than 30 min' });
    expect(factor(aged, 'sla')).toEqual({ factor: 'sla', points: 10, detail: 'first-response goal (1 h) is less than 15 min away' });
    expect(factor(aged, 'loyalty')).toEqual({ factor: 'loyalty', points: 8, detail: 'gold loyalty tier' });
    // A new score is not a change an agent's open view is stale about.
    expect(aged.version).toBe(before.version);
    const event = await stream.waitFor((e) => e.type === 'conversation.updated' && e.data.id === waitingId && e.data.priority === aged.priority);
    expect((event.data.priorityFactors as PriorityFactor[]).map((f) => f.factor)).toContain('sla');
    expect(await reprioritizeAt(waitingId)).toBe(new Date(new Date(before.waitingSince!).getTime() + 60 * MINUTE).toISOString());
  });

  it('rises further once the goal is missed, and the explanation says so', async () => {
    const before = await conversation(waitingId);
    later(30);
    await t.server.reprioritizer.runOnce();
    const missed = await conversation(waitingId);
    expect(factor(missed, 'sla')).toEqual({ factor: 'sla', points: 20, detail: 'first-response goal (1 h) missed' });
    expect(factor(missed, 'aging')).toEqual({ factor: 'aging', points: 4, detail: 'waiting more than 1 h' });
    expect(missed.priority).toBe(before.priority + 2 + 10);
    const detail = await (await t.api(`/api/v1/conversations/${waitingId}`)).json() as { priority: { score: number; factors: PriorityFactor[] } };
    expect(detail.priority.factors).toEqual(missed.priorityFactors);
  });

  it('leaves the answered conversation where it was, however long the clock runs', async () => {
    const answered = await conversation(answeredId);
    later(5 * 60);
    await t.server.reprioritizer.runOnce();
    const still = await conversation(answeredId);
    expect(still.priority).toBe(answered.priority);
    expect(still.priorityFactors).toEqual(answered.priorityFactors);
    expect(still.priorityFactors.map((f) => f.factor)).not.toContain('aging');
  });

  it('accepts a reply written on a view from before the re-prioritisation, and the waiting one stops aging too', async () => {
    const seen = await conversation(waitingId);
    later(30);
    await t.server.reprioritizer.runOnce();
    const reply = await t.api(`/api/v1/conversations/${waitingId}/replies`, { method: 'POST', json: { text: 'Sorry Līga, it left today.', visibility: 'public', baseVersion: seen.version } });
    expect(reply.status).toBe(201);
    const answered = await conversation(waitingId);
    expect(await reprioritizeAt(waitingId)).toBeNull();
    later(10 * 60);
    await t.server.reprioritizer.runOnce();
    expect((await conversation(waitingId)).priority).toBe(answered.priority);
  });
});

describe.each(DIALECTS)('priority at ingest on %s', (dialect) => {
  let store: TestStore;
  let channel: ChannelWithSecrets;
  let deps: IngestDeps;
  const now = new Date('2026-05-04T12:00:00.000Z');

  beforeAll(async () => {
    store = await createTestStore(dialect);
    ({ channel } = await seedWorkspaceWithChannel(store.db, testSecretBox()));
    deps = { db: store.db, dialect, bus: createMemoryBus(), analyze: neutralAnalyzer, now: () => now };
  });
  afterAll(async () => { await store.dispose(); });

  const ingest = (events: Parameters<typeof ingestEvents>[3]) => ingestEvents(deps, channel, `api:${channel.id}`, events);

  it('ignores the author\'s followers by default and counts them once the workspace weighs them in', async () => {
    const famous = { externalId: 'star', handle: 'star', displayName: 'Star', followers: 2_500_000 };
    const first = await ingest([inboundEvent({ author: famous, threadKey: 'star-1', visibility: 'private', sentAt: now.toISOString() })]);
    expect(first.conversations[0]!.priorityFactors).toEqual([]);
    await savePrioritySettings(store.db, channel.workspaceId, parsePrioritySettings({ followers: { max: 8 } }), null, now);
    const second = await ingest([inboundEvent({ author: famous, threadKey: 'star-2', visibility: 'private', sentAt: now.toISOString() })]);
    expect(second.conversations[0]!.priorityFactors).toEqual([{ factor: 'followers', points: 8, detail: '2,500,000 followers' }]);
  });

  it('scores the customer\'s value and the time already waited when a message arrives', async () => {
    const author = { externalId: 'vip-1', handle: 'marta', displayName: 'Marta' };
    const opened = await ingest([inboundEvent({ author, threadKey: 'vip-a', visibility: 'private', text: 'hello', sentAt: now.toISOString() })]);
    await updateContact(store.db, channel.workspaceId, opened.conversations[0]!.contactId, { isVip: true, attributes: { loyaltyTier: 'platinum', lifetimeValue: 4200 } });
    // A public post that arrives late (a backfill) has already waited two and a half hours, past the one-hour goal.
    const late = await ingest([inboundEvent({ author, threadKey: 'vip-b', visibility: 'public', text: 'are you there', sentAt: new Date(now.getTime() - 150 * MINUTE).toISOString() })]);
    expect(late.conversations[0]!.priorityFactors).toEqual([
      { factor: 'vip', points: 20, detail: 'VIP customer' },
      { factor: 'loyalty', points: 12, detail: 'platinum loyalty tier' },
      { factor: 'lifetime-value', points: 8, detail: 'lifetime value 4,200' },
      { factor: 'visibility', points: 5, detail: 'public: other customers read the thread' },
      { factor: 'aging', points: 10, detail: 'waiting more than 2 h 30 min' },
      { factor: 'sla', points: 20, detail: 'first-response goal (1 h) missed' },
    ]);
    expect(late.conversations[0]!.priority).toBe(75);
  });
});

describe.each(DIALECTS)('claiming due conversations on %s', (dialect) => {
  let store: TestStore;
  beforeAll(async () => { store = await createTestStore(dialect); });
  afterAll(async () => { await store.dispose(); });

  it('finds due conversations through the index', async () => {
    const query = sql`select id from conversations where reprioritize_at <= ${'2026-05-04T12:00:00.000Z'} order by reprioritize_at limit 200`;
    if (dialect === 'sqlite') {
      const plan = await sql<{ detail: string }>`explain query plan ${query}`.execute(store.db);
      const detail = plan.rows.map((r) => r.detail).join(' ');
      expect(detail).toContain('conversations_reprioritize_due');
      expect(detail).not.toContain('TEMP B-TREE');
    } else {
      await store.db.transaction().execute(async (trx) => {
        await sql`set local enable_seqscan = off`.execute(trx);
        const plan = await sql<{ 'QUERY PLAN': string }>`explain ${query}`.execute(trx);
        expect(plan.rows.map((r) => r['QUERY PLAN']).join(' ')).toContain('conversations_reprioritize_due');
      });
    }
  });

  it('never hands the same conversation to two instances claiming at once', async () => {
    const { channel } = await seedWorkspaceWithChannel(store.db, testSecretBox());
    const at = new Date('2026-05-04T09:00:00.000Z');
    const deps: IngestDeps = { db: store.db, dialect, bus: createMemoryBus(), analyze: neutralAnalyzer, now: () => at };
    const events = Array.from({ length: 30 }, (_, i) => inboundEvent({ threadKey: `claim-${i}`, author: { externalId: `c${i}`, handle: null, displayName: null }, sentAt: at.toISOString() }));
    await ingestEvents(deps, channel, `api:${channel.id}`, events);
    const due = new Date(at.getTime() + 31 * MINUTE);
    const lease = new Date(due.getTime() + 2 * MINUTE);
    const claims = await Promise.all([0, 1, 2].map(() => claimDueReprioritizations(store.db, dialect, due, lease, 12)));
    const ids = claims.flat().map((c) => c.id);
    // A claim racing another may come back short (never overlapping); the next round takes the rest.
    for (let more = await claimDueReprioritizations(store.db, dialect, due, lease, 12); more.length; more = await claimDueReprioritizations(store.db, dialect, due, lease, 12)) {
      ids.push(...more.map((c) => c.id));
    }
    expect(ids).toHaveLength(30);
    expect(new Set(ids).size).toBe(30);
    // Until the claim runs out, nobody takes them again.
    expect(await claimDueReprioritizations(store.db, dialect, due, lease, 50)).toEqual([]);
  });
});
