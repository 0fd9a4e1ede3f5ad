// One WebSocket to /api/v1/stream per signed-in tab: fans events out to listeners, reconnects with backoff.
import type { PresenceState, StreamEvent } from './types.ts';

export type StreamStatus = 'connecting' | 'live' | 'offline';
type Listener = (event: StreamEvent) => void;

const MAX_BACKOFF_MS = 15_000;

export class StreamConnection {
  private socket: WebSocket | null = null;
  private readonly listeners = new Set<Listener>();
  private readonly statusListeners = new Set<() => void>();
  private attempt = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private isClosed = false;
  status: StreamStatus = 'connecting';

  /**
   * onLive runs on every (re)connect: events sent while the socket was not open are not replayed,
   * so whatever was fetched before must be fetched again.
   */
  constructor(private readonly onLive: () => void) {
    this.open();
  }

  private open(): void {
    const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
    // Agent scope: messages of the conversations on screen, the rest of the inbox as digests.
    const socket = new WebSocket(`${scheme}//${location.host}/api/v1/stream?scope=agent`);
    this.socket = socket;
    socket.addEventListener('open', () => {
      this.attempt = 0;
      this.setStatus('live');
      this.onLive();
    });
    socket.addEventListener('message', (message: MessageEvent<string>) => {
      let event: StreamEvent;
      try {
        event = JSON.parse(message.data) as StreamEvent;
      } catch {
        return;
      }
      for (const listener of this.listeners) listener(event);
    });
    socket.addEventListener('close', () => {
      if (this.socket !== socket) return;
      this.socket = null;
      if (this.isClosed) return;
      this.setStatus('offline');
      const delay = Math.min(MAX_BACKOFF_MS, 500 * 2 ** this.attempt++) * (0.75 + Math.random() / 2);
      this.retryTimer = setTimeout(() => this.open(), delay);
    });
  }

  private setStatus(status: StreamStatus): void {
    this.status = status;
    for (const listener of this.statusListeners) listener();
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  subscribeStatus(listener: () => void): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  sendPresence(conversationId: string, state: PresenceState): void {
    if (this.socket?.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify({ type: 'presence', conversationId, state }));
  }

  close(): void {
    this.isClosed = true;
    clearTimeout(this.retryTimer);
    this.socket?.close(1000, 'signed out');
    this.socket = null;
  }
}
