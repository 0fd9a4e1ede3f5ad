// The event bus: what changed, fanned out to every server instance's stream clients.
import { Redis } from 'ioredis';

export interface RealtimeEvent {
  type: string;
  workspaceId: string;
  data: unknown;
  /** Set when the event is for one user only (their notifications). */
  audienceUserId?: string;
}

export type EventHandler = (event: RealtimeEvent, serialized: string) => void;

export interface EventBus {
  publish(event: RealtimeEvent): void;
  subscribe(handler: EventHandler): () => void;
  close(): Promise<void>;
}

/** Serialises once per event; every subscriber gets the same string to send on. */
export function serializeEvent(event: RealtimeEvent): string {
  return JSON.stringify({ type: event.type, data: event.data });
}

export function createMemoryBus(): EventBus {
  const handlers = new Set<EventHandler>();
  return {
    publish(event) {
      if (handlers.size === 0) return;
      const serialized = serializeEvent(event);
      for (const h of handlers) h(event, serialized);
    },
    subscribe(handler) {
      handlers.add(handler);
      return () => handlers.delete(handler);
    },
    async close() { handlers.clear(); },
  };
}

/** Scaled mode: each instance publishes to Redis and delivers what Redis sends back. */
export async function createRedisBus(url: string, channel = 'parley:events'): Promise<EventBus> {
  const publisher = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 3 });
  const subscriber = new Redis(url, { lazyConnect: true });
  await publisher.connect();
  await subscriber.connect();
  const handlers = new Set<EventHandler>();
  subscriber.on('message', (_channel: string, message: string) => {
    let parsed: RealtimeEvent;
    try {
      parsed = JSON.parse(message) as RealtimeEvent;
    } catch {
      return;
    }
    const event: RealtimeEvent = {
      type: parsed.type, workspaceId: parsed.workspaceId, data: parsed.data,
      ...(parsed.audienceUserId ? { audienceUserId: parsed.audienceUserId } : {}),
    };
    const serialized = serializeEvent(event);
    for (const h of handlers) h(event, serialized);
  });
  await subscriber.subscribe(channel);
  return {
    publish(event) {
      void publisher.publish(channel, JSON.stringify(event)).catch(() => {
        // A lost realtime event is repaired by the next refetch; the data itself is committed.
      });
    },
    subscribe(handler) {
      handlers.add(handler);
      return () => handlers.delete(handler);
    },
    async close() {
      handlers.clear();
      subscriber.disconnect();
      await publisher.quit().catch(() => publisher.disconnect());
    },
  };
}
