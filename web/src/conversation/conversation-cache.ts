// Applies stream events and the server's answers to a cached conversation detail.
import type { QueryClient } from '@tanstack/react-query';
import type { Conversation, ConversationDetail, MessageUpdate, ThreadMessage } from '../api/types.ts';
import { queryKeys } from '../api/query-keys.ts';

export function applyConversationToDetail(client: QueryClient, conversation: Conversation): void {
  client.setQueryData<ConversationDetail>(queryKeys.conversation(conversation.id), (detail) => {
    if (!detail || detail.conversation.version > conversation.version) return detail;
    return { ...detail, conversation, priority: { score: conversation.priority, factors: conversation.priorityFactors } };
  });
}

export function addMessageToDetail(client: QueryClient, message: ThreadMessage): void {
  client.setQueryData<ConversationDetail>(queryKeys.conversation(message.conversationId), (detail) => {
    if (!detail) return detail;
    const index = detail.messages.findIndex((m) => m.id === message.id);
    if (index >= 0) {
      // Keep a delivery status that the stream has already moved past "queued".
      const current = detail.messages[index]!;
      const merged = current.deliveryStatus !== message.deliveryStatus && current.deliveryStatus !== 'queued' ? { ...message, deliveryStatus: current.deliveryStatus, deliveryError: current.deliveryError } : message;
      return { ...detail, messages: detail.messages.map((m, i) => (i === index ? merged : m)) };
    }
    return { ...detail, messages: [...detail.messages, message] };
  });
}

function isWholeMessage(update: MessageUpdate): update is ThreadMessage {
  return 'direction' in update && 'text' in update;
}

/** One message.updated event applied to the message it names: a delivery step, a moderation, or an edit. */
export function mergeMessageUpdate(message: ThreadMessage, update: MessageUpdate): ThreadMessage {
  if (isWholeMessage(update)) return { ...message, ...update };
  if ('deliveryStatus' in update) {
    return { ...message, deliveryStatus: update.deliveryStatus, deliveryError: update.deliveryError, externalId: update.externalId ?? message.externalId };
  }
  return { ...message, moderation: update.moderation };
}

export function applyMessageUpdateToDetail(client: QueryClient, update: MessageUpdate): void {
  client.setQueryData<ConversationDetail>(queryKeys.conversation(update.conversationId), (detail) => {
    if (!detail || !detail.messages.some((m) => m.id === update.id)) return detail;
    return { ...detail, messages: detail.messages.map((m) => (m.id === update.id ? mergeMessageUpdate(m, update) : m)) };
  });
}

/** The network echoed a reply back as its own message: the echo is dropped, the reply stays. */
export function removeMessageFromDetail(client: QueryClient, removed: { id: string; conversationId: string }): void {
  client.setQueryData<ConversationDetail>(queryKeys.conversation(removed.conversationId), (detail) => {
    if (!detail || !detail.messages.some((m) => m.id === removed.id)) return detail;
    return { ...detail, messages: detail.messages.filter((m) => m.id !== removed.id) };
  });
}
