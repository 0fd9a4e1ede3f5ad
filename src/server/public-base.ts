// Where this server is reached from outside, for links it hands out (webhook URLs, embed tags, files).
import type { FastifyRequest } from 'fastify';
import type { Services } from './services.ts';

/** PARLEY_PUBLIC_URL when set, else the address the request came to. */
export function publicBase(services: Services, request: FastifyRequest): string {
  return services.config.publicUrl?.replace(/\/$/, '') ?? `${request.protocol}://${request.host}`;
}
