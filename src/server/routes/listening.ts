// /api/v1/listening: the brand's names and handles, and the rules that find conversations about it.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Services } from '../services.ts';
import { defineRoute, IdParams } from '../route.ts';
import { notFound, ParleyError } from '../../domain/errors.ts';
import { parseQuery } from '../../analysis/index.ts';
import { deleteListeningRule, getBrand, insertListeningRule, listListeningRules, setBrand } from '../../store/repositories/listening.ts';
import { getTeam } from '../../store/repositories/teams.ts';
import { auditAction } from '../audit.ts';

/** A query that does not parse is refused with where and why, so the editor can point at it. */
function requireValidQuery(field: string, query: string): void {
  const parsed = parseQuery(query);
  if (!parsed.ok) {
    throw new ParleyError('validation_failed', `${field}: ${parsed.error.message}`, {
      field, position: parsed.error.position, queryError: parsed.error.code,
    });
  }
}

export function registerListeningRoutes(app: FastifyInstance, services: Services): void {
  const { db } = services.store;
  const changed = (workspaceId: string) => services.bus.publish({ type: 'listening.changed', workspaceId, data: {} });

  defineRoute(app, services, {
    method: 'GET', url: '/api/v1/listening/brand', summary: "The brand's handles and names (with misspellings)", tag: 'listening', role: 'viewer',
    async handler({ actor }) { return getBrand(db, actor.workspaceId); },
  });

  defineRoute(app, services, {
    method: 'PUT', url: '/api/v1/listening/brand', summary: "Set the brand's handles and name query", tag: 'listening', role: 'lead',
    body: z.object({
      handles: z.array(z.string().regex(/^@?[\w.]{1,50}$/, 'a handle is letters, digits, _ and .')).max(20),
      names: z.string().max(2000),
    }),
    async handler({ actor, body }) {
      if (body.names.trim()) requireValidQuery('names', body.names);
      const brand = { handles: body.handles.map((h) => h.replace(/^@/, '')), names: body.names };
      await setBrand(db, actor.workspaceId, brand);
      await auditAction(services, actor, 'listening.brand_changed', 'workspace', actor.workspaceId, brand);
      changed(actor.workspaceId);
      return brand;
    },
  });

  defineRoute(app, services, {
    method: 'GET', url: '/api/v1/listening/rules', summary: 'Listening rules', tag: 'listening', role: 'viewer',
    async handler({ actor }) { return { items: await listListeningRules(db, actor.workspaceId) }; },
  });

  defineRoute(app, services, {
    method: 'POST', url: '/api/v1/listening/rules', summary: 'Add a listening rule (terms, "phrases", #tags, @handles, ~fuzzy, lang:xx, AND/OR/NOT)',
    tag: 'listening', role: 'lead', status: 201,
    body: z.object({
      name: z.string().min(1).max(100), query: z.string().min(1).max(2000),
      tag: z.string().min(1).max(64).optional(), teamId: z.string().max(64).optional(),
      priorityBoost: z.number().int().min(0).max(50).default(0),
    }),
    async handler({ actor, body }) {
      requireValidQuery('query', body.query);
      if (body.teamId && !(await getTeam(db, actor.workspaceId, body.teamId))) throw new ParleyError('validation_failed', 'no such team in this workspace');
      const rule = await insertListeningRule(db, {
        workspaceId: actor.workspaceId, name: body.name, query: body.query, tag: body.tag ?? null, teamId: body.teamId ?? null,
        priorityBoost: body.priorityBoost,
      }, services.now());
      await auditAction(services, actor, 'listening.rule_added', 'listening_rule', rule.id, { query: rule.query });
      changed(actor.workspaceId);
      return rule;
    },
  });

  defineRoute(app, services, {
    method: 'DELETE', url: '/api/v1/listening/rules/:id', summary: 'Remove a listening rule', tag: 'listening', role: 'lead', params: IdParams,
    async handler({ actor, params }) {
      if (!(await deleteListeningRule(db, actor.workspaceId, params.id))) throw notFound('listening rule');
      await auditAction(services, actor, 'listening.rule_removed', 'listening_rule', params.id);
      changed(actor.workspaceId);
      return { deleted: true };
    },
  });
}
