// The network-neutral view of a webhook HTTP request that channel adapters read.
import type { FastifyRequest } from 'fastify';
import type { WebhookRequest } from '../channels/channel-adapter.ts';

/** `rawBody` replaces the received bytes (the shared Meta route hands each channel its part). */
export function toWebhookRequest(request: FastifyRequest, rawBody: Buffer = request.rawBody ?? Buffer.alloc(0)): WebhookRequest {
  const query: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries((request.query ?? {}) as Record<string, unknown>)) {
    query[k] = Array.isArray(v) ? String(v[0]) : v === undefined ? undefined : String(v);
  }
  return { method: request.method === 'GET' ? 'GET' : 'POST', headers: request.headers, query, rawBody };
}
