// Gets a store ready for the demo: an admin who can sign in, the "Demo feed" api channel, an API token.
import { randomBytes } from 'node:crypto';
import type { ParleyConfig } from '../../config.ts';
import type { Db } from '../../store/database.ts';
import type { ChannelWithSecrets, Workspace } from '../../domain/types.ts';
import type { SecretBox } from '../../store/secret-box.ts';
import type { ChannelRegistry } from '../../channels/registry.ts';
import { ParleyError } from '../../domain/errors.ts';
import { createAdmin } from '../../care/create-admin.ts';
import { connectChannel } from '../../care/connect-channel.ts';
import { createApiToken } from '../../care/create-api-token.ts';
import { hashPassword } from '../../server/auth/passwords.ts';
import { findUserByEmail, setPassword } from '../../store/repositories/users.ts';
import { listWorkspacesOfUser } from '../../store/repositories/workspaces.ts';
import { getChannelWithSecrets, listChannels } from '../../store/repositories/channels.ts';

export const DEMO_EMAIL = 'demo@parley.local';
export const DEMO_WORKSPACE_NAME = 'Aurora Mobile (demo)';
export const DEMO_CHANNEL_NAME = 'Demo feed';

export interface DemoLogin {
  email: string;
  /** null when the password is the operator's own PARLEY_ADMIN_PASSWORD, which is not echoed. */
  password: string | null;
  userId: string;
  workspace: Workspace;
}

async function workspaceOf(db: Db, userId: string): Promise<Workspace> {
  const [workspace] = await listWorkspacesOfUser(db, userId);
  if (!workspace) throw new ParleyError('conflict', `user ${userId} belongs to no workspace`);
  return { id: workspace.id, name: workspace.name, createdAt: workspace.createdAt };
}

/**
 * The operator's PARLEY_ADMIN_EMAIL account when the server made one; otherwise demo@parley.local,
 * whose password is new on every run so it can be printed (only its hash is ever stored).
 */
export async function ensureDemoLogin(db: Db, config: ParleyConfig): Promise<DemoLogin> {
  if (config.adminEmail && config.adminPassword) {
    const admin = await findUserByEmail(db, config.adminEmail);
    if (admin) return { email: admin.email, password: null, userId: admin.id, workspace: await workspaceOf(db, admin.id) };
  }
  const password = randomBytes(12).toString('base64url');
  const existing = await findUserByEmail(db, DEMO_EMAIL);
  if (existing) {
    await setPassword(db, existing.id, await hashPassword(password));
    return { email: DEMO_EMAIL, password, userId: existing.id, workspace: await workspaceOf(db, existing.id) };
  }
  const { user, workspace } = await createAdmin(db, { email: DEMO_EMAIL, password, name: 'Demo Admin', workspaceName: DEMO_WORKSPACE_NAME });
  return { email: DEMO_EMAIL, password, userId: user.id, workspace };
}

export async function findDemoChannel(db: Db, box: SecretBox, workspaceId: string): Promise<ChannelWithSecrets | undefined> {
  const channel = (await listChannels(db, workspaceId)).find((c) => c.network === 'api' && c.name === DEMO_CHANNEL_NAME);
  return channel && getChannelWithSecrets(db, box, channel.id);
}

/** The loopback port an earlier demo run's receiver used, so this run can listen there again. */
export function receiverPortOf(channel: ChannelWithSecrets | undefined): number | undefined {
  if (!channel) return undefined;
  try {
    const url = new URL(String(channel.config.deliveryUrl ?? ''));
    return url.hostname === '127.0.0.1' && url.port ? Number(url.port) : undefined;
  } catch {
    return undefined;
  }
}

export async function connectDemoChannel(db: Db, box: SecretBox, registry: ChannelRegistry, workspaceId: string, deliveryUrl: string):
  Promise<{ channel: ChannelWithSecrets; secret: string }> {
  const { channel, shownOnce } = await connectChannel(db, box, registry, {
    workspaceId, network: 'api', name: DEMO_CHANNEL_NAME, config: { deliveryUrl },
  });
  const secret = shownOnce.secret;
  if (!secret) throw new ParleyError('conflict', 'the api channel gave no secret');
  return { channel: { ...channel, secrets: { secret } }, secret };
}

export async function createDemoToken(db: Db, login: DemoLogin): Promise<string> {
  const { token } = await createApiToken(db, {
    workspaceId: login.workspace.id, name: 'demo', scopes: ['admin'], createdBy: login.userId, expiresInDays: 30,
  });
  return token;
}
