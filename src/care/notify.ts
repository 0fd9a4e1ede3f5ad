// Tells colleagues about something: stores the notification and pushes it to them alone.
import type { Db } from '../store/database.ts';
import type { EventBus } from '../realtime/event-bus.ts';
import { insertNotifications, type Notification } from '../store/repositories/notifications.ts';

export async function notifyUsers(db: Db, items: Omit<Notification, 'id' | 'readAt'>[]): Promise<Notification[]> {
  return insertNotifications(db, items);
}

/** After the commit: each notification goes to its user's streams only. */
export function publishNotifications(bus: EventBus, notifications: Notification[]): void {
  for (const n of notifications) {
    bus.publish({ type: 'notification.created', workspaceId: n.workspaceId, audienceUserId: n.userId, data: n });
  }
}
