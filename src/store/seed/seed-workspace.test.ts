import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestStore, DIALECTS, type TestStore } from '../../../test/support/stores.ts';
import { testSecretBox } from '../../../test/support/fixtures.ts';
import { claimNextConversation, listConversations, readStatusCounts } from '../repositories/conversations.ts';
import { listConversationMessages, searchMessages } from '../repositories/messages.ts';
import { getContact } from '../repositories/contacts.ts';
import { getChannelWithSecrets } from '../repositories/channels.ts';
import { seedWorkspace, type SeedSummary } from './index.ts';

describe.each(DIALECTS)('the workspace generator on %s', (dialect) => {
  let store: TestStore;
  let summary: SeedSummary;
  const box = testSecretBox();

  beforeAll(async () => {
    store = await createTestStore(dialect);
    summary = await seedWorkspace(store, { conversations: 500, secretBox: box, conversationsPerTransaction: 200 });
  });
  afterAll(async () => { await store.dispose(); });

  const count = async (table: 'conversations' | 'messages' | 'contacts' | 'identities') =>
    Number((await store.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  it('writes the asked number of conversations with five messages each on average', async () => {
    expect(summary.conversations).toBe(500);
    expect(summary.messages).toBe(2500);
    expect(await count('conversations')).toBe(500);
    expect(await count('messages')).toBe(2500);
    expect(await count('contacts')).toBe(summary.contacts);
    expect(await count('identities')).toBe(summary.contacts);
  });

  it('keeps the status aggregates in step with the rows', async () => {
    const counts = await readStatusCounts(store.db, summary.workspaceId);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(500);
    const open = await store.db.selectFrom('conversations').select((eb) => eb.fn.countAll<number>().as('n'))
      .where('status', '=', 'open').executeTakeFirstOrThrow();
    expect(counts.open).toBe(Number(open.n));
  });

  it('mixes channels, languages, statuses and tags', async () => {
    const distinct = async (column: 'channel_id' | 'language' | 'status' | 'kind') =>
      (await store.db.selectFrom('conversations').select(column).distinct().execute()).length;
    expect(await distinct('channel_id')).toBe(8);
    expect(await distinct('language')).toBeGreaterThanOrEqual(6);
    expect(await distinct('status')).toBe(4);
    expect(await distinct('kind')).toBe(2);
    const tagged = await listConversations(store.db, summary.workspaceId, { tag: 'billing' }, 'newest', 500);
    expect(tagged.items.length).toBeGreaterThan(0);
    expect(tagged.items.every((c) => c.tags.includes('billing'))).toBe(true);
  });

  it('makes the messages findable by full-text search, newest first', async () => {
    const found = await searchMessages(store.db, dialect, summary.workspaceId, 'internet', 20);
    expect(found.items.length).toBeGreaterThan(0);
    expect(found.items.every((m) => /internet/i.test(m.text))).toBe(true);
    const cyrillic = await searchMessages(store.db, dialect, summary.workspaceId, 'интернет', 20);
    expect(cyrillic.items.length).toBeGreaterThan(0);
  });

  it('pages the inbox by keyset without gaps or repeats', async () => {
    const seen = new Set<string>();
    let cursor: string | undefined;
    let previous = Number.POSITIVE_INFINITY;
    do {
      const page = await listConversations(store.db, summary.workspaceId, { status: ['open', 'pending'] }, 'priority', 50, cursor);
      for (const c of page.items) {
        expect(c.priority).toBeLessThanOrEqual(previous);
        previous = c.priority;
        seen.add(c.id);
      }
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    const counts = await readStatusCounts(store.db, summary.workspaceId);
    expect(seen.size).toBe(counts.open + counts.pending);
  });

  it('links every conversation to its contact, channel and messages, and serves the next-up queue', async () => {
    const [first] = (await listConversations(store.db, summary.workspaceId, {}, 'newest', 1)).items;
    const messages = await listConversationMessages(store.db, first!.id);
    expect(messages.items.length).toBeGreaterThan(0);
    expect(messages.items.at(-1)!.sentAt).toBe(first!.lastMessageAt);
    expect((await getContact(store.db, summary.workspaceId, first!.contactId))?.identities).toHaveLength(1);
    expect((await getChannelWithSecrets(store.db, box, first!.channelId))?.secrets.secret).toMatch(/^[0-9a-f]{64}$/);
    const claimed = await claimNextConversation(store.db, dialect, summary.workspaceId, summary.agents[0]!.id);
    expect(claimed?.assigneeId).toBe(summary.agents[0]!.id);
  });

  it('can run twice into the same store', async () => {
    const again = await seedWorkspace(store, { conversations: 10, secretBox: box });
    expect(again.workspaceId).toBe(summary.workspaceId);
    expect(await count('conversations')).toBe(510);
    const duplicates = await sql<{ n: number }>`select count(*) as n from (select channel_id, thread_key from conversations
      group by channel_id, thread_key having count(*) > 1) d`.execute(store.db);
    expect(Number(duplicates.rows[0]!.n)).toBe(0);
  });
});
