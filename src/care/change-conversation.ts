// The shape every state change shares: load, check the version, apply, commit, announce — and
// remember who changed what, so a colleague's stale action can be told.
import type { Conversation } from '../domain/types.ts';
import type { Db } from '../store/database.ts';
import { updateConversation, type ConversationPatch } from '../store/repositories/conversations.ts';
import { getUser } from '../store/repositories/users.ts';
import type { CareDeps } from './care-deps.ts';
import { loadConversation } from './load-conversation.ts';

export interface ChangeTarget {
  workspaceId: string;
  conversationId: string;
  baseVersion?: number | undefined;
  /** The acting user (null for the system: the scheduler, an API token without a user). */
  userId: string | null;
}

export interface Decision {
  patch: ConversationPatch;
  /** What happened, in words a colleague reads: "assigned it to Ana", "resolved it". */
  what: string;
}

export async function actorName(db: Db, userId: string | null): Promise<string | null> {
  if (!userId) return null;
  return (await getUser(db, userId))?.name ?? null;
}

export async function changeConversation(deps: CareDeps, target: ChangeTarget,
  decide: (conversation: Conversation, db: Db) => Promise<Decision>): Promise<Conversation> {
  const now = deps.now();
  const updated = await deps.store.db.transaction().execute(async (db) => {
    const conversation = await loadConversation(db, target.workspaceId, target.conversationId);
    const { patch, what } = await decide(conversation, db);
    return updateConversation(db, conversation, patch, {
      ...(target.baseVersion !== undefined ? { expectedVersion: target.baseVersion } : {}),
      now, change: { byUserId: target.userId, byName: await actorName(db, target.userId), what },
    });
  });
  deps.bus.publish({ type: 'conversation.updated', workspaceId: target.workspaceId, data: updated });
  return updated;
}
