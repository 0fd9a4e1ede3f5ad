// Who performs a care action that depends on their role: a member of one workspace, maybe through an API token.
import type { Role } from '../domain/types.ts';
import { ParleyError } from '../domain/errors.ts';

export interface ActingMember {
  workspaceId: string;
  /** Null for an API token created without a user (by the CLI). */
  userId: string | null;
  role: Role;
  tokenId?: string | undefined;
}

/** Actions that must name a person (asking for approval, deciding) refuse a token that has none. */
export function actingUserId(actor: ActingMember): string {
  if (!actor.userId) throw new ParleyError('forbidden', 'this action needs a user; the token was created without one');
  return actor.userId;
}
