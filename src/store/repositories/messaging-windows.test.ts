import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestStore, DIALECTS } from '../../../test/support/stores.ts';

describe.each(DIALECTS)('the closing-windows range on %s', (dialect) => {
  it('reads the awaiting-reply index range in order, without sorting the workspace', async () => {
    const store = await createTestStore(dialect);
    try {
      const query = sql`select * from conversations where workspace_id = ${'ws'} and needs_reply = 1 and kind = 'private'
        and last_inbound_at > ${'2026-11-23T10:00:00.000Z'} and last_inbound_at <= ${'2026-11-23T16:00:00.000Z'}
        and channel_id in (${'ch_1'}, ${'ch_2'}) and status != 'resolved' order by last_inbound_at asc, id asc limit 50`;
      if (dialect === 'sqlite') {
        const plan = await sql<{ detail: string }>`explain query plan ${query}`.execute(store.db);
        const detail = plan.rows.map((r) => r.detail).join(' ');
        expect(detail).toContain('conversations_awaiting_reply_by_last_inbound');
        expect(detail).not.toContain('TEMP B-TREE');
      } else {
        await sql`set enable_seqscan = off`.execute(store.db);
        const plan = await sql<{ 'QUERY PLAN': string }>`explain ${query}`.execute(store.db);
        expect(plan.rows.map((r) => r['QUERY PLAN']).join(' ')).toContain('conversations_awaiting_reply_by_last_inbound');
      }
    } finally {
      await store.dispose();
    }
  });
});
