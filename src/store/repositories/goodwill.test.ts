import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestStore, DIALECTS, type TestStore } from '../../../test/support/stores.ts';
import { newId } from '../../domain/ids.ts';
import type { GoodwillStatus } from '../../domain/goodwill.ts';
import { createWorkspace } from './workspaces.ts';
import { decidePendingRequest, insertGoodwillRequest, listGoodwillRequests } from './goodwill.ts';

describe.each(DIALECTS)('goodwill requests in the store on %s', (dialect) => {
  let store: TestStore;
  let workspaceId: string;
  const statuses: GoodwillStatus[] = ['pending', 'granted', 'pending', 'approved', 'pending', 'declined', 'pending'];

  beforeAll(async () => {
    store = await createTestStore(dialect);
    workspaceId = (await createWorkspace(store.db, 'Acme')).id;
    for (const [i, status] of [...statuses, ...statuses].entries()) {
      await insertGoodwillRequest(store.db, {
        id: newId('gw'), workspaceId, conversationId: i % 2 ? 'cv_a' : 'cv_b', requestedBy: 'usr_x', requestedRole: 'agent',
        amountMinor: 100 + i, currency: 'EUR', limitMinor: 100, reason: `r${i}`, status, decidedBy: null, decisionNote: null,
        createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(), decidedAt: null,
      });
    }
  });
  afterAll(async () => { await store.dispose(); });

  it('pages the pending requests newest first by keyset, without gaps or repeats', async () => {
    const seen: number[] = [];
    let before: string | undefined;
    do {
      const page = await listGoodwillRequests(store.db, workspaceId, { status: 'pending' }, 3, before);
      seen.push(...page.items.map((r) => r.amountMinor));
      before = page.nextBefore ?? undefined;
    } while (before);
    expect(seen).toEqual([113, 111, 109, 107, 106, 104, 102, 100]);
  });

  it('filters by conversation too', async () => {
    const page = await listGoodwillRequests(store.db, workspaceId, { conversationId: 'cv_a', status: 'pending' }, 50);
    expect(page.items.map((r) => r.amountMinor)).toEqual([113, 111, 109, 107]);
  });

  it('decides only a request still pending', async () => {
    const [first] = (await listGoodwillRequests(store.db, workspaceId, { status: 'pending' }, 1)).items;
    const at = new Date().toISOString();
    expect(await decidePendingRequest(store.db, workspaceId, first!.id, { status: 'approved', decidedBy: 'usr_l', note: null, at })).toBe(true);
    expect(await decidePendingRequest(store.db, workspaceId, first!.id, { status: 'declined', decidedBy: 'usr_m', note: 'no', at })).toBe(false);
    expect(await decidePendingRequest(store.db, 'ws_other', first!.id, { status: 'declined', decidedBy: 'usr_m', note: 'no', at })).toBe(false);
  });

  it('answers the leads\' pending list from its index', async () => {
    if (dialect === 'sqlite') {
      const plan = await sql<{ detail: string }>`explain query plan select * from goodwill_requests
        where workspace_id = ${workspaceId} and status = 'pending' order by id desc limit 50`.execute(store.db);
      const detail = plan.rows.map((r) => r.detail).join(' ');
      expect(detail).toContain('goodwill_requests_by_status');
      expect(detail).not.toContain('TEMP B-TREE');
    } else {
      await sql`set enable_seqscan = off`.execute(store.db);
      const plan = await sql<{ 'QUERY PLAN': string }>`explain select * from goodwill_requests
        where workspace_id = ${workspaceId} and status = 'pending' order by id desc limit 50`.execute(store.db);
      expect(plan.rows.map((r) => r['QUERY PLAN']).join(' ')).toContain('goodwill_requests_by_status');
    }
  });
});
