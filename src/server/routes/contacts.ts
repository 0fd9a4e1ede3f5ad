// /api/v1/contacts: one customer across networks, with their conversations on every channel.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Services } from '../services.ts';
import { defineRoute, IdParams } from '../route.ts';
import { notFound } from '../../domain/errors.ts';
import { getContact, updateContact } from '../../store/repositories/contacts.ts';
import { listConversations } from '../../store/repositories/conversations.ts';
import { presentContactActivity } from '../presenters/contact-activity.ts';

export function registerContactRoutes(app: FastifyInstance, services: Services): void {
  const { db } = services.store;

  defineRoute(app, services, {
    method: 'GET', url: '/api/v1/contacts/:id', summary: 'A contact with identities, recent conversations, and activity (likes, follows)', tag: 'contacts',
    role: 'viewer', params: IdParams,
    async handler({ actor, params }) {
      const contact = await getContact(db, actor.workspaceId, params.id);
      if (!contact) throw notFound('contact');
      const [conversations, activity] = await Promise.all([
        listConversations(db, actor.workspaceId, { contactId: contact.id }, 'newest', 50),
        presentContactActivity(db, actor.workspaceId, contact.id),
      ]);
      return { ...contact, conversations: conversations.items, activity };
    },
  });

  defineRoute(app, services, {
    method: 'PATCH', url: '/api/v1/contacts/:id', summary: 'Update name, VIP flag, attributes or shared notes', tag: 'contacts',
    role: 'agent', params: IdParams,
    body: z.object({
      name: z.string().max(200).nullable().optional(),
      isVip: z.boolean().optional(),
      attributes: z.record(z.string().max(64), z.unknown()).optional(),
      notes: z.string().max(20_000).optional(),
    }),
    async handler({ actor, params, body }) {
      const patch = Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
      // One transaction: the contact and the VIP flag its conversations carry change together.
      const isFound = await db.transaction().execute((trx) => updateContact(trx, actor.workspaceId, params.id, patch, services.now()));
      if (!isFound) throw notFound('contact');
      const contact = await getContact(db, actor.workspaceId, params.id);
      services.bus.publish({ type: 'contact.updated', workspaceId: actor.workspaceId, data: contact });
      return contact;
    },
  });
}
