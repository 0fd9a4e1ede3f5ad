// Who is asking: a signed-in user or an API token, acting in one workspace with one role.
import type { Role } from '../../domain/types.ts';
import { ParleyError } from '../../domain/errors.ts';

export interface Actor {
  kind: 'session' | 'token';
  workspaceId: string;
  /** The user acting; for a token, the user who created it (null for a token made by the CLI alone). */
  userId: string | null;
  role: Role;
  sessionId?: string;
  csrfToken?: string;
  tokenId?: string;
}

const RANK: Record<Role, number> = { viewer: 0, agent: 1, lead: 2, admin: 3 };

/** read: everyone; reply/assign: agents; team setup: leads; channels, users and tokens: admins. */
export function requireRole(actor: Actor, minimum: Role): void {
  if (RANK[actor.role] < RANK[minimum]) {
    throw new ParleyError('forbidden', `this needs the ${minimum} role; you act as ${actor.role}`);
  }
}

export function requireUser(actor: Actor): string {
  if (!actor.userId) throw new ParleyError('forbidden', 'this action needs a user; the token was created without one');
  return actor.userId;
}
