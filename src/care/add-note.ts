// An internal note: seen by the team, never sent to the customer; @mentions notify colleagues.
import type { Conversation, Message } from '../domain/types.ts';
import { ParleyError } from '../domain/errors.ts';
import { newId } from '../domain/ids.ts';
import { insertMessages } from '../store/repositories/messages.ts';
import { updateConversation } from '../store/repositories/conversations.ts';
import { getUser, listMembers } from '../store/repositories/users.ts';
import { findMentions } from '../domain/mentions.ts';
import { snippetOf } from '../domain/snippet.ts';
import { notifyUsers, publishNotifications } from './notify.ts';
import type { CareDeps } from './care-deps.ts';
import { loadConversation } from './load-conversation.ts';

export async function addNote(deps: CareDeps, input: { workspaceId: string; conversationId: string; userId: string | null; text: string; baseVersion?: number | undefined }): Promise<{ message: Message; conversation: Conversation; mentioned: string[] }> {
  const text = input.text.trim();
  if (!text) throw new ParleyError('validation_failed', 'the note is empty');
  const now = deps.now();
  const result = await deps.store.db.transaction().execute(async (db) => {
    const conversation = await loadConversation(db, input.workspaceId, input.conversationId);
    const author = input.userId ? await getUser(db, input.userId) : undefined;
    const message: Message = {
      id: newId('msg'), workspaceId: input.workspaceId, conversationId: conversation.id, channelId: conversation.channelId,
      direction: 'note', visibility: 'private', externalId: null, inReplyToExternalId: null, authorType: 'user',
      authorId: input.userId, authorName: author?.name ?? null, text, attachments: [], language: null, sentiment: null,
      sentimentScore: null, urgency: 0, intents: [], pii: [], deliveryStatus: null, deliveryError: null,
      sentAt: now.toISOString(), createdAt: now.toISOString(),
    };
    const updated = await updateConversation(db, conversation, {}, {
      ...(input.baseVersion !== undefined ? { expectedVersion: input.baseVersion } : {}), now,
      change: { byUserId: input.userId, byName: author?.name ?? null, what: 'added a note' },
    });
    await insertMessages(db, [message]);
    const members = await listMembers(db, input.workspaceId);
    const mentioned = findMentions(text, members).filter((id) => id !== input.userId);
    const notifications = await notifyUsers(db, mentioned.map((userId) => ({
      workspaceId: input.workspaceId, userId, kind: 'mention' as const, conversationId: conversation.id, byUserId: input.userId,
      text: `${author?.name ?? 'A colleague'} mentioned you: ${snippetOf(text, 0)}`, createdAt: now.toISOString(),
    })));
    return { message, conversation: updated, notifications };
  });
  publishNotifications(deps.bus, result.notifications);
  deps.bus.publish({ type: 'message.created', workspaceId: input.workspaceId, data: result.message });
  deps.bus.publish({ type: 'conversation.updated', workspaceId: input.workspaceId, data: result.conversation });
  return { message: result.message, conversation: result.conversation, mentioned: result.notifications.map((n) => n.userId) };
}
