// Agent WebSocket connections to /api/v1/stream: many held open, scoped as the web app opens them
// (?scope=agent), and one probe, a full-stream client like an integration, that notes when each
// message.created event arrives, keyed by the message's external id.
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';

export interface AgentSockets {
  open(): number;
  /** Close codes the server used, e.g. 1013 for a socket too slow to keep up. */
  closeCodes(): Record<string, number>;
  close(): void;
}

function connect(url: string, token: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { headers: { authorization: `Bearer ${token}` }, perMessageDeflate: false, skipUTF8Validation: true });
    const timer = setTimeout(() => { socket.terminate(); reject(new Error('connect timed out')); }, 20_000);
    socket.once('open', () => { clearTimeout(timer); resolve(socket); });
    socket.once('error', (error) => { clearTimeout(timer); reject(error); });
  });
}

export async function openAgentSockets(baseUrl: string, tokens: string[], count: number): Promise<AgentSockets & { failed: number }> {
  const url = `${baseUrl.replace(/^http/, 'ws')}/api/v1/stream?scope=agent`;
  const sockets: WebSocket[] = [];
  const codes: Record<string, number> = {};
  let failed = 0;
  let next = 0;
  // Fifty handshakes at a time: a crowd of agents logging in, not a thundering herd.
  const worker = async () => {
    while (next < count) {
      const index = next++;
      try {
        const socket = await connect(url, tokens[index % tokens.length]!);
        socket.on('close', (code) => { codes[code] = (codes[code] ?? 0) + 1; });
        socket.on('error', () => {});
        sockets.push(socket);
      } catch {
        failed++;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(50, count) }, worker));
  return {
    failed,
    open: () => sockets.filter((s) => s.readyState === WebSocket.OPEN).length,
    closeCodes: () => ({ ...codes }),
    close: () => { for (const s of sockets) s.terminate(); },
  };
}

export interface Probe {
  /** performance.now() when the message.created event for each external id arrived. */
  arrivals: Map<string, number>;
  isOpen(): boolean;
  /** The server's close code, if it closed the probe (1013: too slow). */
  closeCode(): number | undefined;
  close(): void;
}

export async function openProbe(baseUrl: string, token: string): Promise<Probe> {
  const socket = await connect(`${baseUrl.replace(/^http/, 'ws')}/api/v1/stream`, token);
  const arrivals = new Map<string, number>();
  socket.on('message', (raw: Buffer) => {
    const at = performance.now();
    const event = JSON.parse(raw.toString('utf8')) as { type: string; data?: { externalId?: string | null } };
    if (event.type === 'message.created' && event.data?.externalId) arrivals.set(event.data.externalId, at);
  });
  let closeCode: number | undefined;
  socket.on('close', (code) => { closeCode = code; });
  socket.on('error', () => {});
  return { arrivals, isOpen: () => socket.readyState === WebSocket.OPEN, closeCode: () => closeCode, close: () => socket.terminate() };
}
