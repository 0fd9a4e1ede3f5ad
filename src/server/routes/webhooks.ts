// /webhooks/<network>/<channelId>: the network's handshake (GET) and its deliveries (POST).
import type { FastifyInstance } from 'fastify';
import type { Services } from '../services.ts';
import { adapterFor } from '../../channels/registry.ts';
import { getChannelWithSecrets } from '../../store/repositories/channels.ts';
import { ParleyError } from '../../domain/errors.ts';
import { sendProblem } from '../problem.ts';
import { toWebhookRequest } from '../webhook-request.ts';
import { createRateLimiter } from '../../security/rate-limiter.ts';

interface WebhookParams { network: string; channelId: string }

/** Per channel: bursts as large as networks batch, a sustained rate well above real traffic. */
const WEBHOOK_RATE = { capacity: 2000, refillPerSecond: 1000 };

export function registerWebhookRoutes(app: FastifyInstance, services: Services): void {
  const limiter = createRateLimiter({ ...WEBHOOK_RATE, now: () => services.now().getTime() });
  const sweeper = setInterval(() => limiter.sweep(), 60_000);
  sweeper.unref();
  app.addHook('onClose', async () => clearInterval(sweeper));
  const load = async (params: WebhookParams) => {
    const adapter = adapterFor(services.channels, params.network);
    const channel = await getChannelWithSecrets(services.store.db, services.secretBox, params.channelId);
    // The same answer for "no such channel" and "wrong network": nothing to probe.
    if (!channel || channel.network !== adapter.network) throw new ParleyError('not_found', 'unknown channel');
    return { adapter, channel };
  };

  app.get<{ Params: WebhookParams }>('/webhooks/:network/:channelId', { schema: { hide: true } }, async (request, reply) => {
    const { adapter, channel } = await load(request.params);
    if (!adapter.handshake) throw new ParleyError('not_found', `${adapter.network} has no verification handshake`);
    const answer = adapter.handshake(toWebhookRequest(request), channel);
    return reply.code(answer.status).type(answer.contentType ?? 'application/json').send(answer.body);
  });

  app.post<{ Params: WebhookParams }>('/webhooks/:network/:channelId', { schema: { hide: true } }, async (request, reply) => {
    const network = request.params.network;
    let isAdmitted = false;
    try {
      services.deliveryGate.enter();
      isAdmitted = true;
      const { adapter, channel } = await load(request.params);
      // Counted before verifying and parsing, so a flood against one channel cannot starve the
      // others; only real channels get a bucket, so made-up ids cannot fill memory.
      if (!limiter.take(channel.id)) {
        const seconds = Math.max(1, Math.ceil(limiter.retryAfterMs(channel.id) / 1000));
        reply.header('retry-after', String(seconds));
        throw new ParleyError('too_many_requests', `too many deliveries for this channel; retry in ${seconds} s`);
      }
      const webhook = toWebhookRequest(request);
      adapter.verify(webhook, channel);
      const events = adapter.parse(webhook, channel);
      const signals = adapter.parseSignals?.(webhook, channel) ?? [];
      // Acknowledged only after the commit: what we answer 200 for is on disk.
      const result = await services.ingest.submit(channel, adapter.identityNamespace(channel), events, signals);
      services.metrics.ingestedMessages.inc({ network: adapter.network }, result.messages.length);
      services.metrics.webhookRequests.inc({ network: adapter.network, outcome: 'accepted' });
      const answer = adapter.acknowledge(result.accepted);
      return reply.code(answer.status).type(answer.contentType ?? 'application/json').send(answer.body);
    } catch (error) {
      const outcome = error instanceof ParleyError ? error.code : 'error';
      services.metrics.webhookRequests.inc({ network: services.channels.has(network as never) ? network : 'unknown', outcome });
      return sendProblem(reply, error, request);
    } finally {
      if (isAdmitted) services.deliveryGate.leave();
    }
  });
}
