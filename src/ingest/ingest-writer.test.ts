import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, DIALECTS, type TestStore } from '../../test/support/stores.ts';
import { inboundEvent, seedWorkspaceWithChannel, testSecretBox } from '../../test/support/fixtures.ts';
import { createIngestWriter, type IngestWriter } from './ingest-writer.ts';
import { createMemoryBus, type RealtimeEvent } from '../realtime/event-bus.ts';
import { neutralAnalyzer } from '../analysis/analyzer.ts';
import type { ChannelWithSecrets } from '../domain/types.ts';
import { searchMessages } from '../store/repositories/messages.ts';

describe.each(DIALECTS)('group commit on %s', (dialect) => {
  let store: TestStore;
  let channel: ChannelWithSecrets;
  let writer: IngestWriter;
  const published: RealtimeEvent[] = [];

  beforeAll(async () => {
    store = await createTestStore(dialect);
    ({ channel } = await seedWorkspaceWithChannel(store.db, testSecretBox()));
    const bus = createMemoryBus();
    bus.subscribe((e) => published.push(e));
    writer = createIngestWriter({ db: store.db, dialect, bus, analyze: neutralAnalyzer });
  });
  afterAll(async () => { await store.dispose(); });

  it('stores every batch of a concurrent burst and publishes each message once', async () => {
    published.length = 0;
    const batches = Array.from({ length: 40 }, (_, i) => [
      inboundEvent({ text: `burst ${i} a`, author: { externalId: `b${i % 5}`, handle: null, displayName: null } }),
      inboundEvent({ text: `burst ${i} b`, visibility: 'private', author: { externalId: `b${i % 5}`, handle: null, displayName: null } }),
    ]);
    const results = await Promise.all(batches.map((events) => writer.submit(channel, `api:${channel.id}`, events)));
    expect(results.reduce((n, r) => n + r.messages.length, 0)).toBe(80);
    expect(published.filter((e) => e.type === 'message.created')).toHaveLength(80);
    // Five customers, one private thread each, however the burst was grouped.
    const privateThreads = new Set(results.flatMap((r) => r.conversations).filter((c) => c.kind === 'private').map((c) => c.id));
    expect(privateThreads.size).toBe(5);
  });

  it('fails only the bad batch of a group, storing its neighbours', async () => {
    const good = [inboundEvent({ text: 'neighbour survives kiwi' })];
    const bad = [inboundEvent({ text: null as unknown as string })];
    const outcomes = await Promise.allSettled([
      writer.submit(channel, `api:${channel.id}`, good),
      writer.submit(channel, `api:${channel.id}`, bad),
      writer.submit(channel, `api:${channel.id}`, [inboundEvent({ text: 'second neighbour kiwi' })]),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const hits = await searchMessages(store.db, dialect, channel.workspaceId, 'kiwi');
    expect(hits.items).toHaveLength(2);
  });

  it("gives each delivery of a channel written together its own result, a redelivered event counted once", async () => {
    const shared = inboundEvent({ text: 'sent twice by the network', author: { externalId: 'dup', handle: null, displayName: null } });
    const deliveries = [
      [inboundEvent({ text: 'one a' }), shared],
      [shared, inboundEvent({ text: 'two a', visibility: 'private', author: { externalId: 'solo', handle: null, displayName: null } })],
      [inboundEvent({ text: 'three a' })],
    ];
    // Submitted in one turn, they wait behind a first write and are grouped for the next.
    const first = writer.submit(channel, `api:${channel.id}`, [inboundEvent({ text: 'opens the group' })]);
    const results = await Promise.all(deliveries.map((events) => writer.submit(channel, `api:${channel.id}`, events)));
    await first;
    expect(results.map((r) => [r.accepted, r.duplicates, r.messages.map((m) => m.text)])).toEqual([
      [2, 0, ['one a', 'sent twice by the network']],
      [2, 1, ['two a']],
      [1, 0, ['three a']],
    ]);
    expect(results[1]!.conversations.map((c) => c.threadKey)).toEqual(['dm:solo']);
    expect(results[0]!.conversations.map((c) => c.id)).toEqual(results[0]!.messages.map((m) => m.conversationId));
  });
  it('refuses deliveries with 503 and a retry time while too many events wait, and takes them again once written', async () => {
    const small = createIngestWriter({ db: store.db, dialect, bus: createMemoryBus(), analyze: neutralAnalyzer }, { maxQueuedEvents: 5 });
    const three = (tag: string) => Array.from({ length: 3 }, (_, i) => inboundEvent({ text: `queued ${tag} ${i}` }));
    const first = small.submit(channel, `api:${channel.id}`, three('a'));
    const refused = small.submit(channel, `api:${channel.id}`, three('b'));
    await expect(refused).rejects.toMatchObject({ code: 'unavailable', status: 503, details: { retryAfterSeconds: 1 } });
    expect((await first).messages).toHaveLength(3);
    // Written, so there is room again; and a delivery larger than the bound is taken when nothing waits.
    expect((await small.submit(channel, `api:${channel.id}`, three('c'))).messages).toHaveLength(3);
    const large = Array.from({ length: 8 }, (_, i) => inboundEvent({ text: `large delivery ${i}` }));
    expect((await small.submit(channel, `api:${channel.id}`, large)).messages).toHaveLength(8);
  });
});
