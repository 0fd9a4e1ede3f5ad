// Declares a REST route once: zod schemas validate the request and document it in OpenAPI.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z, type ZodType } from 'zod';
import type { Role } from '../domain/types.ts';
import type { Services } from './services.ts';
import { authenticate } from './auth/authenticate.ts';
import { requireRole, type Actor } from './auth/actor.ts';

export interface RouteContext<B, Q, P> {
  actor: Actor;
  body: B;
  query: Q;
  params: P;
  request: FastifyRequest;
  reply: FastifyReply;
}

export interface RouteSpec<B, Q, P> {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  summary: string;
  tag: string;
  /** The least role that may call it. */
  role: Role;
  body?: ZodType<B>;
  query?: ZodType<Q>;
  params?: ZodType<P>;
  status?: number;
  /** Bytes this route accepts, where it differs from the server's default. */
  bodyLimit?: number;
  handler(context: RouteContext<B, Q, P>): Promise<unknown>;
}

function jsonSchema(schema: ZodType): Record<string, unknown> {
  const out = z.toJSONSchema(schema, { target: 'openapi-3.0', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  delete out.$schema;
  return out;
}

export function defineRoute<B = undefined, Q = undefined, P = undefined>(app: FastifyInstance, services: Services, spec: RouteSpec<B, Q, P>): void {
  app.route({
    method: spec.method,
    url: spec.url,
    ...(spec.bodyLimit ? { bodyLimit: spec.bodyLimit } : {}),
    schema: {
      summary: spec.summary,
      tags: [spec.tag],
      security: [{ bearerAuth: [] }, { sessionCookie: [] }],
      ...(spec.body ? { body: jsonSchema(spec.body) } : {}),
      ...(spec.query ? { querystring: jsonSchema(spec.query) } : {}),
      ...(spec.params ? { params: jsonSchema(spec.params) } : {}),
    },
    handler: async (request, reply) => {
      const actor = await authenticate(services.store.db, request, services.now());
      requireRole(actor, spec.role);
      const body = (spec.body ? spec.body.parse(request.body ?? {}) : undefined) as B;
      const query = (spec.query ? spec.query.parse(request.query ?? {}) : undefined) as Q;
      const params = (spec.params ? spec.params.parse(request.params ?? {}) : undefined) as P;
      const result = await spec.handler({ actor, body, query, params, request, reply });
      if (reply.sent) return reply;
      return reply.code(spec.status ?? 200).send(result ?? null);
    },
  });
}

export const IdParams = z.object({ id: z.string().min(1).max(64) });
export type IdParams = z.infer<typeof IdParams>;
