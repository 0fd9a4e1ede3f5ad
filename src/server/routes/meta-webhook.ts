// /webhooks/meta: the one callback URL a Meta app has per object type. Each entry names its Page
// or Instagram account; the delivery is verified whole, then each part goes to its channel.
import type { FastifyInstance } from 'fastify';
import type { Services } from '../services.ts';
import { ParleyError } from '../../domain/errors.ts';
import { adapterFor } from '../../channels/registry.ts';
import { partOfDelivery, splitMetaDelivery, META_OBJECT_ROUTES } from '../../channels/meta/split-delivery.ts';
import { isValidMetaSignature, META_SIGNATURE_HEADER } from '../../channels/meta/signature.ts';
import { answerVerification } from '../../channels/meta/verification.ts';
import { headerValue } from '../../channels/signature.ts';
import { listChannelsOfNetworks } from '../../store/repositories/channels.ts';
import type { ChannelWithSecrets, Network } from '../../domain/types.ts';
import { sendProblem } from '../problem.ts';
import { toWebhookRequest } from '../webhook-request.ts';

const ROUTED_NETWORKS = [...new Set(Object.values(META_OBJECT_ROUTES).map((r) => r.network))] as Network[];

export function registerMetaWebhook(app: FastifyInstance, services: Services): void {
  const channelsOf = () => listChannelsOfNetworks(services.store.db, services.secretBox,
    ROUTED_NETWORKS.filter((n) => services.channels.has(n)));

  app.get('/webhooks/meta', { schema: { hide: true } }, async (request, reply) => {
    const webhook = toWebhookRequest(request, Buffer.alloc(0));
    // One app, one verify token: any channel of the app that knows it may answer the challenge.
    for (const channel of await channelsOf()) {
      try {
        const answer = answerVerification(webhook, channel.secrets.verifyToken);
        return reply.code(answer.status).type(answer.contentType ?? 'text/plain').send(answer.body);
      } catch {
        // Not this channel's token: try the next.
      }
    }
    return sendProblem(reply, new ParleyError('forbidden', 'verification refused'), request);
  });

  app.post('/webhooks/meta', { schema: { hide: true } }, async (request, reply) => {
    let isAdmitted = false;
    try {
      services.deliveryGate.enter();
      isAdmitted = true;
      const rawBody = request.rawBody ?? Buffer.alloc(0);
      const split = splitMetaDelivery(rawBody);
      if (!split.route || !services.channels.has(split.route.network)) {
        request.log.warn({ objectType: split.objectType }, 'meta delivery for an object type no channel handles');
        return reply.code(200).send({ accepted: 0 });
      }
      const route = split.route;
      const signature = headerValue(request.headers, META_SIGNATURE_HEADER);
      const candidates = (await channelsOf()).filter((c) => c.network === route.network);
      // The signature covers the whole body: a channel may take its part only if its app signed it.
      const parts: { channel: ChannelWithSecrets; entries: unknown[] }[] = [];
      let anyVerified = false;
      for (const [accountId, entries] of split.entriesById) {
        for (const channel of candidates.filter((c) => String(c.config[route.configKey] ?? '') === accountId)) {
          if (!isValidMetaSignature(rawBody, signature, channel.secrets.appSecret ?? '')) continue;
          anyVerified = true;
          parts.push({ channel, entries });
        }
      }
      if (!anyVerified && split.entriesById.size > 0) {
        const known = [...split.entriesById.keys()].some((id) => candidates.some((c) => String(c.config[route.configKey] ?? '') === id));
        // Unknown accounts are acknowledged (Meta disables callbacks that keep failing); a bad signature is not.
        if (known) throw new ParleyError('invalid_signature', `missing or wrong ${META_SIGNATURE_HEADER} header`);
        return reply.code(200).send({ accepted: 0 });
      }
      let accepted = 0;
      for (const { channel, entries } of parts) {
        const adapter = adapterFor(services.channels, channel.network);
        const part = toWebhookRequest(request, partOfDelivery(split.objectType, entries));
        const events = adapter.parse(part, channel);
        const signals = adapter.parseSignals?.(part, channel) ?? [];
        const result = await services.ingest.submit(channel, adapter.identityNamespace(channel), events, signals);
        services.metrics.ingestedMessages.inc({ network: channel.network }, result.messages.length);
        accepted += result.accepted;
      }
      services.metrics.webhookRequests.inc({ network: route.network, outcome: 'accepted' });
      return reply.code(200).send({ accepted });
    } catch (error) {
      services.metrics.webhookRequests.inc({ network: 'meta', outcome: error instanceof ParleyError ? error.code : 'error' });
      return sendProblem(reply, error, request);
    } finally {
      if (isAdmitted) services.deliveryGate.leave();
    }
  });
}
