// Which workspace and which admin a command acts for when the command line does not say.
import type { Db } from '../store/database.ts';
import type { User, Workspace } from '../domain/types.ts';
import { notFound } from '../domain/errors.ts';
import { createWorkspace, firstWorkspace, getWorkspace } from '../store/repositories/workspaces.ts';
import { listMembers } from '../store/repositories/users.ts';

export const DEFAULT_WORKSPACE_NAME = 'My brand';

/** The named workspace, or the first one, created as "My brand" on a fresh instance. */
export async function resolveWorkspace(db: Db, workspaceId: string | undefined): Promise<Workspace> {
  if (workspaceId) {
    const workspace = await getWorkspace(db, workspaceId);
    if (!workspace) throw notFound(`workspace ${workspaceId}`);
    return workspace;
  }
  return (await firstWorkspace(db)) ?? createWorkspace(db, DEFAULT_WORKSPACE_NAME);
}

/** The longest-standing admin of the workspace, if it has any. */
export async function firstAdminOf(db: Db, workspaceId: string): Promise<User | undefined> {
  const admins = (await listMembers(db, workspaceId)).filter((m) => m.role === 'admin');
  admins.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  const first = admins[0];
  return first && { id: first.id, email: first.email, name: first.name, createdAt: first.createdAt };
}
