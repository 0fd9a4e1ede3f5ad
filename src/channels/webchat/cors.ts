// Cross-origin access for the widget, which runs on the customer's site and calls this server.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Services } from '../../server/services.ts';
import { loadWebchatChannel, requireAllowedOrigin } from './channel-access.ts';
import { VISITOR_HEADER } from './index.ts';

/** Lets the calling page read the answer; only called once its origin has been checked. */
export function allowOrigin(reply: FastifyReply, origin: string | undefined): void {
  reply.header('vary', 'Origin');
  if (origin) reply.header('access-control-allow-origin', origin);
}

/**
 * Answers the browser's preflight for the widget's endpoints: a site the channel does not allow
 * fails it, so its browser never sends the request at all.
 */
export function registerPreflights(app: FastifyInstance, services: Services, urls: string[]): void {
  for (const url of urls) {
    app.options<{ Params: { channelId: string } }>(url, { schema: { hide: true } }, async (request, reply) => {
      const channel = await loadWebchatChannel(services, request.params.channelId);
      const origin = request.headers.origin;
      requireAllowedOrigin(channel, origin);
      allowOrigin(reply, origin);
      return reply.code(204)
        .header('access-control-allow-methods', 'GET, POST')
        .header('access-control-allow-headers', `authorization, content-type, ${VISITOR_HEADER}`)
        .header('access-control-max-age', '600')
        .send();
    });
  }
}

/**
 * The HTTP fallback goes through the generic webhook route, which knows nothing of browsers. Its
 * preflight (above) has already refused other sites, and `verify` refuses them again, so the
 * answer may name the caller's origin.
 */
export function exposeWebhookAnswers(app: FastifyInstance, webhookPrefix: string): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.method === 'POST' && request.url.startsWith(webhookPrefix)) allowOrigin(reply, request.headers.origin);
    return payload;
  });
}
