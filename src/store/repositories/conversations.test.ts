import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestStore, DIALECTS, type TestStore } from '../../../test/support/stores.ts';
import { inboundEvent, seedWorkspaceWithChannel, testSecretBox } from '../../../test/support/fixtures.ts';
import { ingestEvents } from '../../ingest/ingest-events.ts';
import { createMemoryBus } from '../../realtime/event-bus.ts';
import type { Analyzer } from '../../analysis/analyzer.ts';
import { CONVERSATION_STATUSES, type ChannelWithSecrets, type Conversation } from '../../domain/types.ts';
import { claimNextConversation, listConversations, readStatusCounts, updateConversation, updateConversations, type ConversationPatch } from './conversations.ts';
import { createUser, addMembership } from './users.ts';
import { updateContact } from './contacts.ts';

// Urgency in the text drives priority here, so lists can be checked for their order.
const urgencyFromText: Analyzer = (text) => ({
  language: text.startsWith('ru:') ? 'ru' : 'en', sentiment: null, sentimentScore: null,
  urgency: Number(/u=(\d\.\d+)/.exec(text)?.[1] ?? 0), intents: [], pii: [],
});

describe.each(DIALECTS)('conversation lists and claims on %s', (dialect) => {
  let store: TestStore;
  let channel: ChannelWithSecrets;
  const created: Conversation[] = [];

  beforeAll(async () => {
    store = await createTestStore(dialect);
    ({ channel } = await seedWorkspaceWithChannel(store.db, testSecretBox()));
    const deps = { db: store.db, dialect, bus: createMemoryBus(), analyze: urgencyFromText };
    for (let i = 0; i < 30; i++) {
      const text = `${i % 3 === 0 ? 'ru:' : ''}message ${i} u=${(i % 5) / 4}`;
      const result = await ingestEvents(deps, channel, `api:${channel.id}`, [inboundEvent({
        text, author: { externalId: `cust-${i}`, handle: null, displayName: null },
        sentAt: new Date(Date.UTC(2026, 10, 1, 0, i)).toISOString(),
      })]);
      created.push(result.conversations[0]!);
    }
  });
  afterAll(async () => { await store.dispose(); });

  it('pages through the whole inbox by keyset without gaps or repeats, in each order', async () => {
    for (const sort of ['priority', 'newest', 'oldest'] as const) {
      const seen: Conversation[] = [];
      let cursor: string | undefined;
      do {
        const page = await listConversations(store.db, channel.workspaceId, {}, sort, 7, cursor);
        seen.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(seen).toHaveLength(30);
      expect(new Set(seen.map((c) => c.id)).size).toBe(30);
      if (sort === 'priority') {
        for (let i = 1; i < seen.length; i++) expect(seen[i - 1]!.priority).toBeGreaterThanOrEqual(seen[i]!.priority);
      } else {
        const times = seen.map((c) => c.lastMessageAt);
        expect(times).toEqual([...times].sort((a, b) => (sort === 'newest' ? b.localeCompare(a) : a.localeCompare(b))));
      }
    }
  });

  it('filters by language, priority and tag', async () => {
    const russian = await listConversations(store.db, channel.workspaceId, { language: 'ru' }, 'newest', 100);
    expect(russian.items).toHaveLength(10);
    const urgent = await listConversations(store.db, channel.workspaceId, { minPriority: 30 }, 'priority', 100);
    expect(urgent.items.every((c) => c.priority >= 30)).toBe(true);
    await updateConversation(store.db, created[0]!, { tags: ['shipping', 'refund'] });
    const tagged = await listConversations(store.db, channel.workspaceId, { tag: 'refund' }, 'newest', 100);
    expect(tagged.items.map((c) => c.id)).toEqual([created[0]!.id]);
    created[0] = tagged.items[0]!;
  });

  it('keeps status counts as conversations change', async () => {
    const before = await readStatusCounts(store.db, channel.workspaceId);
    await updateConversation(store.db, created[1]!, { status: 'resolved' });
    const after = await readStatusCounts(store.db, channel.workspaceId);
    expect(after.open).toBe(before.open - 1);
    expect(after.resolved).toBe(before.resolved + 1);
  });

  it('hands twenty agents claiming at once twenty different conversations, most urgent first', async () => {
    const agents: string[] = [];
    for (let i = 0; i < 20; i++) {
      const user = await createUser(store.db, { email: `agent${i}-${dialect}@example.test`, name: `Agent ${i}`, passwordHash: 'x' });
      await addMembership(store.db, { workspaceId: channel.workspaceId, userId: user.id, role: 'agent', skills: [] });
      agents.push(user.id);
    }
    const open = (await listConversations(store.db, channel.workspaceId, { status: ['open'], assignee: 'unassigned' }, 'priority', 100)).items;
    const claims = await Promise.all(agents.map((id) => claimNextConversation(store.db, dialect, channel.workspaceId, id)));
    const ids = claims.map((c) => c?.id);
    expect(ids.every(Boolean)).toBe(true);
    expect(new Set(ids).size).toBe(20);
    expect(new Set(ids)).toEqual(new Set(open.slice(0, 20).map((c) => c.id)));
    for (const [i, c] of claims.entries()) expect(c!.assigneeId).toBe(agents[i]);
  });

  it('answers the inbox query from its index', async () => {
    if (dialect === 'sqlite') {
      const plan = await sql<{ detail: string }>`explain query plan select * from conversations
        where workspace_id = ${channel.workspaceId} and status = 'open' order by priority desc, id asc limit 50`.execute(store.db);
      expect(plan.rows.map((r) => r.detail).join(' ')).toContain('conversations_by_priority');
      expect(plan.rows.map((r) => r.detail).join(' ')).not.toContain('TEMP B-TREE');
    } else {
      await sql`set enable_seqscan = off`.execute(store.db);
      const plan = await sql<{ 'QUERY PLAN': string }>`explain select * from conversations
        where workspace_id = ${channel.workspaceId} and status = 'open' order by priority desc, id asc limit 50`.execute(store.db);
      expect(plan.rows.map((r) => r['QUERY PLAN']).join(' ')).toContain('conversations_by_priority');
    }
  });

  it('lists a tag by priority from its own index, in step with status and priority changes, page by page', async () => {
    const { getConversationById } = await import('./conversations.ts');
    const { saveRecomputedPriority } = await import('./conversation-priority.ts');
    // Tag a third of the conversations, then move some to another status and rescore others.
    for (const [i, c] of created.entries()) {
      if (i % 3 !== 0) continue;
      const current = (await getConversationById(store.db, c.id))!;
      await updateConversation(store.db, current, { tags: ['billing', ...(i % 2 ? ['press'] : [])] });
    }
    for (const [i, c] of created.entries()) {
      const current = (await getConversationById(store.db, c.id))!;
      if (i % 4 === 0) await updateConversation(store.db, current, { status: 'pending' });
      else if (i % 5 === 1) await saveRecomputedPriority(store.db, current, { score: 77 - i, factors: [] }, null);
    }
    const everything = (await listConversations(store.db, channel.workspaceId, { view: 'all' }, 'priority', 500)).items;
    for (const status of [['open'], ['pending'], ['open', 'pending'], undefined] as const) {
      const expected = everything.filter((c) => c.tags.includes('billing') && (!status || (status as readonly string[]).includes(c.status)));
      const seen: Conversation[] = [];
      let cursor: string | undefined;
      do {
        const page = await listConversations(store.db, channel.workspaceId, { view: 'all', tag: 'billing', ...(status ? { status: [...status] } : {}) }, 'priority', 3, cursor);
        seen.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(seen.map((c) => [c.id, c.priority, c.status]), String(status)).toEqual(expected.map((c) => [c.id, c.priority, c.status]));
    }
    // Untagging takes a conversation out of the tag's view.
    const first = (await getConversationById(store.db, created[0]!.id))!;
    await updateConversation(store.db, first, { tags: [] });
    const billing = (await listConversations(store.db, channel.workspaceId, { view: 'all', tag: 'billing' }, 'priority', 500)).items;
    expect(billing.some((c) => c.id === first.id)).toBe(false);
  });

  it("lists an agent's own conversations of several statuses, or of any, one status at a time and merged in order", async () => {
    const { getConversationById } = await import('./conversations.ts');
    const owner = await createUser(store.db, { email: `owner-${dialect}@example.test`, name: 'Owner', passwordHash: 'x' });
    const statuses = ['open', 'pending', 'resolved', 'snoozed', 'open'] as const;
    for (const [i, c] of created.entries()) {
      if (i % 2 !== 0) continue;
      const current = (await getConversationById(store.db, c.id))!;
      const status = statuses[i % statuses.length]!;
      await updateConversation(store.db, current, { assigneeId: owner.id, status, ...(status === 'snoozed' ? { snoozedUntil: '2099-01-01T00:00:00.000Z' } : {}) });
    }
    const everything = (await listConversations(store.db, channel.workspaceId, { view: 'all' }, 'priority', 500)).items;
    for (const status of [['open', 'pending'], ['resolved', 'open', 'snoozed'], undefined] as const) {
      const expected = everything.filter((c) => c.assigneeId === owner.id && (!status || (status as readonly string[]).includes(c.status)));
      expect(expected.length, String(status)).toBeGreaterThan(3);
      const seen: Conversation[] = [];
      let cursor: string | undefined;
      do {
        const page = await listConversations(store.db, channel.workspaceId, { view: 'all', assignee: owner.id, ...(status ? { status: [...status] } : {}) }, 'priority', 2, cursor);
        seen.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(seen.map((c) => [c.id, c.priority, c.status]), String(status)).toEqual(expected.map((c) => [c.id, c.priority, c.status]));
    }
    if (dialect === 'sqlite') {
      const plan = await sql<{ detail: string }>`explain query plan select * from conversations
        where workspace_id = ${channel.workspaceId} and assignee_id = ${owner.id} and status = 'open' order by priority desc, id asc limit 51`.execute(store.db);
      const detail = plan.rows.map((r) => r.detail).join(' ');
      expect(detail).toContain('conversations_assignee_status_by_priority');
      expect(detail).not.toContain('TEMP B-TREE');
    }
  });

  it('writes only the columns a change touches, so an assignment does not undo a score saved meanwhile', async () => {
    const { getConversationById } = await import('./conversations.ts');
    const { saveRecomputedPriority } = await import('./conversation-priority.ts');
    const loaded = (await getConversationById(store.db, created[7]!.id))!;
    // The re-prioritisation job scores it after the agent's page loaded it (the version stays).
    await saveRecomputedPriority(store.db, loaded, { score: 91, factors: [] }, null);
    const assignee = await createUser(store.db, { email: `assignee-${dialect}@example.test`, name: 'Assignee', passwordHash: 'x' });
    await updateConversation(store.db, loaded, { assigneeId: assignee.id });
    const stored = (await getConversationById(store.db, loaded.id))!;
    expect(stored.assigneeId).toBe(assignee.id);
    expect(stored.priority).toBe(91);
    expect(stored.version).toBe(loaded.version + 1);
  });

  // Last: it adds a conversation the tests above do not expect.
  it("filters VIPs by their conversations' flag, which follows the contact and marks their new conversations", async () => {
    const vip = created[4]!;
    const vipIds = async () => (await listConversations(store.db, channel.workspaceId, { isVip: true }, 'priority', 100)).items.map((c) => c.id);
    expect(await vipIds()).toEqual([]);
    await store.db.transaction().execute((trx) => updateContact(trx, channel.workspaceId, vip.contactId, { isVip: true }));
    expect(await vipIds()).toEqual([vip.id]);
    const deps = { db: store.db, dialect, bus: createMemoryBus(), analyze: urgencyFromText };
    const again = await ingestEvents(deps, channel, `api:${channel.id}`, [inboundEvent({
      text: 'a new post u=0.1', author: { externalId: 'cust-4', handle: null, displayName: null },
    })]);
    expect((await vipIds()).sort()).toEqual([vip.id, again.conversations[0]!.id].sort());
    const others = (await listConversations(store.db, channel.workspaceId, { isVip: false }, 'priority', 100)).items;
    expect(others.some((c) => c.contactId === vip.contactId)).toBe(false);
    await updateContact(store.db, channel.workspaceId, vip.contactId, { isVip: false });
    expect(await vipIds()).toEqual([]);
    if (dialect === 'sqlite') {
      const plan = await sql<{ detail: string }>`explain query plan select * from conversations
        where workspace_id = ${channel.workspaceId} and status = 'open' and contact_is_vip = 1 order by priority desc, id asc limit 51`.execute(store.db);
      expect(plan.rows.map((r) => r.detail).join(' ')).toContain('USING INDEX conversations_vip_by_priority');
    }
  });

});

describe.each(DIALECTS)('the inbox across all statuses on %s', (dialect) => {
  it('is merged from one ordered walk of the priority index per status, without sorting the workspace', async () => {
    const store = await createTestStore(dialect);
    try {
      if (dialect === 'postgres') await sql`set enable_seqscan = off`.execute(store.db);
      for (const status of CONVERSATION_STATUSES) {
        const plan = dialect === 'sqlite'
          ? (await sql<{ detail: string }>`explain query plan select * from conversations
              where workspace_id = ${'ws'} and status = ${status} order by priority desc, id asc limit 51`.execute(store.db)).rows.map((r) => r.detail)
          : (await sql<{ 'QUERY PLAN': string }>`explain select * from conversations
              where workspace_id = ${'ws'} and status = ${status} order by priority desc, id asc limit 51`.execute(store.db)).rows.map((r) => r['QUERY PLAN']);
        expect(plan.join(' '), status).toContain('conversations_by_priority');
        expect(plan.join(' '), status).not.toMatch(/TEMP B-TREE|Sort/);
      }
    } finally {
      await store.dispose();
    }
  });
});

describe.each(DIALECTS)('updating a batch of conversations at once on %s', (dialect) => {
  let store: TestStore;
  let channel: ChannelWithSecrets;

  beforeAll(async () => {
    store = await createTestStore(dialect);
    ({ channel } = await seedWorkspaceWithChannel(store.db, testSecretBox()));
  });
  afterAll(async () => { await store.dispose(); });

  /** Four conversations in the states the patches below start from: open, tagged, resolved, waiting. */
  async function fourConversations(prefix: string): Promise<Conversation[]> {
    const deps = { db: store.db, dialect, bus: createMemoryBus(), analyze: urgencyFromText };
    const out: Conversation[] = [];
    for (let i = 0; i < 4; i++) {
      const result = await ingestEvents(deps, channel, `api:${channel.id}`, [inboundEvent({
        text: `${prefix} ${i} u=0.5`, author: { externalId: `${prefix}-${i}`, handle: null, displayName: null },
      })]);
      out.push(result.conversations[0]!);
    }
    out[1] = await updateConversation(store.db, out[1]!, { tags: ['billing', 'vip-care'] });
    out[2] = await updateConversation(store.db, out[2]!, { status: 'resolved', needsReply: false });
    return out;
  }

  const patches: ConversationPatch[] = [
    { snippet: 'only the snippet' },
    { priority: 55, snippet: 'tagged, scored anew' },
    { status: 'open', needsReply: true, priority: 70, reprioritizeAt: '2026-12-01T00:00:00.000Z', snippet: 'reopened' },
    { needsReply: false, waitingSince: null, snippet: 'answered outside' },
  ];
  const change = { byUserId: null, byName: 'the customer', what: 'wrote again' };

  async function stored(ids: string[]) {
    const rows = await store.db.selectFrom('conversations').selectAll().where('id', 'in', ids).execute();
    const tagRows = await store.db.selectFrom('conversation_tags').select(['conversation_id', 'tag', 'status', 'priority']).where('conversation_id', 'in', ids).execute();
    return ids.map((id) => {
      const { id: _id, contact_id: _c, thread_key: _t, created_at: _ca, updated_at: _u, last_message_at: _l, last_inbound_at: _li, waiting_since: _w, ...row } = rows.find((r) => r.id === id)!;
      return { ...row, tags: tagRows.filter((t) => t.conversation_id === id).map(({ conversation_id: _x, ...t }) => t) };
    });
  }

  it('stores what one update each would have stored, counts and tag rows included', async () => {
    const now = new Date('2026-11-25T12:00:00Z');
    const one = await fourConversations('one');
    const countsBefore = await readStatusCounts(store.db, channel.workspaceId);
    for (let i = 0; i < 4; i++) await updateConversation(store.db, one[i]!, patches[i]!, { now, change });
    const countsAfterOne = await readStatusCounts(store.db, channel.workspaceId);
    const batch = await fourConversations('batch');
    const countsBeforeBatch = await readStatusCounts(store.db, channel.workspaceId);
    const returned = await store.db.transaction().execute((trx) =>
      updateConversations(trx, batch.map((current, i) => ({ current, patch: patches[i]!, change })), now));
    const countsAfterBatch = await readStatusCounts(store.db, channel.workspaceId);
    expect(await stored(batch.map((c) => c.id))).toEqual(await stored(one.map((c) => c.id)));
    expect(returned.map((c) => c.version)).toEqual(batch.map((c) => c.version + 1));
    for (const status of CONVERSATION_STATUSES) {
      expect(countsAfterBatch[status] - countsBeforeBatch[status], status).toBe(countsAfterOne[status] - countsBefore[status]);
    }
  });

  it('refuses the whole batch when one conversation changed meanwhile', async () => {
    const four = await fourConversations('stale');
    await updateConversation(store.db, four[3]!, { snippet: 'an agent got there first' });
    const attempt = store.db.transaction().execute((trx) =>
      updateConversations(trx, four.map((current, i) => ({ current, patch: patches[i]!, change })), new Date()));
    await expect(attempt).rejects.toMatchObject({ code: 'stale_version' });
    const [first] = await stored([four[0]!.id]);
    expect(first!.snippet).not.toBe('only the snippet');
  });
});
