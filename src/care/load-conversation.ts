// Finds a conversation in the actor's workspace, or says it is not there.
import type { Db } from '../store/database.ts';
import type { Conversation } from '../domain/types.ts';
import { notFound } from '../domain/errors.ts';
import { getConversation } from '../store/repositories/conversations.ts';

export async function loadConversation(db: Db, workspaceId: string, id: string): Promise<Conversation> {
  const conversation = await getConversation(db, workspaceId, id);
  if (!conversation) throw notFound('conversation');
  return conversation;
}
