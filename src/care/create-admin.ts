// Makes an admin user, in the first workspace (created if there is none yet).
import type { Db } from '../store/database.ts';
import type { User, Workspace } from '../domain/types.ts';
import { ParleyError } from '../domain/errors.ts';
import { hashPassword } from '../server/auth/passwords.ts';
import { addMembership, createUser, findUserByEmail } from '../store/repositories/users.ts';
import { createWorkspace, firstWorkspace, getWorkspace } from '../store/repositories/workspaces.ts';

export async function createAdmin(db: Db, input: { email: string; password: string; name: string; workspaceId?: string; workspaceName?: string }): Promise<{ user: User; workspace: Workspace }> {
  if (input.password.length < 8) throw new ParleyError('validation_failed', 'the password must be at least 8 characters');
  const passwordHash = await hashPassword(input.password);
  return db.transaction().execute(async (trx) => {
    if (await findUserByEmail(trx, input.email)) throw new ParleyError('conflict', `a user with email ${input.email} exists`);
    const workspace = input.workspaceId
      ? await getWorkspace(trx, input.workspaceId)
      : (await firstWorkspace(trx)) ?? await createWorkspace(trx, input.workspaceName ?? 'My brand');
    if (!workspace) throw new ParleyError('not_found', 'workspace not found');
    const user = await createUser(trx, { email: input.email, name: input.name, passwordHash });
    await addMembership(trx, { workspaceId: workspace.id, userId: user.id, role: 'admin', skills: [] });
    return { user, workspace };
  });
}
