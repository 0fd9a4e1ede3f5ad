// The outbox: replies waiting to be sent, claimed by indexed status and due time.
import type { Db } from '../database.ts';
import type { Dialect } from '../dialect.ts';
import type { OutboxTable } from '../schema.ts';

export type OutboxStatus = 'queued' | 'sending' | 'sent' | 'failed';

export interface OutboxItem {
  id: string; workspaceId: string; channelId: string; conversationId: string; messageId: string;
  idempotencyKey: string; status: OutboxStatus; attempts: number; nextAttemptAt: string; lastError: string | null;
}

const toItem = (r: OutboxTable): OutboxItem => ({
  id: r.id, workspaceId: r.workspace_id, channelId: r.channel_id, conversationId: r.conversation_id,
  messageId: r.message_id, idempotencyKey: r.idempotency_key, status: r.status as OutboxStatus,
  attempts: r.attempts, nextAttemptAt: r.next_attempt_at, lastError: r.last_error,
});

export async function enqueueOutbox(db: Db, item: Omit<OutboxItem, 'status' | 'attempts' | 'lastError'>, now: string): Promise<void> {
  await db.insertInto('outbox').values({
    id: item.id, workspace_id: item.workspaceId, channel_id: item.channelId, conversation_id: item.conversationId,
    message_id: item.messageId, idempotency_key: item.idempotencyKey, status: 'queued', attempts: 0,
    next_attempt_at: item.nextAttemptAt, lease_until: null, last_error: null, created_at: now, updated_at: now,
  }).execute();
}

/**
 * Claims due work: queued rows whose time has come, and 'sending' rows whose lease ran out
 * (their sender died mid-send; the idempotency key makes the second attempt safe).
 */
export async function claimDueOutbox(db: Db, dialect: Dialect, now: Date, leaseMs: number, limit: number): Promise<OutboxItem[]> {
  const at = now.toISOString();
  const leaseUntil = new Date(now.getTime() + leaseMs).toISOString();
  const claim = async (status: 'queued' | 'sending', dueColumn: 'next_attempt_at' | 'lease_until') => {
    let pick = db.selectFrom('outbox').select('id').where('status', '=', status).where(dueColumn, '<=', at)
      .orderBy(dueColumn).limit(limit);
    if (dialect === 'postgres') pick = pick.forUpdate().skipLocked();
    return db.updateTable('outbox')
      .set({ status: 'sending', lease_until: leaseUntil, updated_at: at })
      .where('id', 'in', pick)
      .returningAll()
      .execute();
  };
  const rows = [...await claim('sending', 'lease_until'), ...await claim('queued', 'next_attempt_at')];
  return rows.map(toItem);
}

export async function markOutboxSent(db: Db, id: string, now: Date): Promise<void> {
  await db.updateTable('outbox').set({ status: 'sent', lease_until: null, last_error: null, updated_at: now.toISOString() })
    .where('id', '=', id).execute();
}

export async function rescheduleOutbox(db: Db, id: string, attempts: number, nextAttemptAt: Date, error: string, now: Date): Promise<void> {
  await db.updateTable('outbox').set({
    status: 'queued', attempts, next_attempt_at: nextAttemptAt.toISOString(), lease_until: null, last_error: error,
    updated_at: now.toISOString(),
  }).where('id', '=', id).execute();
}

export async function markOutboxFailed(db: Db, id: string, attempts: number, error: string, now: Date): Promise<void> {
  await db.updateTable('outbox').set({ status: 'failed', attempts, lease_until: null, last_error: error, updated_at: now.toISOString() })
    .where('id', '=', id).execute();
}

export async function getOutboxByMessage(db: Db, messageId: string): Promise<OutboxItem | undefined> {
  const r = await db.selectFrom('outbox').selectAll().where('message_id', '=', messageId).executeTakeFirst();
  return r && toItem(r);
}

/** Puts a failed item back in the queue (the agent pressed retry). */
export async function requeueOutbox(db: Db, id: string, now: Date): Promise<void> {
  await db.updateTable('outbox').set({ status: 'queued', next_attempt_at: now.toISOString(), lease_until: null, updated_at: now.toISOString() })
    .where('id', '=', id).where('status', '=', 'failed').execute();
}

export async function nextOutboxDueAt(db: Db): Promise<string | undefined> {
  const r = await db.selectFrom('outbox').select('next_attempt_at').where('status', '=', 'queued')
    .orderBy('next_attempt_at').limit(1).executeTakeFirst();
  return r?.next_attempt_at;
}
