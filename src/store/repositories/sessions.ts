// Web sessions: stored by the hash of their cookie value, so a leaked table opens nothing.
import type { Db } from '../database.ts';

export interface SessionRow {
  id: string; userId: string; workspaceId: string; csrfToken: string; expiresAt: string;
}

export async function insertSession(db: Db, s: SessionRow, now = new Date()): Promise<void> {
  await db.insertInto('sessions').values({
    id: s.id, user_id: s.userId, workspace_id: s.workspaceId, csrf_token: s.csrfToken,
    created_at: now.toISOString(), expires_at: s.expiresAt,
  }).execute();
}

export async function findSession(db: Db, id: string, now = new Date()): Promise<SessionRow | undefined> {
  const row = await db.selectFrom('sessions').selectAll()
    .where('id', '=', id).where('expires_at', '>', now.toISOString()).executeTakeFirst();
  return row && { id: row.id, userId: row.user_id, workspaceId: row.workspace_id, csrfToken: row.csrf_token, expiresAt: row.expires_at };
}

export async function switchSessionWorkspace(db: Db, id: string, workspaceId: string): Promise<void> {
  await db.updateTable('sessions').set({ workspace_id: workspaceId }).where('id', '=', id).execute();
}

export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

export async function deleteSessionsOfUser(db: Db, userId: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}
