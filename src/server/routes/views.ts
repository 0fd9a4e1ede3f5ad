// /api/v1/views: saved inbox views with how many conversations each holds right now.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Services } from '../services.ts';
import { defineRoute, IdParams } from '../route.ts';
import { notFound, ParleyError } from '../../domain/errors.ts';
import { countConversations } from '../../store/repositories/conversations.ts';
import {
  createSavedView, deleteSavedView, getSavedView, listSavedViews, updateSavedView, type SavedView,
} from '../../store/repositories/saved-views.ts';
import { requireRole, requireUser, type Actor } from '../auth/actor.ts';
import { parseViewQuery, resolveInboxFilter } from '../inbox-query.ts';
import { auditAction } from '../audit.ts';

/** Enough for every queue a team keeps an eye on; more would make the bar of counts a chore to read. */
export const MAX_VIEWS_PER_USER = 50;

const Name = z.string().trim().min(1, 'a view needs a name').max(60);

/** A personal view is its owner's alone; a shared view is the workspace's, changed by leads. */
function requireMayChange(actor: Actor, view: SavedView): void {
  if (view.userId === null) requireRole(actor, 'lead');
  else if (view.userId !== actor.userId) throw notFound('saved view');
}

/** How many conversations the view holds for this actor; null when it cannot be counted for them. */
async function countFor(services: Services, actor: Actor, view: SavedView): Promise<number | null> {
  try {
    const filter = await resolveInboxFilter(services.store.db, actor, parseViewQuery(view.query).query);
    return await countConversations(services.store.db, actor.workspaceId, filter);
  } catch (error) {
    // A view whose query names "me" needs a user; a CLI token without one gets no count.
    if (error instanceof ParleyError) return null;
    throw error;
  }
}

async function present(services: Services, actor: Actor, view: SavedView) {
  const count = await countFor(services, actor, view);
  return { id: view.id, name: view.name, query: view.query, isShared: view.userId === null, position: view.position, count };
}

export function registerViewRoutes(app: FastifyInstance, services: Services): void {
  const { db } = services.store;
  const changed = (actor: Actor, view: SavedView) => services.bus.publish({
    type: 'views.changed', workspaceId: actor.workspaceId, data: { id: view.id },
    ...(view.userId ? { audienceUserId: view.userId } : {}),
  });

  defineRoute(app, services, {
    method: 'GET', url: '/api/v1/views', summary: 'Saved inbox views (shared and your own), each with its current count',
    tag: 'views', role: 'viewer',
    async handler({ actor }) {
      const views = await listSavedViews(db, actor.workspaceId, actor.userId);
      const items = [];
      // One after another: each count is a query, and the pool is shared with the agents' work.
      for (const view of views) items.push(await present(services, actor, view));
      return { items };
    },
  });

  defineRoute(app, services, {
    method: 'POST', url: '/api/v1/views', summary: 'Save an inbox query as a view (shared views need the lead role)',
    tag: 'views', role: 'viewer', status: 201,
    body: z.object({ name: Name, query: z.string().max(1000), isShared: z.boolean().default(false) }),
    async handler({ actor, body }) {
      const userId = requireUser(actor);
      if (body.isShared) requireRole(actor, 'lead');
      const { canonical } = parseViewQuery(body.query);
      const own = (await listSavedViews(db, actor.workspaceId, userId)).filter((v) => v.userId === userId);
      if (!body.isShared && own.length >= MAX_VIEWS_PER_USER) {
        throw new ParleyError('conflict', `you already have ${MAX_VIEWS_PER_USER} saved views; delete one first`);
      }
      const view = await createSavedView(db, {
        workspaceId: actor.workspaceId, userId: body.isShared ? null : userId, name: body.name, query: canonical, createdBy: userId,
      });
      if (body.isShared) await auditAction(services, actor, 'view.created', 'saved_view', view.id, { name: view.name, query: view.query });
      changed(actor, view);
      return present(services, actor, view);
    },
  });

  defineRoute(app, services, {
    method: 'PATCH', url: '/api/v1/views/:id', summary: 'Rename, re-query or move a saved view', tag: 'views', role: 'viewer',
    params: IdParams,
    body: z.object({ name: Name.optional(), query: z.string().max(1000).optional(), position: z.number().int().min(0).max(10_000).optional() }),
    async handler({ actor, params, body }) {
      const view = await getSavedView(db, actor.workspaceId, params.id);
      if (!view) throw notFound('saved view');
      requireMayChange(actor, view);
      const query = body.query === undefined ? undefined : parseViewQuery(body.query).canonical;
      const updated = await updateSavedView(db, actor.workspaceId, view.id, { name: body.name, query, position: body.position });
      if (!updated) throw notFound('saved view');
      if (view.userId === null) await auditAction(services, actor, 'view.changed', 'saved_view', view.id, { name: updated.name, query: updated.query });
      changed(actor, updated);
      return present(services, actor, updated);
    },
  });

  defineRoute(app, services, {
    method: 'DELETE', url: '/api/v1/views/:id', summary: 'Delete a saved view', tag: 'views', role: 'viewer', status: 204,
    params: IdParams,
    async handler({ actor, params }) {
      const view = await getSavedView(db, actor.workspaceId, params.id);
      if (!view) throw notFound('saved view');
      requireMayChange(actor, view);
      await deleteSavedView(db, actor.workspaceId, view.id);
      if (view.userId === null) await auditAction(services, actor, 'view.deleted', 'saved_view', view.id, { name: view.name });
      changed(actor, view);
    },
  });
}
