// /api/v1/search: full-text search over messages, newest first.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Services } from '../services.ts';
import { defineRoute } from '../route.ts';
import { searchMessages } from '../../store/repositories/messages.ts';
import { maskMessage } from '../../domain/pii-guard.ts';

export function registerSearchRoutes(app: FastifyInstance, services: Services): void {
  defineRoute(app, services, {
    method: 'GET', url: '/api/v1/search', summary: 'Search messages (newest first)', tag: 'search', role: 'viewer',
    query: z.object({
      q: z.string().min(1).max(500),
      limit: z.coerce.number().int().min(1).max(100).default(50),
      before: z.coerce.number().int().positive().optional(),
    }),
    async handler({ actor, query }) {
      const { items, nextBefore } = await searchMessages(services.store.db, services.store.dialect, actor.workspaceId, query.q, query.limit, query.before);
      // Internal notes are searchable by the team like everything else in the workspace.
      return { items: items.map(maskMessage), nextBefore };
    },
  });
}
