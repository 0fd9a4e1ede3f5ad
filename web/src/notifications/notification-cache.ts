// Keeps the cached unread notifications true to the stream and to what the agent has read.
import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '../api/query-keys.ts';
import type { ListOf, Notification } from '../api/types.ts';

export function addUnreadNotification(client: QueryClient, notification: Notification): void {
  client.setQueryData<ListOf<Notification>>(queryKeys.unreadNotifications, (list) => {
    // Not fetched yet: the first fetch brings it.
    if (!list || list.items.some((n) => n.id === notification.id)) return list;
    return { items: [notification, ...list.items] };
  });
}

export function dropUnreadNotification(client: QueryClient, id: string): void {
  client.setQueryData<ListOf<Notification>>(queryKeys.unreadNotifications, (list) => list && { items: list.items.filter((n) => n.id !== id) });
}
