// The signed-in agent's unread notifications (mentions, escalations), live from the stream.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/http-client.ts';
import { queryKeys } from '../api/query-keys.ts';
import type { ListOf, Notification } from '../api/types.ts';
import { addUnreadNotification, dropUnreadNotification } from './notification-cache.ts';

export function useUnreadNotifications() {
  return useQuery({
    queryKey: queryKeys.unreadNotifications,
    queryFn: ({ signal }) => api.get<ListOf<Notification>>('/api/v1/notifications?unread=true', signal),
    // notification.created keeps it current; a reconnect refetches everything.
    staleTime: Infinity,
    select: (list) => list.items,
  });
}

export function useMarkNotificationRead() {
  const client = useQueryClient();
  return async (notification: Notification) => {
    dropUnreadNotification(client, notification.id);
    try {
      await api.post(`/api/v1/notifications/${encodeURIComponent(notification.id)}/read`, {});
    } catch (error) {
      // Still unread on the server: show it again rather than lose it.
      addUnreadNotification(client, notification);
      throw error;
    }
  };
}
