// /api/v1/playbooks: written guidance per tag or scenario, and the guidance that applies to a conversation.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Services } from '../services.ts';
import { defineRoute, IdParams } from '../route.ts';
import { notFound } from '../../domain/errors.ts';
import { PLAYBOOK_SCENARIOS } from '../../domain/playbooks.ts';
import { getPlaybook, listPlaybooks } from '../../store/repositories/playbooks.ts';
import { createPlaybook, editPlaybook, playbooksForConversation, removePlaybook } from '../../care/playbooks.ts';

const Title = z.string().min(1).max(200);
const Body = z.string().min(1).max(20_000);
const Tag = z.string().max(64).nullable();
const Scenario = z.enum(PLAYBOOK_SCENARIOS).nullable();

export function registerPlaybookRoutes(app: FastifyInstance, services: Services): void {
  const { db } = services.store;

  defineRoute(app, services, {
    method: 'GET', url: '/api/v1/playbooks', summary: "The workspace's playbooks", tag: 'playbooks', role: 'viewer',
    async handler({ actor }) { return { items: await listPlaybooks(db, actor.workspaceId) }; },
  });

  defineRoute(app, services, {
    method: 'POST', url: '/api/v1/playbooks', tag: 'playbooks', role: 'lead', status: 201,
    summary: 'Write a playbook for a tag, a scenario (question, complaint, praise, human, purchase) or both; the body is plain text',
    body: z.object({ title: Title, body: Body, tag: Tag.optional(), scenario: Scenario.optional() }),
    async handler({ actor, body }) { return createPlaybook(services, actor, body); },
  });

  defineRoute(app, services, {
    method: 'GET', url: '/api/v1/playbooks/:id', summary: 'One playbook', tag: 'playbooks', role: 'viewer', params: IdParams,
    async handler({ actor, params }) {
      const playbook = await getPlaybook(db, actor.workspaceId, params.id);
      if (!playbook) throw notFound('playbook');
      return playbook;
    },
  });

  defineRoute(app, services, {
    method: 'PATCH', url: '/api/v1/playbooks/:id', summary: "Change a playbook's title, guidance, tag or scenario", tag: 'playbooks',
    role: 'lead', params: IdParams,
    body: z.object({ title: Title.optional(), body: Body.optional(), tag: Tag.optional(), scenario: Scenario.optional() }),
    async handler({ actor, params, body }) { return editPlaybook(services, actor, params.id, body); },
  });

  defineRoute(app, services, {
    method: 'DELETE', url: '/api/v1/playbooks/:id', summary: 'Remove a playbook', tag: 'playbooks', role: 'lead', params: IdParams,
    async handler({ actor, params }) {
      await removePlaybook(services, actor, params.id);
      return { deleted: true };
    },
  });

  defineRoute(app, services, {
    method: 'GET', url: '/api/v1/conversations/:id/playbooks',
    summary: "The playbooks that apply to a conversation, by its tags and the scenarios in the customer's latest messages",
    tag: 'playbooks', role: 'viewer', params: IdParams,
    async handler({ actor, params }) { return playbooksForConversation(db, actor.workspaceId, params.id); },
  });
}
