// Saved replies: shared and personal answers agents reuse.
import { sql } from 'kysely';
import type { Db } from '../database.ts';
import type { SavedReply } from '../../domain/types.ts';
import type { SavedRepliesTable } from '../schema.ts';
import { newId } from '../../domain/ids.ts';

const toSavedReply = (r: SavedRepliesTable): SavedReply => ({
  id: r.id, workspaceId: r.workspace_id, ownerId: r.owner_id, name: r.name, shortcut: r.shortcut, body: r.body,
  language: r.language, usageCount: Number(r.usage_count),
});

export async function createSavedReply(db: Db, input: Omit<SavedReply, 'id' | 'usageCount'>, now = new Date()): Promise<SavedReply> {
  const row: SavedRepliesTable = {
    id: newId('sr'), workspace_id: input.workspaceId, owner_id: input.ownerId, name: input.name, shortcut: input.shortcut,
    body: input.body, language: input.language, usage_count: 0, created_at: now.toISOString(),
  };
  await db.insertInto('saved_replies').values(row).execute();
  return toSavedReply(row);
}

/** The shared replies and the user's own. */
export async function listSavedReplies(db: Db, workspaceId: string, userId: string | null): Promise<SavedReply[]> {
  const rows = await db.selectFrom('saved_replies').selectAll().where('workspace_id', '=', workspaceId)
    .where((eb) => userId ? eb.or([eb('owner_id', 'is', null), eb('owner_id', '=', userId)]) : eb('owner_id', 'is', null))
    .orderBy('shortcut').execute();
  return rows.map(toSavedReply);
}

export async function countSavedReplyUse(db: Db, workspaceId: string, id: string): Promise<void> {
  await db.updateTable('saved_replies').set({ usage_count: sql<number>`usage_count + 1` })
    .where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
}

export async function getSavedReply(db: Db, workspaceId: string, id: string): Promise<SavedReply | undefined> {
  const r = await db.selectFrom('saved_replies').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
  return r && toSavedReply(r);
}
