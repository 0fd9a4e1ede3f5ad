// Tags: the workspace's labels for conversations.
import type { Db } from '../database.ts';
import type { Tag } from '../../domain/types.ts';
import { newId } from '../../domain/ids.ts';

export async function listTags(db: Db, workspaceId: string): Promise<Tag[]> {
  const rows = await db.selectFrom('tags').selectAll().where('workspace_id', '=', workspaceId).orderBy('name').execute();
  return rows.map((r) => ({ id: r.id, workspaceId: r.workspace_id, name: r.name, color: r.color }));
}

/** Tags are created on first use; naming one twice returns the first. */
export async function ensureTags(db: Db, workspaceId: string, names: string[], now = new Date()): Promise<void> {
  for (const name of new Set(names)) {
    await db.insertInto('tags').values({ id: newId('tag'), workspace_id: workspaceId, name, color: null, created_at: now.toISOString() })
      .onConflict((oc) => oc.columns(['workspace_id', 'name']).doNothing()).execute();
  }
}
