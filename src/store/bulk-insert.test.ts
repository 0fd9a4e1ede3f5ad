import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, DIALECTS, type TestStore } from '../../test/support/stores.ts';
import { seedWorkspaceWithChannel, testSecretBox } from '../../test/support/fixtures.ts';
import { insertRecords } from './bulk-insert.ts';
import { inboundEvent } from '../../test/support/fixtures.ts';
import { ingestEvents } from '../ingest/ingest-events.ts';
import { createMemoryBus } from '../realtime/event-bus.ts';
import { neutralAnalyzer } from '../analysis/analyzer.ts';
import { newId } from '../domain/ids.ts';
import { insertMessages, listConversationMessages } from './repositories/messages.ts';

describe.each(DIALECTS)('multi-row inserts of records on %s', (dialect) => {
  let store: TestStore;
  let workspaceId: string;
  let channel: Awaited<ReturnType<typeof seedWorkspaceWithChannel>>['channel'];

  beforeAll(async () => {
    store = await createTestStore(dialect);
    ({ channel } = await seedWorkspaceWithChannel(store.db, testSecretBox()));
    workspaceId = channel.workspaceId;
  });
  afterAll(async () => { await store.dispose(); });

  const contact = (i: number, name: string | null) => ({
    id: `ct_${dialect}_${i}`, workspace_id: workspaceId, name, is_vip: i % 2, attributes: '{}', notes: '',
    created_at: '2026-11-25T00:00:00.000Z', updated_at: '2026-11-25T00:00:00.000Z',
  });

  it('stores every row as given, hostile text and nulls included, across as many statements as the limits need', async () => {
    const hostile = '"); drop table contacts; -- \u200b\u202e <script>😀 $1 ? ?1';
    // 4,000 rows of 8 columns is 32,000 parameters: more than one statement takes.
    const rows = Array.from({ length: 4000 }, (_, i) => contact(i, i === 7 ? hostile : i === 8 ? null : `Name ${i}`));
    await insertRecords(store.db, 'contacts', rows);
    const stored = await store.db.selectFrom('contacts').select(['id', 'name', 'is_vip']).where('workspace_id', '=', workspaceId).orderBy('id').execute();
    expect(stored).toHaveLength(4000);
    const byId = new Map(stored.map((r) => [r.id, r]));
    expect(byId.get(`ct_${dialect}_7`)?.name).toBe(hostile);
    expect(byId.get(`ct_${dialect}_8`)?.name).toBeNull();
    expect(Number(byId.get(`ct_${dialect}_9`)?.is_vip)).toBe(1);
  });

  it('refuses rows whose columns differ from the first row, before writing anything', async () => {
    const { notes: _dropped, ...withoutNotes } = contact(6001, 'B');
    await expect(insertRecords(store.db, 'contacts', [contact(6000, 'A'), withoutNotes as ReturnType<typeof contact>])).rejects.toThrow(/no notes/);
    const row = await store.db.selectFrom('contacts').select('id').where('id', '=', `ct_${dialect}_6000`).executeTakeFirst();
    expect(row).toBeUndefined();
  });
  it('gives serial keys in the order the rows were given', async () => {
    const deps = { db: store.db, dialect, bus: createMemoryBus(), analyze: neutralAnalyzer };
    const first = (await ingestEvents(deps, channel, `api:${channel.id}`, [inboundEvent({ text: 'first' })])).messages[0]!;
    const texts = Array.from({ length: 60 }, (_, i) => `in order ${(i * 37) % 60}`);
    await insertMessages(store.db, texts.map((text, i) => ({ ...first, id: newId('msg'), externalId: `order-${i}`, text })));
    const stored = await listConversationMessages(store.db, first.conversationId, 100);
    expect(stored.items.map((m) => m.text)).toEqual(['first', ...texts]);
  });
});
