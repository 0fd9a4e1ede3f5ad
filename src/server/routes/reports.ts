// /api/v1/reports: figures read from aggregates kept as events arrive.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Services } from '../services.ts';
import { defineRoute } from '../route.ts';
import { readStatusCounts } from '../../store/repositories/conversations.ts';
import { readDailyVolume } from '../../store/repositories/stats.ts';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a day is YYYY-MM-DD');

export function registerReportRoutes(app: FastifyInstance, services: Services): void {
  const { db } = services.store;

  defineRoute(app, services, {
    method: 'GET', url: '/api/v1/reports/overview', summary: 'Conversations by status', tag: 'reports', role: 'viewer',
    async handler({ actor }) {
      return { byStatus: await readStatusCounts(db, actor.workspaceId) };
    },
  });

  defineRoute(app, services, {
    method: 'GET', url: '/api/v1/reports/volume', summary: 'Messages in and out per day and channel', tag: 'reports', role: 'viewer',
    query: z.object({ from: day.optional(), to: day.optional() }),
    async handler({ actor, query }) {
      const to = query.to ?? services.now().toISOString().slice(0, 10);
      const from = query.from ?? new Date(Date.parse(to) - 29 * 86_400_000).toISOString().slice(0, 10);
      return { from, to, days: await readDailyVolume(db, actor.workspaceId, from, to) };
    },
  });
}
