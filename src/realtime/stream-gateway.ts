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

/** A socket this far behind is too slow to serve: it is closed rather than buffered without end. */
const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;

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

export function registerStream(app: FastifyInstance, services: Services): void {
  const sockets = new Map<WebSocket, Actor & { name: string }>();

  const unsubscribe = services.bus.subscribe((event, serialized) => {
    if (event.type.startsWith('webchat.')) return;
    for (const [socket, actor] of sockets) {
      if (actor.workspaceId !== event.workspaceId) continue;
      if (event.audienceUserId && actor.userId !== event.audienceUserId) continue;
      if (socket.bufferedAmount > MAX_BUFFERED_BYTES) {
        socket.close(1013, 'too slow: reconnect and refetch');
        continue;
      }
      socket.send(serialized);
    }
  });
  app.addHook('onClose', async () => {
    unsubscribe();
    for (const socket of sockets.keys()) socket.close(1001, 'server shutting down');
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
    const entry = { ...actor, name: user?.name ?? 'API client' };
    sockets.set(socket, entry);
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
      sockets.delete(socket);
      services.metrics.streamConnections.dec();
    });
  });
}
