// The TanStack Query keys in one place, so the stream knows which cache entries an event touches.
import type { InboxFilter } from '../inbox/inbox-filter.ts';

export const queryKeys = {
  me: ['me'] as const,
  inboxAll: ['inbox'] as const,
  inbox: (filter: InboxFilter) => ['inbox', filter] as const,
  views: ['views'] as const,
  conversation: (id: string) => ['conversation', id] as const,
  contact: (id: string) => ['contact', id] as const,
  channels: ['channels'] as const,
  tags: ['tags'] as const,
  teams: ['teams'] as const,
  users: ['users'] as const,
  savedReplies: ['saved-replies'] as const,
  unreadNotifications: ['notifications', 'unread'] as const,
  /** Tags and the latest inbound message are in the key: either changes which playbooks apply. */
  conversationPlaybooks: (id: string, tags: readonly string[], lastInboundAt: string | null) => ['playbooks', 'conversation', id, tags.join('\n'), lastInboundAt] as const,
  playbooksAll: ['playbooks'] as const,
  goodwillAll: ['goodwill'] as const,
  goodwillLimits: ['goodwill', 'limits'] as const,
  conversationGoodwill: (id: string) => ['goodwill', 'conversation', id] as const,
  prioritySettings: ['priority-settings'] as const,
};
