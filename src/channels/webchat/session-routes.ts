// The widget's HTTP endpoints: start or resume a visitor session, and read the visitor's history.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Services } from '../../server/services.ts';
import { saveVisitorProfile, listVisitorMessages } from '../../store/repositories/webchat-visitors.ts';
import { loadWebchatChannel, requireAllowedOrigin, requireVisitor, signingSecretOf } from './channel-access.ts';
import { allowOrigin } from './cors.ts';
import { bearerToken, newVisitorId, readVisitorToken, signVisitorToken } from './visitor-token.ts';
import { toVisitorMessage, visitorThreadKey } from './visitor-message.ts';
import { webchatChannel } from './index.ts';

interface ChannelParams { channelId: string }

const SessionBody = z.object({
  name: z.string().trim().min(1).max(100).optional(),
  email: z.email().max(254).optional(),
  /** The token the widget kept; the Authorization header may carry it instead. */
  token: z.string().max(200).optional(),
}).default({});

const TokenQuery = z.object({ token: z.string().max(200).optional() });

/** Browsers cannot set headers on every request the widget makes, so ?token= is accepted too. */
function tokenOf(request: FastifyRequest, fromBody?: string): string | undefined {
  return bearerToken(request.headers.authorization) ?? fromBody ?? TokenQuery.parse(request.query ?? {}).token;
}

export function registerSessionRoutes(app: FastifyInstance, services: Services): void {
  app.post<{ Params: ChannelParams }>('/webchat/:channelId/sessions', { schema: { hide: true } }, async (request, reply) => {
    const channel = await loadWebchatChannel(services, request.params.channelId);
    const origin = request.headers.origin;
    requireAllowedOrigin(channel, origin);
    allowOrigin(reply, origin);
    const secret = signingSecretOf(channel);
    const body = SessionBody.parse(request.body ?? {});
    // A token that no longer checks out (say, a reconnected channel) starts a new visitor rather than failing the page.
    const kept = readVisitorToken(secret, tokenOf(request, body.token));
    const visitorId = kept ?? newVisitorId();
    if (body.name || body.email) {
      await saveVisitorProfile(services.store.db, channel.workspaceId, {
        network: 'webchat', namespace: webchatChannel.identityNamespace(channel), externalId: visitorId,
        handle: body.email ?? null, displayName: body.name ?? body.email ?? null,
      }, services.now());
    }
    return reply.code(kept ? 200 : 201).header('cache-control', 'no-store')
      .send({ visitorId, token: signVisitorToken(secret, visitorId) });
  });

  app.get<{ Params: ChannelParams }>('/webchat/:channelId/history', { schema: { hide: true } }, async (request, reply) => {
    const channel = await loadWebchatChannel(services, request.params.channelId);
    const origin = request.headers.origin;
    requireAllowedOrigin(channel, origin);
    allowOrigin(reply, origin);
    const visitorId = requireVisitor(channel, tokenOf(request));
    const messages = await listVisitorMessages(services.store.db, channel.id, visitorThreadKey(visitorId));
    return reply.header('cache-control', 'no-store').send({ visitorId, messages: messages.map(toVisitorMessage) });
  });
}
