// Saved inbox views: each is a name for an inbox query, kept for one agent or shared with the workspace.
import type { Db } from '../database.ts';
import type { SavedViewsTable } from '../schema.ts';
import { newId } from '../../domain/ids.ts';

export interface SavedView {
  id: string;
  workspaceId: string;
  /** null when the view is shared with everyone in the workspace. */
  userId: string | null;
  name: string;
  /** The inbox list's query string, e.g. "status=open&assignee=me". */
  query: string;
  position: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

function toSavedView(r: SavedViewsTable): SavedView {
  return {
    id: r.id, workspaceId: r.workspace_id, userId: r.user_id, name: r.name, query: r.query, position: Number(r.position),
    createdBy: r.created_by, createdAt: r.created_at, updatedAt: r.updated_at,
  };
}

/** The views one user sees: the workspace's shared views and their own, in their set order. */
export async function listSavedViews(db: Db, workspaceId: string, userId: string | null): Promise<SavedView[]> {
  const rows = await db.selectFrom('saved_views').selectAll()
    .where('workspace_id', '=', workspaceId)
    .where((eb) => (userId ? eb.or([eb('user_id', 'is', null), eb('user_id', '=', userId)]) : eb('user_id', 'is', null)))
    .orderBy('position').orderBy('created_at').orderBy('id')
    .execute();
  return rows.map(toSavedView);
}

export async function getSavedView(db: Db, workspaceId: string, id: string): Promise<SavedView | undefined> {
  const row = await db.selectFrom('saved_views').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
  return row && toSavedView(row);
}

export interface NewSavedView { workspaceId: string; userId: string | null; name: string; query: string; createdBy: string }

export async function createSavedView(db: Db, view: NewSavedView, now = new Date()): Promise<SavedView> {
  const last = await db.selectFrom('saved_views').select((eb) => eb.fn.max('position').as('p'))
    .where('workspace_id', '=', view.workspaceId).executeTakeFirst();
  const row: SavedViewsTable = {
    id: newId('view'), workspace_id: view.workspaceId, user_id: view.userId, name: view.name, query: view.query,
    position: Number(last?.p ?? 0) + 1, created_by: view.createdBy, created_at: now.toISOString(), updated_at: now.toISOString(),
  };
  await db.insertInto('saved_views').values(row).execute();
  return toSavedView(row);
}

export type SavedViewChange = Partial<Pick<SavedView, 'name' | 'query' | 'position' | 'userId'>>;

export async function updateSavedView(db: Db, workspaceId: string, id: string, change: SavedViewChange, now = new Date()): Promise<SavedView | undefined> {
  await db.updateTable('saved_views').set({
    ...(change.name !== undefined ? { name: change.name } : {}),
    ...(change.query !== undefined ? { query: change.query } : {}),
    ...(change.position !== undefined ? { position: change.position } : {}),
    ...(change.userId !== undefined ? { user_id: change.userId } : {}),
    updated_at: now.toISOString(),
  }).where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
  return getSavedView(db, workspaceId, id);
}

export async function deleteSavedView(db: Db, workspaceId: string, id: string): Promise<void> {
  await db.deleteFrom('saved_views').where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
}
