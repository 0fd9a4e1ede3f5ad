// A WebSocket client of /api/v1/stream that collects events and waits for the one a test expects.
import WebSocket from 'ws';

export interface StreamEvent { type: string; data: Record<string, unknown> }

export interface StreamClient {
  events: StreamEvent[];
  waitFor(predicate: (e: StreamEvent) => boolean, timeoutMs?: number): Promise<StreamEvent>;
  send(frame: unknown): void;
  close(): void;
}

/** `query` is appended to the stream's address, e.g. `?scope=agent`. */
export async function connectStream(baseUrl: string, headers: Record<string, string>, query = ''): Promise<StreamClient> {
  const socket = new WebSocket(baseUrl.replace(/^http/, 'ws') + '/api/v1/stream' + query, { headers });
  const events: StreamEvent[] = [];
  const waiters: { predicate: (e: StreamEvent) => boolean; resolve: (e: StreamEvent) => void }[] = [];
  socket.on('message', (raw: Buffer) => {
    const event = JSON.parse(raw.toString('utf8')) as StreamEvent;
    events.push(event);
    for (const w of [...waiters]) {
      if (w.predicate(event)) { waiters.splice(waiters.indexOf(w), 1); w.resolve(event); }
    }
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
    socket.once('unexpected-response', (_req, res) => reject(new Error(`stream refused with ${res.statusCode}`)));
  });
  return {
    events,
    waitFor(predicate, timeoutMs = 10_000) {
      const seen = events.find(predicate);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('timed out waiting for a stream event')), timeoutMs);
        waiters.push({ predicate, resolve: (e) => { clearTimeout(timer); resolve(e); } });
      });
    },
    send: (frame) => socket.send(JSON.stringify(frame)),
    close: () => socket.close(),
  };
}
