// /api/v1/stream: pushes the workspace's events to agents and carries their presence.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { WebSocket } from 'ws';
import { z } from 'zod';
import type { Services } from '../server/services.ts';
import { authenticate } from '../server/auth/authenticate.ts';
import type { Actor } from '../server/auth/actor.ts';
import { ParleyError } from '../domain/errors.ts';
import { sendProblem } from '../server/problem.ts';
import { getUser } from '../store/repositories/users.ts';

/**
 * A socket this far behind is too slow to serve: it is closed (1013) and the client refetches,
 * rather than the server buffering for it without end. Two thousand agents at this cap is a
 * bounded 1 GB at worst; a normal agent is never near it.
 */
const MAX_BUFFERED_BYTES = 512 * 1024;

const PresenceFrame = z.object({
  type: z.literal('presence'),
  conversationId: z.string().max(64),
  state: z.enum(['viewing', 'typing', 'left']),
});

declare module 'fastify' {
  interface FastifyRequest { streamActor?: Actor }
}

function sameOrigin(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (!origin) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

type StreamClient = Actor & { name: string };

interface Queued { audienceUserId: string | undefined; payload: Buffer }

/**
 * The TCP socket under a WebSocket. ws keeps it as `_socket`; corking it lets a whole turn's
 * events leave in one write instead of one system call each. Without it, sends just go one by one.
 */
function transportOf(socket: WebSocket): { cork(): void; uncork(): void } | undefined {
  const transport = (socket as unknown as { _socket?: { cork?: unknown; uncork?: unknown } })._socket;
  return transport && typeof transport.cork === 'function' && typeof transport.uncork === 'function'
    ? transport as { cork(): void; uncork(): void } : undefined;
}

export function registerStream(app: FastifyInstance, services: Services): void {
  // By workspace, so an event touches only the agents who may see it.
  const sockets = new Map<string, Map<WebSocket, StreamClient>>();
  // Events published during this turn of the event loop, sent together at its end: a webhook batch
  // of a hundred messages costs each agent's socket one write, not three hundred.
  let queued = new Map<string, Queued[]>();
  let isFlushScheduled = false;

  const flush = () => {
    isFlushScheduled = false;
    const batches = queued;
    queued = new Map();
    for (const [workspaceId, events] of batches) {
      for (const [socket, client] of sockets.get(workspaceId) ?? []) {
        if (socket.readyState !== socket.OPEN) continue;
        const transport = transportOf(socket);
        transport?.cork();
        for (const event of events) {
          if (event.audienceUserId && client.userId !== event.audienceUserId) continue;
          // Checked before each send: a burst can put a slow socket over the cap within one batch.
          if (socket.bufferedAmount > MAX_BUFFERED_BYTES) {
            socket.close(1013, 'too slow: reconnect and refetch');
            break;
          }
          // One JSON event per frame, as the stream's contract says; encoded once for every socket.
          socket.send(event.payload, { binary: false });
        }
        transport?.uncork();
      }
    }
  };

  const unsubscribe = services.bus.subscribe((event, serialized) => {
    if (event.type.startsWith('webchat.') || !sockets.has(event.workspaceId)) return;
    let list = queued.get(event.workspaceId);
    if (!list) queued.set(event.workspaceId, list = []);
    list.push({ audienceUserId: event.audienceUserId, payload: Buffer.from(serialized) });
    if (!isFlushScheduled) {
      isFlushScheduled = true;
      setImmediate(flush);
    }
  });
  app.addHook('onClose', async () => {
    unsubscribe();
    for (const clients of sockets.values()) for (const socket of clients.keys()) socket.close(1001, 'server shutting down');
  });

  app.get('/api/v1/stream', {
    websocket: true,
    schema: { hide: true },
    preValidation: async (request, reply) => {
      try {
        const actor = await authenticate(services.store.db, request, services.now());
        // A cookie rides along on a cross-site WebSocket too: only our own pages may use it.
        if (actor.kind === 'session' && !sameOrigin(request)) throw new ParleyError('forbidden', 'cross-origin stream refused');
        request.streamActor = actor;
      } catch (error) {
        return sendProblem(reply, error, request);
      }
    },
  }, async (socket, request) => {
    const actor = request.streamActor!;
    const user = actor.userId ? await getUser(services.store.db, actor.userId) : undefined;
    const entry: StreamClient = { ...actor, name: user?.name ?? 'API client' };
    let clients = sockets.get(actor.workspaceId);
    if (!clients) sockets.set(actor.workspaceId, clients = new Map());
    clients.set(socket, entry);
    services.metrics.streamConnections.inc();
    socket.send(JSON.stringify({ type: 'hello', data: { workspaceId: actor.workspaceId, userId: actor.userId } }));
    socket.on('message', (raw: Buffer) => {
      let frame: z.infer<typeof PresenceFrame>;
      try {
        frame = PresenceFrame.parse(JSON.parse(raw.toString('utf8')));
      } catch {
        socket.send(JSON.stringify({ type: 'error', data: { code: 'bad_request', detail: 'expected {type:"presence", conversationId, state}' } }));
        return;
      }
      if (!actor.userId) return;
      services.bus.publish({
        type: 'presence', workspaceId: actor.workspaceId,
        data: { conversationId: frame.conversationId, userId: actor.userId, name: entry.name, state: frame.state, at: services.now().toISOString() },
      });
    });
    socket.on('close', () => {
      clients.delete(socket);
      if (clients.size === 0 && sockets.get(actor.workspaceId) === clients) sockets.delete(actor.workspaceId);
      services.metrics.streamConnections.dec();
    });
  });
}
