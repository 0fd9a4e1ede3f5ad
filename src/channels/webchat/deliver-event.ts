// The bus event that carries a message to a visitor's sockets, on whichever instance holds them.
import { z } from 'zod';
import type { RealtimeEvent } from '../../realtime/event-bus.ts';
import type { VisitorMessage } from './visitor-message.ts';

export const DELIVER_EVENT = 'webchat.deliver';

export interface Delivery {
  channelId: string;
  visitorId: string;
  message: VisitorMessage;
}

const DeliverySchema = z.object({
  channelId: z.string(),
  visitorId: z.string(),
  message: z.object({
    id: z.string(),
    direction: z.enum(['in', 'out']),
    text: z.string(),
    sentAt: z.string(),
    authorName: z.string().nullable(),
  }),
});

export function deliveryEvent(workspaceId: string, delivery: Delivery): RealtimeEvent {
  return { type: DELIVER_EVENT, workspaceId, data: delivery };
}

/** The delivery an event carries, or null for any other event (or a malformed one). */
export function readDelivery(event: RealtimeEvent): Delivery | null {
  if (event.type !== DELIVER_EVENT) return null;
  const parsed = DeliverySchema.safeParse(event.data);
  return parsed.success ? parsed.data : null;
}
