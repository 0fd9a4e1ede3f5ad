// Creates the first admin (and the first workspace) from PARLEY_ADMIN_EMAIL / PARLEY_ADMIN_PASSWORD.
import type { Logger } from 'pino';
import type { Db } from '../store/database.ts';
import type { ParleyConfig } from '../config.ts';
import { createAdmin } from '../care/create-admin.ts';
import { findUserByEmail } from '../store/repositories/users.ts';

export async function ensureFirstAdmin(db: Db, config: ParleyConfig, logger: Logger): Promise<void> {
  if (!config.adminEmail || !config.adminPassword) return;
  if (await findUserByEmail(db, config.adminEmail)) return;
  const { user, workspace } = await createAdmin(db, { email: config.adminEmail, password: config.adminPassword, name: 'Admin' });
  logger.info({ userId: user.id, workspaceId: workspace.id }, 'first admin created');
}
