// /api/v1/workspace/priority-settings: the weights every new priority score is computed with.
import type { FastifyInstance } from 'fastify';
import type { Services } from '../services.ts';
import { defineRoute } from '../route.ts';
import { PrioritySettingsSchema } from '../../domain/priority-settings-schema.ts';
import { DEFAULT_PRIORITY_SETTINGS } from '../../domain/priority-settings.ts';
import { getPrioritySettings, savePrioritySettings } from '../../store/repositories/priority-settings.ts';
import { auditAction } from '../audit.ts';

export function registerPrioritySettingsRoutes(app: FastifyInstance, services: Services): void {
  const { db } = services.store;

  defineRoute(app, services, {
    method: 'GET', url: '/api/v1/workspace/priority-settings', tag: 'workspace', role: 'viewer',
    summary: 'The priority weights, aging steps and first-response goals, with the defaults beside them',
    async handler({ actor }) {
      return { ...(await getPrioritySettings(db, actor.workspaceId)), defaults: DEFAULT_PRIORITY_SETTINGS };
    },
  });

  defineRoute(app, services, {
    method: 'PUT', url: '/api/v1/workspace/priority-settings', tag: 'workspace', role: 'admin',
    summary: 'Replace the priority weights (a field left out takes its default); new scores use them, waiting conversations as they are recomputed',
    body: PrioritySettingsSchema,
    async handler({ actor, body }) {
      const saved = await savePrioritySettings(db, actor.workspaceId, body, actor.userId, services.now());
      await auditAction(services, actor, 'priority_settings.changed', 'workspace', actor.workspaceId, { settings: body });
      return { ...saved, defaults: DEFAULT_PRIORITY_SETTINGS };
    },
  });
}
