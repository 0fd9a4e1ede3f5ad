// The audit log: who did what to which thing, readable by admins, never edited.
import type { Db } from '../database.ts';
import { newId } from '../../domain/ids.ts';
import { fromJson, toJson } from '../json-columns.ts';

export interface AuditEntry {
  id: string;
  workspaceId: string;
  actorUserId: string | null;
  actorTokenId: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  details: Record<string, unknown>;
  createdAt: string;
}

export async function recordAudit(db: Db, entry: Omit<AuditEntry, 'id' | 'createdAt'>, now = new Date()): Promise<void> {
  await db.insertInto('audit_log').values({
    id: newId('aud', now.getTime()), workspace_id: entry.workspaceId, actor_user_id: entry.actorUserId,
    actor_token_id: entry.actorTokenId, action: entry.action, target_type: entry.targetType, target_id: entry.targetId,
    details: toJson(entry.details), created_at: now.toISOString(),
  }).execute();
}

export async function listAudit(db: Db, workspaceId: string, limit: number, beforeId?: string): Promise<{ items: AuditEntry[]; nextBefore: string | null }> {
  let q = db.selectFrom('audit_log').selectAll().where('workspace_id', '=', workspaceId);
  if (beforeId) q = q.where('id', '<', beforeId);
  const rows = await q.orderBy('id', 'desc').limit(limit + 1).execute();
  const items = rows.slice(0, limit).map((r) => ({
    id: r.id, workspaceId: r.workspace_id, actorUserId: r.actor_user_id, actorTokenId: r.actor_token_id, action: r.action,
    targetType: r.target_type, targetId: r.target_id, details: fromJson<Record<string, unknown>>(r.details, {}), createdAt: r.created_at,
  }));
  return { items, nextBefore: rows.length > limit ? items[items.length - 1]!.id : null };
}
