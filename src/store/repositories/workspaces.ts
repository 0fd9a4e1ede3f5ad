// Workspaces: the brands a Parley instance serves, each isolated from the others.
import type { Db } from '../database.ts';
import type { Workspace } from '../../domain/types.ts';
import { newId } from '../../domain/ids.ts';

export async function createWorkspace(db: Db, name: string, now = new Date()): Promise<Workspace> {
  const row = { id: newId('ws'), name, created_at: now.toISOString() };
  await db.insertInto('workspaces').values(row).execute();
  return { id: row.id, name, createdAt: row.created_at };
}

export async function getWorkspace(db: Db, id: string): Promise<Workspace | undefined> {
  const row = await db.selectFrom('workspaces').selectAll().where('id', '=', id).executeTakeFirst();
  return row && { id: row.id, name: row.name, createdAt: row.created_at };
}

export async function firstWorkspace(db: Db): Promise<Workspace | undefined> {
  const row = await db.selectFrom('workspaces').selectAll().orderBy('id').limit(1).executeTakeFirst();
  return row && { id: row.id, name: row.name, createdAt: row.created_at };
}

export async function listWorkspacesOfUser(db: Db, userId: string): Promise<(Workspace & { role: string })[]> {
  const rows = await db.selectFrom('workspaces')
    .innerJoin('memberships', 'memberships.workspace_id', 'workspaces.id')
    .select(['workspaces.id', 'workspaces.name', 'workspaces.created_at', 'memberships.role'])
    .where('memberships.user_id', '=', userId)
    .orderBy('workspaces.name')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, createdAt: r.created_at, role: r.role }));
}
