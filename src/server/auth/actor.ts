// Who is asking: a signed-in user or an API token, acting in one workspace with one role.
import type { Role } from '../../domain/types.ts';
import { ParleyError } from '../../domain/errors.ts';
import { actingUserId } from '../../care/acting-member.ts';

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

/** The user acting; a token created without one (by the CLI) is refused. The care layer's own rule. */
export const requireUser: (actor: Actor) => string = actingUserId;
