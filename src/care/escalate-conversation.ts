// Escalation: hands a conversation to another team's queue with a note saying why, and tells the team.
import type { Conversation, Message } from '../domain/types.ts';
import { ParleyError } from '../domain/errors.ts';
import { newId } from '../domain/ids.ts';
import { insertMessages } from '../store/repositories/messages.ts';
import { updateConversation } from '../store/repositories/conversations.ts';
import { getTeam } from '../store/repositories/teams.ts';
import type { CareDeps } from './care-deps.ts';
import { actorName } from './change-conversation.ts';
import { loadConversation } from './load-conversation.ts';
import { notifyUsers, publishNotifications } from './notify.ts';

export interface EscalateInput {
  workspaceId: string;
  conversationId: string;
  userId: string | null;
  teamId: string;
  note: string;
  baseVersion?: number | undefined;
}

export async function escalateConversation(deps: CareDeps, input: EscalateInput): Promise<{ conversation: Conversation; note: Message }> {
  const note = input.note.trim();
  if (!note) throw new ParleyError('validation_failed', 'say why in the note: the next team starts from it');
  const now = deps.now();
  const result = await deps.store.db.transaction().execute(async (db) => {
    const conversation = await loadConversation(db, input.workspaceId, input.conversationId);
    const team = await getTeam(db, input.workspaceId, input.teamId);
    if (!team) throw new ParleyError('validation_failed', 'no such team in this workspace');
    const name = await actorName(db, input.userId);
    const message: Message = {
      id: newId('msg'), workspaceId: input.workspaceId, conversationId: conversation.id, channelId: conversation.channelId,
      direction: 'note', visibility: 'private', externalId: null, inReplyToExternalId: null, authorType: 'user',
      authorId: input.userId, authorName: name, text: `Escalated to ${team.name}: ${note}`, attachments: [], language: null,
      sentiment: null, sentimentScore: null, urgency: 0, intents: [], pii: [], deliveryStatus: null, deliveryError: null,
      sentAt: now.toISOString(), createdAt: now.toISOString(),
    };
    // Unassigned, in the new team's queue: its own assignment policy takes it from there.
    const updated = await updateConversation(db, conversation, { teamId: team.id, assigneeId: null, status: 'open' }, {
      ...(input.baseVersion !== undefined ? { expectedVersion: input.baseVersion } : {}), now,
      change: { byUserId: input.userId, byName: name, what: `escalated it to ${team.name}` },
    });
    await insertMessages(db, [message]);
    const notifications = await notifyUsers(db, team.memberIds.filter((id) => id !== input.userId).map((userId) => ({
      workspaceId: input.workspaceId, userId, kind: 'escalation' as const, conversationId: conversation.id, byUserId: input.userId,
      text: `${name ?? 'A colleague'} escalated a conversation to ${team.name}: ${note.slice(0, 200)}`, createdAt: now.toISOString(),
    })));
    return { conversation: updated, note: message, notifications };
  });
  deps.bus.publish({ type: 'message.created', workspaceId: input.workspaceId, data: result.note });
  deps.bus.publish({ type: 'conversation.updated', workspaceId: input.workspaceId, data: result.conversation });
  publishNotifications(deps.bus, result.notifications);
  return { conversation: result.conversation, note: result.note };
}
