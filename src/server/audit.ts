// Records an admin action in the audit log on behalf of the actor who made it.
import type { Services } from './services.ts';
import type { Actor } from './auth/actor.ts';
import { recordAudit } from '../store/repositories/audit-log.ts';

export function auditAction(services: Services, actor: Actor, action: string, targetType: string, targetId: string | null,
  details: Record<string, unknown> = {}): Promise<void> {
  return recordAudit(services.store.db, {
    workspaceId: actor.workspaceId, actorUserId: actor.userId, actorTokenId: actor.tokenId ?? null,
    action, targetType, targetId, details,
  }, services.now());
}
