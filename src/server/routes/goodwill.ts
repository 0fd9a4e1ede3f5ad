// /api/v1/goodwill: per-role limits, gestures recorded on a conversation, and the leads' decisions on requests.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Services } from '../services.ts';
import { defineRoute, IdParams } from '../route.ts';
import { notFound } from '../../domain/errors.ts';
import { ROLES } from '../../domain/types.ts';
import { GOODWILL_STATUSES } from '../../domain/goodwill.ts';
import { getGoodwillRequest, listGoodwillLimits, listGoodwillRequests } from '../../store/repositories/goodwill.ts';
import { decideGoodwill, recordGoodwill, setRoleGoodwillLimits } from '../../care/goodwill.ts';

// Amounts and currencies pass the schema as any number and short text, so that a wrong one is
// answered 422 invalid_amount by the domain rule, with the reason, rather than a generic 400.
const Amount = z.number();
const Currency = z.string().max(16);

export function registerGoodwillRoutes(app: FastifyInstance, services: Services): void {
  const { db } = services.store;

  defineRoute(app, services, {
    method: 'GET', url: '/api/v1/goodwill/limits', summary: 'What each role may give per currency without asking (minor units)',
    tag: 'goodwill', role: 'viewer',
    async handler({ actor }) { return { items: await listGoodwillLimits(db, actor.workspaceId) }; },
  });

  defineRoute(app, services, {
    method: 'PUT', url: '/api/v1/goodwill/limits/:role', summary: "Replace one role's goodwill limits (every currency; minor units)",
    tag: 'goodwill', role: 'admin', params: z.object({ role: z.enum(ROLES) }),
    body: z.object({ limits: z.array(z.object({ currency: Currency, maxAmountMinor: Amount })).max(50) }),
    async handler({ actor, params, body }) { return { items: await setRoleGoodwillLimits(services, actor, params.role, body.limits) }; },
  });

  defineRoute(app, services, {
    method: 'POST', url: '/api/v1/conversations/:id/goodwill', tag: 'goodwill', role: 'agent', params: IdParams, status: 201,
    summary: 'Record a goodwill gesture (amountMinor in cents): granted within your limit, otherwise sent to a lead',
    body: z.object({ amountMinor: Amount, currency: Currency, reason: z.string().min(1).max(2000) }),
    async handler({ actor, params, body }) { return recordGoodwill(services, actor, { conversationId: params.id, ...body }); },
  });

  defineRoute(app, services, {
    method: 'GET', url: '/api/v1/goodwill/requests', summary: 'Goodwill gestures and requests, newest first (e.g. status=pending)',
    tag: 'goodwill', role: 'viewer',
    query: z.object({
      status: z.enum(GOODWILL_STATUSES).optional(), conversationId: z.string().max(64).optional(),
      limit: z.coerce.number().int().min(1).max(200).default(50), before: z.string().max(64).optional(),
    }),
    async handler({ actor, query }) {
      return listGoodwillRequests(db, actor.workspaceId, { status: query.status, conversationId: query.conversationId }, query.limit, query.before);
    },
  });

  defineRoute(app, services, {
    method: 'GET', url: '/api/v1/goodwill/requests/:id', summary: 'One goodwill gesture or request', tag: 'goodwill', role: 'viewer',
    params: IdParams,
    async handler({ actor, params }) {
      const request = await getGoodwillRequest(db, actor.workspaceId, params.id);
      if (!request) throw notFound('goodwill request');
      return request;
    },
  });

  defineRoute(app, services, {
    method: 'POST', url: '/api/v1/goodwill/requests/:id/approve', summary: "Approve a colleague's pending goodwill request",
    tag: 'goodwill', role: 'lead', params: IdParams, body: z.object({ note: z.string().max(2000).optional() }),
    async handler({ actor, params, body }) { return decideGoodwill(services, actor, { requestId: params.id, decision: 'approved', note: body.note }); },
  });

  defineRoute(app, services, {
    method: 'POST', url: '/api/v1/goodwill/requests/:id/decline', summary: "Decline a colleague's pending goodwill request, saying why",
    tag: 'goodwill', role: 'lead', params: IdParams, body: z.object({ note: z.string().min(1).max(2000) }),
    async handler({ actor, params, body }) { return decideGoodwill(services, actor, { requestId: params.id, decision: 'declined', note: body.note }); },
  });
}
