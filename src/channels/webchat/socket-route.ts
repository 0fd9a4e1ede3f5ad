// The visitor's WebSocket: messages in (stored through ingest, then acknowledged), replies out.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { RawData, WebSocket } from 'ws';
import { z } from 'zod';
import type { Services } from '../../server/services.ts';
import type { ChannelWithSecrets } from '../../domain/types.ts';
import { ParleyError } from '../../domain/errors.ts';
import { findByExternalIds } from '../../store/repositories/messages.ts';
import { loadWebchatChannel, requireAllowedOrigin, requireVisitor } from './channel-access.ts';
import { errorFrame, readClientFrame, serializeFrame, type ServerFrame } from './frames.ts';
import { toVisitorMessage, visitorEvent, type VisitorDraft } from './visitor-message.ts';
import { deliveryEvent } from './deliver-event.ts';
import { visitorKey, type VisitorSockets } from './visitor-sockets.ts';
import type { RateLimiter } from '../../security/rate-limiter.ts';
import { webchatChannel } from './index.ts';

interface SocketSession { channel: ChannelWithSecrets; visitorId: string }

const SocketQuery = z.object({ token: z.string().max(200).optional() });

function frameText(data: RawData): string {
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data).toString('utf8');
}

export function registerSocketRoute(app: FastifyInstance, services: Services, sockets: VisitorSockets, limiter: RateLimiter): void {
  // Checked before the upgrade, so a refused visitor gets a plain HTTP 401/403/404 and no socket.
  const sessions = new WeakMap<FastifyRequest, SocketSession>();

  async function accept(session: SocketSession, draft: VisitorDraft): Promise<ServerFrame> {
    const { channel, visitorId } = session;
    const event = visitorEvent(visitorId, draft, services.now());
    const result = await services.ingest.submit(channel, webchatChannel.identityNamespace(channel), [event]);
    services.metrics.ingestedMessages.inc({ network: 'webchat' }, result.messages.length);
    const stored = result.messages[0];
    // A resend after a reconnect is a duplicate: it is acknowledged with the id stored the first time.
    const messageId = stored?.id ?? (await findByExternalIds(services.store.db, channel.id, [event.externalId])).get(event.externalId)?.id;
    if (!messageId) throw new ParleyError('unavailable', 'the message could not be stored');
    if (stored) {
      // The visitor's other tabs (on any instance) show what this one sent.
      services.bus.publish(deliveryEvent(channel.workspaceId, { channelId: channel.id, visitorId, message: toVisitorMessage(stored) }));
    }
    return { type: 'ack', id: draft.id, messageId };
  }

  app.get<{ Params: { channelId: string } }>('/webchat/:channelId/socket', {
    websocket: true,
    schema: { hide: true },
    preValidation: async (request) => {
      const channel = await loadWebchatChannel(services, request.params.channelId);
      requireAllowedOrigin(channel, request.headers.origin);
      const visitorId = requireVisitor(channel, SocketQuery.parse(request.query ?? {}).token);
      sessions.set(request, { channel, visitorId });
    },
  }, (socket: WebSocket, request) => {
    const session = sessions.get(request);
    if (!session) { socket.close(1011, 'no session'); return; }
    const key = visitorKey(session.channel.id, session.visitorId);
    sockets.add(session.channel.id, session.visitorId, socket);
    const reply = (frame: ServerFrame) => { if (socket.readyState === socket.OPEN) socket.send(serializeFrame(frame)); };
    // One message at a time per socket, so a visitor's messages are stored in the order they were typed.
    let queue: Promise<void> = Promise.resolve();

    socket.on('message', (data, isBinary) => {
      if (isBinary) { reply(errorFrame(new ParleyError('bad_request', 'frames are JSON text'))); return; }
      const reading = readClientFrame(frameText(data));
      if (!reading.ok) { reply(errorFrame(reading.error, reading.id)); return; }
      const draft = reading.draft;
      if (!limiter.take(key)) {
        reply(errorFrame(new ParleyError('too_many_requests', 'too many messages at once; wait a few seconds and send again'), draft.id));
        return;
      }
      queue = queue.then(() => accept(session, draft)).then(reply, (error: unknown) => {
        request.log.error({ err: error, channelId: session.channel.id }, 'webchat message could not be stored');
        reply(errorFrame(error instanceof ParleyError ? error : new ParleyError('unavailable', 'the message could not be stored; it will be sent again'), draft.id));
      });
    });
  });
}
