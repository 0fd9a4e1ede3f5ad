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
import {
  indexTurn, isInboxChange, noteViewing, positionsFor, STREAM_SCOPES, traitsOf, type EventTraits, type ScopedClient, type StreamScope,
} from './stream-scope.ts';
import { createInboxDigest, INBOX_DIGEST_MS } from './inbox-digest.ts';

/**
 * A socket this far behind is too slow to serve: it is closed (1013) and the client refetches,
 * rather than the server buffering for it without end. An agent's scoped stream is light, so two
 * thousand agents at its cap are a bounded 1 GB at worst and a normal agent is never near it. A
 * full-stream client takes every event — about 2.5 MB/s at a thousand messages a second — so its
 * cap allows a pause of a second or two (a garbage collection, a busy moment) before it is dropped.
 */
const MAX_BUFFERED_BYTES: Record<StreamScope, number> = { agent: 512 * 1024, all: 4 * 1024 * 1024 };

/** Digests written per event-loop turn; see sendDigest. */
const DIGEST_SOCKETS_PER_TURN = 200;

const PresenceFrame = z.object({
  type: z.literal('presence'),
  conversationId: z.string().max(64),
  state: z.enum(['viewing', 'typing', 'left']),
});

declare module 'fastify' {
  interface FastifyRequest { streamActor?: Actor; streamScope?: StreamScope }
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

type StreamClient = Actor & ScopedClient & { name: string; viewing: Set<string> };

interface Queued { traits: EventTraits; payload: Buffer }

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
  let agentSockets = 0;

  /** Writes a turn's frames to one socket in a single system call, closing it if it is too far behind. */
  const writeAll = (socket: WebSocket, scope: StreamScope, frames: Iterable<Buffer>): void => {
    const limit = MAX_BUFFERED_BYTES[scope];
    const transport = transportOf(socket);
    transport?.cork();
    for (const payload of frames) {
      // Checked before each send: a burst can put a slow socket over the cap within one batch.
      if (socket.bufferedAmount > limit) {
        socket.close(1013, 'too slow: reconnect and refetch');
        break;
      }
      // One JSON event per frame, as the stream's contract says; encoded once for every socket.
      socket.send(payload, { binary: false });
    }
    transport?.uncork();
  };

  const flush = () => {
    isFlushScheduled = false;
    const batches = queued;
    queued = new Map();
    for (const [workspaceId, events] of batches) {
      const index = indexTurn(events.map((e) => e.traits));
      for (const [socket, client] of sockets.get(workspaceId) ?? []) {
        if (socket.readyState !== socket.OPEN) continue;
        const positions = positionsFor(client, index);
        if (positions.length > 0) writeAll(socket, client.scope, positions.map((at) => events[at]!.payload));
      }
    }
  };

  // Agent-scoped sockets learn of the rest of the inbox from a digest per short window.
  const digest = createInboxDigest();
  let digestTimer: ReturnType<typeof setTimeout> | undefined;
  const sendDigest = () => {
    digestTimer = undefined;
    const deliveries: [WebSocket, StreamClient, Buffer][] = [];
    for (const [workspaceId, frame] of digest.take()) {
      const payload = Buffer.from(JSON.stringify(frame));
      for (const [socket, client] of sockets.get(workspaceId) ?? []) if (client.scope === 'agent') deliveries.push([socket, client, payload]);
    }
    // A few hundred sockets a turn: thousands of agents' digests must not hold up the webhooks in between.
    const sendSlice = (from: number) => {
      const to = Math.min(deliveries.length, from + DIGEST_SOCKETS_PER_TURN);
      for (let i = from; i < to; i++) {
        const [socket, client, payload] = deliveries[i]!;
        if (socket.readyState === socket.OPEN) writeAll(socket, client.scope, [payload]);
      }
      if (to < deliveries.length) setImmediate(sendSlice, to);
    };
    sendSlice(0);
  };

  const unsubscribe = services.bus.subscribe((event, serialized) => {
    if (event.type.startsWith('webchat.') || !sockets.has(event.workspaceId)) return;
    let list = queued.get(event.workspaceId);
    if (!list) queued.set(event.workspaceId, list = []);
    list.push({ traits: traitsOf(event), payload: Buffer.from(serialized) });
    if (!isFlushScheduled) {
      isFlushScheduled = true;
      setImmediate(flush);
    }
    if (isInboxChange(event) && !event.audienceUserId && agentSockets > 0) {
      digest.add(event);
      digestTimer ??= setTimeout(sendDigest, INBOX_DIGEST_MS);
    }
  });
  app.addHook('onClose', async () => {
    unsubscribe();
    clearTimeout(digestTimer);
    for (const clients of sockets.values()) for (const socket of clients.keys()) socket.close(1001, 'server shutting down');
  });

  app.get('/api/v1/stream', {
    websocket: true,
    schema: { hide: true },
    preValidation: async (request, reply) => {
      try {
        const scope = (request.query as { scope?: unknown }).scope ?? 'all';
        if (!STREAM_SCOPES.includes(scope as StreamScope)) {
          throw new ParleyError('bad_request', `scope must be one of ${STREAM_SCOPES.join(', ')}`);
        }
        request.streamScope = scope as StreamScope;
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
    const entry: StreamClient = { ...actor, name: user?.name ?? 'API client', scope: request.streamScope ?? 'all', viewing: new Set() };
    if (entry.scope === 'agent') agentSockets++;
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
      noteViewing(entry.viewing, frame.conversationId, frame.state);
      if (!actor.userId) return;
      services.bus.publish({
        type: 'presence', workspaceId: actor.workspaceId,
        data: { conversationId: frame.conversationId, userId: actor.userId, name: entry.name, state: frame.state, at: services.now().toISOString() },
      });
    });
    socket.on('close', () => {
      clients.delete(socket);
      if (entry.scope === 'agent') agentSockets--;
      if (clients.size === 0 && sockets.get(actor.workspaceId) === clients) sockets.delete(actor.workspaceId);
      services.metrics.streamConnections.dec();
    });
  });
}
