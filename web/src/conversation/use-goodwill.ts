// Goodwill for one conversation: the limits, its gestures, and recording or deciding one (answers written into the cache).
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/http-client.ts';
import { queryKeys } from '../api/query-keys.ts';
import type { GoodwillLimit, GoodwillOutcome, GoodwillRequestPage, ListOf } from '../api/types.ts';
import { applyConversationToInboxes, knownDecoration } from '../inbox/inbox-cache.ts';
import { addMessageToDetail, applyConversationToDetail } from './conversation-cache.ts';

/** The latest gestures of a conversation are few; older ones stay in the audit log and the notes. */
const SHOWN_GESTURES = 20;

export function useGoodwillLimits() {
  return useQuery({
    queryKey: queryKeys.goodwillLimits,
    queryFn: ({ signal }) => api.get<ListOf<GoodwillLimit>>('/api/v1/goodwill/limits', signal),
    select: (list) => list.items,
  });
}

export function useConversationGoodwill(conversationId: string) {
  return useQuery({
    queryKey: queryKeys.conversationGoodwill(conversationId),
    queryFn: ({ signal }) => api.get<GoodwillRequestPage>(
      `/api/v1/goodwill/requests?conversationId=${encodeURIComponent(conversationId)}&limit=${SHOWN_GESTURES}`, signal),
    select: (page) => page.items,
  });
}

export function useGoodwillActions(conversationId: string, meId: string) {
  const client = useQueryClient();
  const apply = (outcome: GoodwillOutcome) => {
    addMessageToDetail(client, outcome.note);
    applyConversationToDetail(client, outcome.conversation);
    applyConversationToInboxes(client, { ...outcome.conversation, ...knownDecoration(client, outcome.conversation) }, meId);
    void client.invalidateQueries({ queryKey: queryKeys.goodwillAll });
    return outcome;
  };
  return {
    record: (input: { amountMinor: number; currency: string; reason: string }) =>
      api.post<GoodwillOutcome>(`/api/v1/conversations/${encodeURIComponent(conversationId)}/goodwill`, input).then(apply),
    decide: (requestId: string, decision: 'approve' | 'decline', note: string) =>
      api.post<GoodwillOutcome>(`/api/v1/goodwill/requests/${encodeURIComponent(requestId)}/${decision}`, note ? { note } : {}).then(apply),
    refetch: () => client.invalidateQueries({ queryKey: queryKeys.goodwillAll }),
  };
}

export type GoodwillActions = ReturnType<typeof useGoodwillActions>;
