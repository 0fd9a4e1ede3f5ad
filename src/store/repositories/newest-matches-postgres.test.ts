import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestStore, type TestStore } from '../../../test/support/stores.ts';
import { inboundEvent, seedWorkspaceWithChannel, testSecretBox } from '../../../test/support/fixtures.ts';
import { ingestEvents } from '../../ingest/ingest-events.ts';
import { createMemoryBus } from '../../realtime/event-bus.ts';
import { neutralAnalyzer } from '../../analysis/analyzer.ts';
import { newId } from '../../domain/ids.ts';
import type { Message } from '../../domain/types.ts';
import { insertMessages, searchMessages } from './messages.ts';
import { newestMatchesPostgres, type SearchBounds } from './newest-matches-postgres.ts';

// Small bounds, so each of the three steps is taken on a few hundred messages.
const SMALL: SearchBounds = { recentWindow: 20, matchBound: 15, olderWindow: 25 };

/** Which words each message of the history carries, oldest first. */
function wordsOf(i: number): string[] {
  const words = ['every'];
  if (i < 120) words.push('once'); // common long ago, never lately
  if (i % 50 === 7) words.push('rare');
  if (i % 3 === 0) words.push('novi', 'sad'); // always together
  return words;
}

describe('newest-first search on PostgreSQL, in bounded steps', () => {
  let store: TestStore;
  let workspaceId: string;
  const seqsWith = new Map<string, number[]>();
  const textOf = new Map<number, string>();

  beforeAll(async () => {
    store = await createTestStore('postgres');
    const box = testSecretBox();
    const { channel } = await seedWorkspaceWithChannel(store.db, box);
    const { channel: other } = await seedWorkspaceWithChannel(store.db, box);
    workspaceId = channel.workspaceId;
    const deps = { db: store.db, dialect: 'postgres' as const, bus: createMemoryBus(), analyze: neutralAnalyzer };
    const first = (await ingestEvents(deps, channel, `api:${channel.id}`, [inboundEvent({ text: 'hello' })])).messages[0]!;
    const inOther = (await ingestEvents(deps, other, `api:${other.id}`, [inboundEvent({ text: 'every once rare novi sad' })])).messages[0]!;
    const copies: Message[] = [];
    for (let i = 0; i < 300; i++) {
      copies.push({ ...first, id: newId('msg'), externalId: `h-${i}`, text: `${wordsOf(i).join(' ')} ${i}` });
      // The other workspace's messages interleave, matching every word.
      if (i % 10 === 0) copies.push({ ...inOther, id: newId('msg'), externalId: `o-${i}` });
    }
    await insertMessages(store.db, copies);
    const rows = await sql<{ seq: number; text: string }>`select seq, text from messages where workspace_id = ${workspaceId} order by seq desc`.execute(store.db);
    for (const r of rows.rows) textOf.set(Number(r.seq), r.text);
    for (const word of ['every', 'once', 'rare', 'novi sad']) {
      seqsWith.set(word, rows.rows.filter((r) => word.split(' ').every((w) => r.text.split(' ').includes(w))).map((r) => Number(r.seq)));
    }
  });
  afterAll(async () => { await store.dispose(); });

  it('finds the same newest matches as a full sort, whichever step answers, page after page', async () => {
    for (const [word, expected] of seqsWith) {
      expect(expected.length, word).toBeGreaterThan(0);
      for (const limit of [1, 7, 40]) {
        const seen: number[] = [];
        let before: number | undefined;
        for (;;) {
          const page = await newestMatchesPostgres(store.db, workspaceId, word, limit, before, SMALL);
          seen.push(...page);
          if (page.length < limit) break;
          before = page[page.length - 1];
        }
        expect(seen, `${word}, ${limit} per page`).toEqual(expected);
      }
    }
  });

  it('answers with the default bounds too, and through the search the API uses', async () => {
    const page = await searchMessages(store.db, 'postgres', workspaceId, 'novi sad', 5);
    expect(page.items.map((m) => m.text)).toEqual(seqsWith.get('novi sad')!.slice(0, 5).map((seq) => textOf.get(seq)));
    expect(await newestMatchesPostgres(store.db, workspaceId, 'rare', 100)).toEqual(seqsWith.get('rare'));
    expect(await newestMatchesPostgres(store.db, workspaceId, 'absent', 10)).toEqual([]);
  });
});
