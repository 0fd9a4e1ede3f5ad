// The visitor sockets open on this instance, by visitor (one per tab), with heartbeat and backpressure.
import type { WebSocket } from 'ws';

/** A socket that has this much unsent is too slow to keep: it reconnects and reloads history. */
const MAX_BUFFERED_BYTES = 1024 * 1024;
const HEARTBEAT_MS = 30_000;

export interface VisitorSockets {
  add(channelId: string, visitorId: string, socket: WebSocket): void;
  /** Sends one already-serialised frame to every tab of the visitor; returns how many got it. */
  send(channelId: string, visitorId: string, frame: string): number;
  countOf(channelId: string, visitorId: string): number;
  close(): void;
}

export const visitorKey = (channelId: string, visitorId: string): string => `${channelId}:${visitorId}`;

export function createVisitorSockets(): VisitorSockets {
  const byVisitor = new Map<string, Set<WebSocket>>();
  const alive = new WeakSet<WebSocket>();

  // Proxies drop quiet connections; a ping keeps them open and finds the ones that died silently.
  const heartbeat = setInterval(() => {
    for (const sockets of byVisitor.values()) {
      for (const socket of sockets) {
        if (!alive.has(socket)) { socket.terminate(); continue; }
        alive.delete(socket);
        socket.ping();
      }
    }
  }, HEARTBEAT_MS);
  heartbeat.unref();

  return {
    add(channelId, visitorId, socket) {
      const key = visitorKey(channelId, visitorId);
      let sockets = byVisitor.get(key);
      if (!sockets) { sockets = new Set(); byVisitor.set(key, sockets); }
      sockets.add(socket);
      alive.add(socket);
      socket.on('pong', () => alive.add(socket));
      socket.once('close', () => {
        sockets.delete(socket);
        if (sockets.size === 0 && byVisitor.get(key) === sockets) byVisitor.delete(key);
      });
    },
    send(channelId, visitorId, frame) {
      const sockets = byVisitor.get(visitorKey(channelId, visitorId));
      if (!sockets) return 0;
      let sent = 0;
      for (const socket of sockets) {
        if (socket.readyState !== socket.OPEN) continue;
        if (socket.bufferedAmount > MAX_BUFFERED_BYTES) { socket.terminate(); continue; }
        socket.send(frame);
        sent++;
      }
      return sent;
    },
    countOf(channelId, visitorId) {
      return byVisitor.get(visitorKey(channelId, visitorId))?.size ?? 0;
    },
    close() {
      clearInterval(heartbeat);
      byVisitor.clear();
    },
  };
}
