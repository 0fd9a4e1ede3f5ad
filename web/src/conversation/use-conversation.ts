// A conversation's detail and the agent's actions on it, each answer written back into the cache.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/http-client.ts';
import { queryKeys } from '../api/query-keys.ts';
import type { Conversation, ConversationDetail, ConversationStatus, Message, ModerationUpdate, MovedToPrivate } from '../api/types.ts';
import { applyConversationToInboxes, knownDecoration } from '../inbox/inbox-cache.ts';
import { addMessageToDetail, applyConversationToDetail, applyMessageUpdateToDetail } from './conversation-cache.ts';

export type ModerationAction = 'hide' | 'unhide' | 'delete';

const detailQuery = (id: string) => ({
  queryKey: queryKeys.conversation(id),
  queryFn: ({ signal }: { signal: AbortSignal }) => api.get<ConversationDetail>(`/api/v1/conversations/${encodeURIComponent(id)}`, signal),
  // The stream keeps an open conversation current.
  staleTime: Infinity,
});

export function useConversationDetail(id: string) {
  return useQuery(detailQuery(id));
}

export function useConversationContactId(id: string | null): string | undefined {
  return useQuery({ ...detailQuery(id ?? ''), enabled: Boolean(id), select: (detail) => detail.conversation.contactId }).data;
}

export function useConversationActions(id: string, meId: string) {
  const client = useQueryClient();
  const path = `/api/v1/conversations/${encodeURIComponent(id)}`;

  const apply = (conversation: Conversation) => {
    applyConversationToDetail(client, conversation);
    applyConversationToInboxes(client, { ...conversation, ...knownDecoration(client, conversation) }, meId);
    return conversation;
  };
  const applyWritten = (answer: { message: Message; conversation: Conversation }) => {
    addMessageToDetail(client, answer.message);
    apply(answer.conversation);
    return answer;
  };

  return {
    assign: (assigneeId: string | null, baseVersion: number) =>
      api.post<Conversation>(`${path}/assign`, { assigneeId, baseVersion }).then(apply),
    setStatus: (status: ConversationStatus, baseVersion: number, snoozedUntil?: string) =>
      api.post<Conversation>(`${path}/status`, { status, baseVersion, ...(snoozedUntil ? { snoozedUntil } : {}) }).then(apply),
    tag: (change: { add?: string[]; remove?: string[] }) =>
      api.post<Conversation>(`${path}/tags`, change).then((c) => {
        void client.invalidateQueries({ queryKey: queryKeys.tags });
        return apply(c);
      }),
    /** piiOverrideReason: a lead's reason to post in public what the PII guard found (audited). */
    reply: (text: string, visibility: 'public' | 'private', baseVersion: number, piiOverrideReason?: string, attachmentIds: string[] = []) =>
      api.post<{ message: Message; conversation: Conversation }>(`${path}/replies`, {
        text, visibility, baseVersion, ...(piiOverrideReason ? { piiOverride: { reason: piiOverrideReason } } : {}),
        ...(attachmentIds.length > 0 ? { attachmentIds } : {}),
      }).then(applyWritten),
    moveToPrivate: (input: { publicText?: string; privateText?: string; baseVersion: number }) =>
      api.post<MovedToPrivate>(`${path}/move-to-private`, input).then((answer) => {
        addMessageToDetail(client, answer.publicReply);
        if (answer.privateReply) addMessageToDetail(client, answer.privateReply);
        apply(answer.conversation);
        return answer;
      }),
    escalate: (teamId: string, note: string, baseVersion: number) =>
      api.post<{ conversation: Conversation; note: Message }>(`${path}/escalate`, { teamId, note, baseVersion })
        .then((answer) => applyWritten({ message: answer.note, conversation: answer.conversation })),
    moderate: (messageId: string, action: ModerationAction) =>
      api.post<{ id: string; moderation: Message['moderation'] }>(`/api/v1/messages/${encodeURIComponent(messageId)}/moderate`, { action })
        .then((answer) => {
          const update: ModerationUpdate = { id: answer.id, conversationId: id, moderation: answer.moderation ?? null };
          applyMessageUpdateToDetail(client, update);
          return update;
        }),
    reveal: (messageId: string) => api.post<{ id: string; text: string }>(`/api/v1/messages/${encodeURIComponent(messageId)}/reveal`, {}),
    note: (text: string) =>
      api.post<{ message: Message; conversation: Conversation }>(`${path}/notes`, { text }).then(applyWritten),
    retry: (messageId: string) => api.post<{ id: string }>(`/api/v1/messages/${encodeURIComponent(messageId)}/retry`, {}),
    refetch: () => client.fetchQuery({
      queryKey: queryKeys.conversation(id), staleTime: 0,
      queryFn: ({ signal }) => api.get<ConversationDetail>(path, signal),
    }),
  };
}

export type ConversationActions = ReturnType<typeof useConversationActions>;
