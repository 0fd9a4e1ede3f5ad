// Goodwill: each role's limits per currency, and the gestures agents recorded or asked a lead for.
import type { Db } from '../database.ts';
import type { GoodwillRequestsTable } from '../schema.ts';
import type { Role } from '../../domain/types.ts';
import type { GoodwillDecision, GoodwillLimit, GoodwillRequest, GoodwillStatus } from '../../domain/goodwill.ts';

export async function listGoodwillLimits(db: Db, workspaceId: string): Promise<GoodwillLimit[]> {
  const rows = await db.selectFrom('goodwill_limits').select(['role', 'currency', 'max_amount_minor'])
    .where('workspace_id', '=', workspaceId).orderBy('role').orderBy('currency').execute();
  return rows.map((r) => ({ role: r.role as Role, currency: r.currency, maxAmountMinor: Number(r.max_amount_minor) }));
}

/** Replaces one role's limits (every currency) at once; a currency left out has no limit any more. */
export async function replaceRoleLimits(db: Db, workspaceId: string, role: Role, limits: { currency: string; maxAmountMinor: number }[], now = new Date()): Promise<void> {
  await db.deleteFrom('goodwill_limits').where('workspace_id', '=', workspaceId).where('role', '=', role).execute();
  if (limits.length === 0) return;
  await db.insertInto('goodwill_limits').values(limits.map((l) => ({
    workspace_id: workspaceId, role, currency: l.currency, max_amount_minor: l.maxAmountMinor, updated_at: now.toISOString(),
  }))).execute();
}

type RequestRow = GoodwillRequestsTable & { requester_name: string | null; decider_name: string | null };

const toRequest = (r: RequestRow): GoodwillRequest => ({
  id: r.id, workspaceId: r.workspace_id, conversationId: r.conversation_id, requestedBy: r.requested_by, requestedByName: r.requester_name,
  requestedRole: r.requested_role as Role, amountMinor: Number(r.amount_minor), currency: r.currency, limitMinor: Number(r.limit_minor),
  reason: r.reason, status: r.status as GoodwillStatus, decidedBy: r.decided_by, decidedByName: r.decider_name,
  decisionNote: r.decision_note, createdAt: r.created_at, decidedAt: r.decided_at,
});

function selectRequests(db: Db) {
  return db.selectFrom('goodwill_requests')
    .leftJoin('users as requester', 'requester.id', 'goodwill_requests.requested_by')
    .leftJoin('users as decider', 'decider.id', 'goodwill_requests.decided_by')
    .selectAll('goodwill_requests')
    .select(['requester.name as requester_name', 'decider.name as decider_name']);
}

export type NewGoodwillRequest = Omit<GoodwillRequest, 'requestedByName' | 'decidedByName'>;

export async function insertGoodwillRequest(db: Db, request: NewGoodwillRequest): Promise<void> {
  await db.insertInto('goodwill_requests').values({
    id: request.id, workspace_id: request.workspaceId, conversation_id: request.conversationId, requested_by: request.requestedBy,
    requested_role: request.requestedRole, amount_minor: request.amountMinor, currency: request.currency, limit_minor: request.limitMinor,
    reason: request.reason, status: request.status, decided_by: request.decidedBy, decision_note: request.decisionNote,
    created_at: request.createdAt, decided_at: request.decidedAt,
  }).execute();
}

export async function getGoodwillRequest(db: Db, workspaceId: string, id: string): Promise<GoodwillRequest | undefined> {
  const r = await selectRequests(db).where('goodwill_requests.workspace_id', '=', workspaceId).where('goodwill_requests.id', '=', id).executeTakeFirst();
  return r && toRequest(r);
}

/**
 * Decides a pending request. Only a request still pending changes, so of two leads deciding at
 * once exactly one wins; the other is told (false) rather than overwriting the first decision.
 */
export async function decidePendingRequest(db: Db, workspaceId: string, id: string,
  decision: { status: GoodwillDecision; decidedBy: string; note: string | null; at: string }): Promise<boolean> {
  const res = await db.updateTable('goodwill_requests')
    .set({ status: decision.status, decided_by: decision.decidedBy, decision_note: decision.note, decided_at: decision.at })
    .where('workspace_id', '=', workspaceId).where('id', '=', id).where('status', '=', 'pending').executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

export interface GoodwillRequestFilter {
  status?: GoodwillStatus | undefined;
  conversationId?: string | undefined;
}

/** Newest first, keyset-paged by id (ids are time-ordered); each filter has its own index. */
export async function listGoodwillRequests(db: Db, workspaceId: string, filter: GoodwillRequestFilter, limit: number, beforeId?: string): Promise<{ items: GoodwillRequest[]; nextBefore: string | null }> {
  let q = selectRequests(db).where('goodwill_requests.workspace_id', '=', workspaceId);
  if (filter.status) q = q.where('goodwill_requests.status', '=', filter.status);
  if (filter.conversationId) q = q.where('goodwill_requests.conversation_id', '=', filter.conversationId);
  if (beforeId) q = q.where('goodwill_requests.id', '<', beforeId);
  const rows = await q.orderBy('goodwill_requests.id', 'desc').limit(limit + 1).execute();
  const items = rows.slice(0, limit).map(toRequest);
  return { items, nextBefore: rows.length > limit ? items[items.length - 1]!.id : null };
}
