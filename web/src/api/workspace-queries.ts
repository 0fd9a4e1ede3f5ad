// Workspace lists many views share: members, channels, tags, saved replies.
import { useQuery } from '@tanstack/react-query';
import { api } from './http-client.ts';
import { queryKeys } from './query-keys.ts';
import type { ChannelListing, ListOf, Member, SavedReply, Tag, Team } from './types.ts';

const FIVE_MINUTES = 5 * 60_000;

export function useMembers() {
  return useQuery({
    queryKey: queryKeys.users, staleTime: FIVE_MINUTES,
    queryFn: ({ signal }) => api.get<ListOf<Member>>('/api/v1/users', signal),
    select: (list) => list.items,
  });
}

export function useChannels() {
  return useQuery({
    queryKey: queryKeys.channels, staleTime: FIVE_MINUTES,
    queryFn: ({ signal }) => api.get<ListOf<ChannelListing>>('/api/v1/channels', signal),
    select: (list) => list.items,
  });
}

export function useTeams() {
  return useQuery({
    queryKey: queryKeys.teams, staleTime: FIVE_MINUTES,
    queryFn: ({ signal }) => api.get<ListOf<Team>>('/api/v1/teams', signal),
    select: (list) => list.items,
  });
}

export function useTags() {
  return useQuery({
    queryKey: queryKeys.tags, staleTime: FIVE_MINUTES,
    queryFn: ({ signal }) => api.get<ListOf<Tag>>('/api/v1/tags', signal),
    select: (list) => list.items,
  });
}

export function useSavedReplies() {
  return useQuery({
    queryKey: queryKeys.savedReplies, staleTime: FIVE_MINUTES,
    queryFn: ({ signal }) => api.get<ListOf<SavedReply>>('/api/v1/saved-replies', signal),
    select: (list) => list.items,
  });
}

export function memberName(members: Member[] | undefined, id: string | null): string | null {
  if (!id) return null;
  return members?.find((m) => m.id === id)?.name ?? 'Someone';
}
