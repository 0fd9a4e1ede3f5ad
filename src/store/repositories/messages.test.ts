import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, DIALECTS, type TestStore } from '../../../test/support/stores.ts';
import { inboundEvent, seedWorkspaceWithChannel, testSecretBox } from '../../../test/support/fixtures.ts';
import { ingestEvents } from '../../ingest/ingest-events.ts';
import { createMemoryBus } from '../../realtime/event-bus.ts';
import { neutralAnalyzer } from '../../analysis/analyzer.ts';
import type { ChannelWithSecrets } from '../../domain/types.ts';
import { findByExternalIds, insertMessages, listConversationMessages, recordSent, searchMessages } from './messages.ts';

describe.each(DIALECTS)('message search on %s', (dialect) => {
  let store: TestStore;
  let channel: ChannelWithSecrets;
  let otherChannel: ChannelWithSecrets;

  beforeAll(async () => {
    store = await createTestStore(dialect);
    const box = testSecretBox();
    ({ channel } = await seedWorkspaceWithChannel(store.db, box));
    ({ channel: otherChannel } = await seedWorkspaceWithChannel(store.db, box));
    const deps = { db: store.db, dialect, bus: createMemoryBus(), analyze: neutralAnalyzer };
    const texts = ['My refund is late', 'Где мой возврат? refund please', 'İade nerede', 'Gdje je moj povrat', 'Kur ir mana atmaksa?', 'Thanks, all good'];
    for (const text of texts) await ingestEvents(deps, channel, `api:${channel.id}`, [inboundEvent({ text })]);
    await ingestEvents(deps, otherChannel, `api:${otherChannel.id}`, [inboundEvent({ text: 'refund in another workspace' })]);
  });
  afterAll(async () => { await store.dispose(); });

  it('finds words in any script, newest first, within the workspace only', async () => {
    const hits = await searchMessages(store.db, dialect, channel.workspaceId, 'refund');
    expect(hits.items.map((m) => m.text)).toEqual(['Где мой возврат? refund please', 'My refund is late']);
    expect((await searchMessages(store.db, dialect, channel.workspaceId, 'возврат')).items).toHaveLength(1);
    expect((await searchMessages(store.db, dialect, channel.workspaceId, 'atmaksa')).items).toHaveLength(1);
  });

  it('treats search syntax in the query as plain words', async () => {
    for (const q of ['"unbalanced', 'refund OR', 'NEAR(', '*', 'a AND NOT', "'; drop table messages; --", '<script>']) {
      await expect(searchMessages(store.db, dialect, channel.workspaceId, q)).resolves.toBeDefined();
    }
  });

  it('pages back with the before cursor', async () => {
    const all = await searchMessages(store.db, dialect, channel.workspaceId, 'refund', 1);
    expect(all.items).toHaveLength(1);
    expect(all.nextBefore).not.toBeNull();
    const next = await searchMessages(store.db, dialect, channel.workspaceId, 'refund', 1, all.nextBefore!);
    expect(next.items[0]?.text).toBe('My refund is late');
  });
});

describe.each(DIALECTS)('recording a sent reply on %s', (dialect) => {
  it("keeps our reply and drops the network's echo that arrived before the send's answer", async () => {
    const store = await createTestStore(dialect);
    try {
      const { channel } = await seedWorkspaceWithChannel(store.db, testSecretBox());
      const deps = { db: store.db, dialect, bus: createMemoryBus(), analyze: neutralAnalyzer };
      const first = await ingestEvents(deps, channel, `api:${channel.id}`, [inboundEvent({ visibility: 'private', text: 'hi' })]);
      const conversation = first.conversations[0]!;
      // Our queued reply, not yet knowing its network id…
      const ours = { ...first.messages[0]!, id: 'msg_ours', direction: 'out' as const, externalId: null, text: 'our answer', deliveryStatus: 'sending' as const };
      await insertMessages(store.db, [ours]);
      // …while the network's echo of it is ingested first, under the id the send is about to return.
      await ingestEvents(deps, channel, `api:${channel.id}`, [inboundEvent({
        externalId: 'net-777', direction: 'out', visibility: 'private', text: 'our answer',
        author: { externalId: 'brand', handle: 'brand', displayName: 'Brand' }, recipient: { externalId: 'u1', handle: 'ana', displayName: 'Ana' },
      })]);
      const removed = await recordSent(store.db, channel.id, 'msg_ours', 'net-777');
      expect(removed).not.toBeNull();
      const { items } = await listConversationMessages(store.db, conversation.id);
      expect(items.filter((m) => m.externalId === 'net-777').map((m) => m.id)).toEqual(['msg_ours']);
      expect(items.find((m) => m.id === 'msg_ours')?.deliveryStatus).toBe('sent');
    } finally {
      await store.dispose();
    }
  });
});

describe.each(DIALECTS)('looking up a batch by external ids on %s', (dialect) => {
  it('finds ids with quotes, commas, braces, backslashes and the word NULL, and nothing else', async () => {
    const store = await createTestStore(dialect);
    try {
      const { channel } = await seedWorkspaceWithChannel(store.db, testSecretBox());
      const deps = { db: store.db, dialect, bus: createMemoryBus(), analyze: neutralAnalyzer };
      // On PostgreSQL the list travels as one array parameter, whose text form quotes these.
      const hostile = ['a"b', 'c,d', '{e}', 'f\\g', 'NULL', 'h i', "j'k", '🙂'];
      await ingestEvents(deps, channel, `api:${channel.id}`, hostile.map((externalId) => inboundEvent({ externalId })));
      const found = await findByExternalIds(store.db, channel.id, [...hostile, 'never-sent', 'null']);
      expect([...found.keys()].sort()).toEqual([...hostile].sort());
    } finally {
      await store.dispose();
    }
  });
});
