import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, DIALECTS, type TestStore } from '../../test/support/stores.ts';
import { inboundEvent, seedWorkspaceWithChannel, testSecretBox } from '../../test/support/fixtures.ts';
import { ingestEvents, type IngestDeps } from './ingest-events.ts';
import { createMemoryBus, type RealtimeEvent } from '../realtime/event-bus.ts';
import { neutralAnalyzer } from '../analysis/analyzer.ts';
import type { ChannelWithSecrets } from '../domain/types.ts';
import { listConversations } from '../store/repositories/conversations.ts';
import { listConversationMessages } from '../store/repositories/messages.ts';
import { getContact } from '../store/repositories/contacts.ts';

describe.each(DIALECTS)('ingest on %s', (dialect) => {
  let store: TestStore;
  let channel: ChannelWithSecrets;
  let deps: IngestDeps;
  const published: RealtimeEvent[] = [];

  beforeAll(async () => {
    store = await createTestStore(dialect);
    ({ channel } = await seedWorkspaceWithChannel(store.db, testSecretBox()));
    const bus = createMemoryBus();
    bus.subscribe((e) => published.push(e));
    deps = { db: store.db, dialect, bus, analyze: neutralAnalyzer };
  });
  afterAll(async () => { await store.dispose(); });

  const ingest = (events: Parameters<typeof ingestEvents>[3]) => ingestEvents(deps, channel, `api:${channel.id}`, events);

  it('opens a conversation for a new public post and publishes after commit', async () => {
    published.length = 0;
    const event = inboundEvent({ text: 'My order never arrived' });
    const result = await ingest([event]);
    expect(result.messages).toHaveLength(1);
    const [conversation] = result.conversations;
    expect(conversation?.kind).toBe('public');
    expect(conversation?.needsReply).toBe(true);
    expect(conversation?.snippet).toBe('My order never arrived');
    expect(published.map((e) => e.type)).toEqual(['conversation.created', 'message.created']);
  });

  it('accepts a redelivery without storing anything twice', async () => {
    const event = inboundEvent();
    await ingest([event]);
    const again = await ingest([event, event]);
    expect(again.accepted).toBe(2);
    expect(again.duplicates).toBe(2);
    expect(again.messages).toHaveLength(0);
    const conversation = (await ingest([inboundEvent({ inReplyToExternalId: event.externalId })])).conversations[0]!;
    const { items } = await listConversationMessages(store.db, conversation.id);
    expect(items.filter((m) => m.externalId === event.externalId)).toHaveLength(1);
  });

  it('threads a reply chain into its parent conversation, even within one batch', async () => {
    const root = inboundEvent({ author: { externalId: 'u2', handle: 'bo', displayName: 'Bo' } });
    const reply = inboundEvent({ inReplyToExternalId: root.externalId, author: { externalId: 'u3', handle: 'cy', displayName: null } });
    const replyToReply = inboundEvent({ inReplyToExternalId: reply.externalId });
    const first = await ingest([root, reply]);
    expect(first.conversations).toHaveLength(1);
    const later = await ingest([replyToReply]);
    expect(later.conversations[0]?.id).toBe(first.conversations[0]?.id);
    const { items } = await listConversationMessages(store.db, first.conversations[0]!.id);
    expect(items.map((m) => m.externalId)).toEqual([root.externalId, reply.externalId, replyToReply.externalId]);
  });

  it('keeps one private thread per customer and one contact per identity', async () => {
    const author = { externalId: 'dm-user', handle: 'dee', displayName: 'Dee' };
    const a = await ingest([inboundEvent({ visibility: 'private', author })]);
    const b = await ingest([inboundEvent({ visibility: 'private', author: { ...author, displayName: 'Dee Renamed' } })]);
    expect(b.conversations[0]?.id).toBe(a.conversations[0]?.id);
    expect(b.conversations[0]?.kind).toBe('private');
    const contact = await getContact(store.db, channel.workspaceId, a.conversations[0]!.contactId);
    expect(contact?.identities).toHaveLength(1);
    expect(contact?.identities[0]?.displayName).toBe('Dee Renamed');
  });

  it('reopens a resolved conversation when the customer writes again, growing the version', async () => {
    const author = { externalId: 'reopen-user', handle: null, displayName: null };
    const first = await ingest([inboundEvent({ visibility: 'private', author })]);
    const { updateConversation } = await import('../store/repositories/conversations.ts');
    const resolved = await updateConversation(store.db, first.conversations[0]!, { status: 'resolved' });
    const again = await ingest([inboundEvent({ visibility: 'private', author })]);
    expect(again.conversations[0]?.status).toBe('open');
    expect(again.conversations[0]!.version).toBeGreaterThan(resolved.version);
  });

  it('stores hostile text exactly as sent', async () => {
    const text = '<script>alert(1)</script> \u200b\u202eRTL مرحبا 👩‍👩‍👧 "quoted" \'single\'';
    const result = await ingest([inboundEvent({ text })]);
    const { items } = await listConversationMessages(store.db, result.conversations[0]!.id);
    expect(items[0]?.text).toBe(text);
  });

  it('rolls the whole batch back when one event cannot be stored', async () => {
    const good = inboundEvent();
    const bad = inboundEvent({ text: undefined as unknown as string });
    await expect(ingest([good, bad])).rejects.toThrow();
    const page = await listConversations(store.db, channel.workspaceId, {}, 'newest', 500);
    expect(page.items.some((c) => c.snippet === good.text && c.threadKey === `post:${good.externalId}`)).toBe(false);
  });

  it('survives two deliveries racing to open the same thread', async () => {
    const author = { externalId: 'racer', handle: null, displayName: null };
    const results = await Promise.all([
      ingest([inboundEvent({ visibility: 'private', author })]),
      ingest([inboundEvent({ visibility: 'private', author })]),
    ]);
    expect(results[0].conversations[0]?.id).toBe(results[1].conversations[0]?.id);
  });

  it("keeps an author's edit with the earlier text, and marks a removal without losing the text", async () => {
    published.length = 0;
    const original = inboundEvent({ text: 'Where is my order?' });
    const first = await ingest([original]);
    const edited = await ingest([{ ...original, change: 'edit', text: 'Where is my order 77?', sentAt: '2026-11-02T10:00:00.000Z' }]);
    expect(edited.messages).toHaveLength(0);
    const again = await ingest([{ ...original, change: 'edit', text: 'Where is my order 77?', sentAt: '2026-11-02T10:00:00.000Z' }]);
    expect(again.duplicates).toBe(1);
    await ingest([{ ...original, change: 'remove', text: '', sentAt: '2026-11-02T11:00:00.000Z' }]);
    const { items } = await listConversationMessages(store.db, first.conversations[0]!.id);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      text: 'Where is my order 77?', previousTexts: ['Where is my order?'], editedAt: '2026-11-02T10:00:00.000Z', removedAt: '2026-11-02T11:00:00.000Z',
    });
    expect(published.filter((e) => e.type === 'message.updated')).toHaveLength(2);
  });

  it('keeps an edit whose original never arrived as a message of its own', async () => {
    const orphan = inboundEvent({ text: 'edited before we saw it', change: 'edit' });
    const result = await ingest([orphan]);
    expect(result.messages[0]).toMatchObject({ text: 'edited before we saw it', editedAt: orphan.sentAt });
  });

  it('takes a backfill-sized batch in one go: new and returning customers, more rows than one statement binds', async () => {
    const returning = { externalId: 'regular', handle: 'reg', displayName: 'Old Name' };
    await ingest([inboundEvent({ visibility: 'private', author: returning })]);
    const renamed = { ...returning, displayName: 'New Name' };
    const batch = Array.from({ length: 2600 }, (_, i) => inboundEvent({
      visibility: 'private', text: `backfilled ${i}`,
      author: i % 100 === 0 ? renamed : { externalId: `bulk-${i % 1300}`, handle: `b${i % 1300}`, displayName: null },
    }));
    const result = await ingest(batch);
    expect(result.messages).toHaveLength(2600);
    // Every hundredth message is the regular's; the other 2,574 come from 1,287 new customers, two each.
    expect(new Set(result.conversations.map((c) => c.id)).size).toBe(1288);
    const regular = result.conversations.find((c) => c.threadKey === 'dm:regular')!;
    expect(regular.version).toBeGreaterThan(2);
    const contact = await getContact(store.db, channel.workspaceId, regular.contactId);
    expect(contact?.identities[0]?.displayName).toBe('New Name');
    const { items } = await listConversationMessages(store.db, result.conversations.find((c) => c.threadKey === 'dm:bulk-7')!.id);
    expect(items.map((m) => m.text)).toEqual(['backfilled 7', 'backfilled 1307']);
  });
});
