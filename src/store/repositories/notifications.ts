// Notifications: what a user was told (mentioned, escalated to), kept until read.
import type { Db } from '../database.ts';
import { newId } from '../../domain/ids.ts';
import type { NotificationsTable } from '../schema.ts';

export interface Notification {
  id: string; workspaceId: string; userId: string; kind: 'mention' | 'escalation' | 'goodwill' | 'channel'; conversationId: string | null;
  byUserId: string | null; text: string; createdAt: string; readAt: string | null;
}

const toNotification = (r: NotificationsTable): Notification => ({
  id: r.id, workspaceId: r.workspace_id, userId: r.user_id, kind: r.kind as Notification['kind'], conversationId: r.conversation_id,
  byUserId: r.by_user_id, text: r.text, createdAt: r.created_at, readAt: r.read_at,
});

export async function insertNotifications(db: Db, items: Omit<Notification, 'id' | 'readAt'>[]): Promise<Notification[]> {
  if (items.length === 0) return [];
  const rows: NotificationsTable[] = items.map((n) => ({
    id: newId('ntf'), workspace_id: n.workspaceId, user_id: n.userId, kind: n.kind, conversation_id: n.conversationId,
    by_user_id: n.byUserId, text: n.text, created_at: n.createdAt, read_at: null,
  }));
  await db.insertInto('notifications').values(rows).execute();
  return rows.map(toNotification);
}

export async function listNotifications(db: Db, workspaceId: string, userId: string, onlyUnread: boolean, limit = 50): Promise<Notification[]> {
  let q = db.selectFrom('notifications').selectAll().where('workspace_id', '=', workspaceId).where('user_id', '=', userId);
  if (onlyUnread) q = q.where('read_at', 'is', null);
  return (await q.orderBy('id', 'desc').limit(limit).execute()).map(toNotification);
}

export async function markNotificationRead(db: Db, workspaceId: string, userId: string, id: string, at: string): Promise<boolean> {
  const res = await db.updateTable('notifications').set({ read_at: at })
    .where('workspace_id', '=', workspaceId).where('user_id', '=', userId).where('id', '=', id).executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}
