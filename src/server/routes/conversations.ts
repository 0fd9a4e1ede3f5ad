// /api/v1/conversations: the inbox list, one conversation, and the agent actions on it.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Services } from '../services.ts';
import { defineRoute, IdParams } from '../route.ts';
import { notFound, ParleyError } from '../../domain/errors.ts';
import { CONVERSATION_STATUSES } from '../../domain/types.ts';
import { listConversations, getConversation } from '../../store/repositories/conversations.ts';
import { listConversationMessages, getMessage, setDelivery } from '../../store/repositories/messages.ts';
import { getContact } from '../../store/repositories/contacts.ts';
import { getChannel } from '../../store/repositories/channels.ts';
import { getOutboxByMessage, requeueOutbox } from '../../store/repositories/outbox.ts';
import { sendReply } from '../../care/send-reply.ts';
import { addNote } from '../../care/add-note.ts';
import { assignConversation } from '../../care/assign-conversation.ts';
import { tagConversation } from '../../care/tag-conversation.ts';
import { setStatus } from '../../care/set-status.ts';
import { requireRole, requireUser } from '../auth/actor.ts';
import { maskMessage } from '../../domain/pii-guard.ts';
import { escalateConversation } from '../../care/escalate-conversation.ts';
import { bulkUpdate, MAX_BULK } from '../../care/bulk-update.ts';
import { moderateMessage } from '../../care/moderate-message.ts';
import { moveToPrivate } from '../../care/move-to-private.ts';
import { auditAction } from '../audit.ts';
import { presentConversationPage } from '../presenters/conversation-page.ts';
import { ListQuery, resolveInboxFilter } from '../inbox-query.ts';
import { mediaLink } from '../media-links.ts';
import { publicBase } from '../public-base.ts';
import { MAX_ATTACHMENTS_PER_REPLY } from '../../domain/upload-kinds.ts';

const VersionBody = { baseVersion: z.number().int().positive().optional() };

export function registerConversationRoutes(app: FastifyInstance, services: Services): void {
  const { db } = services.store;

  defineRoute(app, services, {
    method: 'GET', url: '/api/v1/conversations', summary: 'The inbox: filtered, sorted, keyset-paged', tag: 'conversations',
    role: 'viewer', query: ListQuery,
    async handler({ actor, query }) {
      const filter = await resolveInboxFilter(db, actor, query);
      const page = await listConversations(db, actor.workspaceId, filter, query.sort, query.limit, query.cursor);
      return presentConversationPage(db, page);
    },
  });

  defineRoute(app, services, {
    method: 'GET', url: '/api/v1/conversations/:id', summary: 'A conversation with its messages, contact and priority explanation',
    tag: 'conversations', role: 'viewer', params: IdParams,
    query: z.object({ before: z.coerce.number().int().positive().optional(), limit: z.coerce.number().int().min(1).max(500).default(200) }),
    async handler({ actor, params, query }) {
      const conversation = await getConversation(db, actor.workspaceId, params.id);
      if (!conversation) throw notFound('conversation');
      const [messages, contact, channel] = await Promise.all([
        listConversationMessages(db, conversation.id, query.limit, query.before),
        getContact(db, actor.workspaceId, conversation.contactId),
        getChannel(db, actor.workspaceId, conversation.channelId),
      ]);
      return {
        conversation,
        priority: { score: conversation.priority, factors: conversation.priorityFactors },
        messages: messages.items.map(maskMessage),
        olderCursor: messages.hasMore ? messages.oldestSeq : null,
        contact: contact ?? null,
        channel: channel ? { id: channel.id, network: channel.network, name: channel.name } : null,
        // When the network's messaging window for a private reply closes (null: no window).
        messagingWindow: channel && conversation.kind === 'private'
          ? services.channels.get(channel.network)?.messagingWindow?.(conversation.lastInboundAt, 'private', { channel, conversationKind: 'private' }) ?? null
          : null,
      };
    },
  });

  defineRoute(app, services, {
    method: 'POST', url: '/api/v1/conversations/:id/replies', summary: 'Reply to the customer (queued, then sent)',
    tag: 'conversations', role: 'agent', params: IdParams, status: 201,
    body: z.object({
      // Empty text is fine when files go with it; the care layer refuses a reply with neither.
      text: z.string().max(100_000).default(''), visibility: z.enum(['public', 'private']).optional(),
      savedReplyId: z.string().max(64).optional(), piiOverride: z.object({ reason: z.string().min(3).max(500) }).optional(),
      attachmentIds: z.array(z.string().min(1).max(64)).max(MAX_ATTACHMENTS_PER_REPLY).optional(), ...VersionBody,
    }),
    async handler({ actor, params, body, request }) {
      // Posting private data in public is a lead's call, never an agent's.
      if (body.piiOverride) requireRole(actor, 'lead');
      const { piiOverride, ...rest } = body;
      const base = publicBase(services, request);
      const written = await sendReply(services, {
        workspaceId: actor.workspaceId, conversationId: params.id, userId: actor.userId, ...rest, piiOverrideReason: piiOverride?.reason,
        mediaLink: (uploadId) => mediaLink(services, base, uploadId),
      });
      // Masked like every other copy the agent view gets (the stream's, the thread's): which copy
      // arrives last must not decide whether a card number shows.
      return { ...written, message: maskMessage(written.message) };
    },
  });

  defineRoute(app, services, {
    method: 'POST', url: '/api/v1/conversations/:id/notes', summary: 'Add an internal note', tag: 'conversations',
    role: 'agent', params: IdParams, status: 201,
    body: z.object({ text: z.string().min(1).max(20_000), ...VersionBody }),
    async handler({ actor, params, body }) {
      return addNote(services, { workspaceId: actor.workspaceId, conversationId: params.id, userId: actor.userId, ...body });
    },
  });

  defineRoute(app, services, {
    method: 'POST', url: '/api/v1/conversations/:id/assign', summary: 'Assign to an agent ("me", a user id or null) and/or a team',
    tag: 'conversations', role: 'agent', params: IdParams,
    body: z.object({ assigneeId: z.string().max(64).nullable().optional(), teamId: z.string().max(64).nullable().optional(), ...VersionBody }),
    async handler({ actor, params, body }) {
      const assigneeId = body.assigneeId === 'me' ? requireUser(actor) : body.assigneeId;
      return assignConversation(services, { workspaceId: actor.workspaceId, conversationId: params.id, userId: actor.userId, ...body, assigneeId });
    },
  });

  defineRoute(app, services, {
    method: 'POST', url: '/api/v1/conversations/:id/tags', summary: 'Add, remove or set tags', tag: 'conversations',
    role: 'agent', params: IdParams,
    body: z.object({
      add: z.array(z.string()).max(50).optional(), remove: z.array(z.string()).max(50).optional(),
      tags: z.array(z.string()).max(50).optional(), ...VersionBody,
    }),
    async handler({ actor, params, body }) {
      return tagConversation(services, {
        workspaceId: actor.workspaceId, conversationId: params.id, userId: actor.userId, add: body.add, remove: body.remove, set: body.tags, baseVersion: body.baseVersion,
      });
    },
  });

  defineRoute(app, services, {
    method: 'POST', url: '/api/v1/conversations/:id/status', summary: 'Open, pend, snooze (until a time) or resolve',
    tag: 'conversations', role: 'agent', params: IdParams,
    body: z.object({ status: z.enum(CONVERSATION_STATUSES), snoozedUntil: z.string().optional(), ...VersionBody }),
    async handler({ actor, params, body }) {
      return setStatus(services, { workspaceId: actor.workspaceId, conversationId: params.id, userId: actor.userId, ...body });
    },
  });

  defineRoute(app, services, {
    method: 'POST', url: '/api/v1/conversations/:id/move-to-private',
    summary: 'Answer in public ("we sent you a DM") and continue privately in this same conversation',
    tag: 'conversations', role: 'agent', params: IdParams,
    body: z.object({ publicText: z.string().max(10_000).optional(), privateText: z.string().max(100_000).optional(), ...VersionBody }),
    status: 201,
    async handler({ actor, params, body }) {
      const moved = await moveToPrivate(services, { workspaceId: actor.workspaceId, conversationId: params.id, userId: actor.userId, ...body });
      return { ...moved, publicReply: maskMessage(moved.publicReply), privateReply: moved.privateReply && maskMessage(moved.privateReply) };
    },
  });

  defineRoute(app, services, {
    method: 'POST', url: '/api/v1/conversations/:id/escalate', summary: "Hand over to another team's queue with a note",
    tag: 'conversations', role: 'agent', params: IdParams,
    body: z.object({ teamId: z.string().min(1).max(64), note: z.string().min(1).max(5000), ...VersionBody }),
    async handler({ actor, params, body }) {
      return escalateConversation(services, { workspaceId: actor.workspaceId, conversationId: params.id, userId: actor.userId, ...body });
    },
  });

  const BulkAction = z.discriminatedUnion('type', [
    z.object({ type: z.literal('assign'), assigneeId: z.string().max(64).nullable(), teamId: z.string().max(64).nullable().optional() }),
    z.object({ type: z.literal('tag'), add: z.array(z.string()).max(50).optional(), remove: z.array(z.string()).max(50).optional() }),
    z.object({ type: z.literal('status'), status: z.enum(CONVERSATION_STATUSES), snoozedUntil: z.string().optional() }),
  ]);
  defineRoute(app, services, {
    method: 'POST', url: '/api/v1/conversations/bulk', summary: 'Apply one action to many conversations (each reports its own result)',
    tag: 'conversations', role: 'agent',
    body: z.object({ ids: z.array(z.string().min(1).max(64)).min(1).max(MAX_BULK), action: BulkAction }),
    async handler({ actor, body }) {
      const action = body.action.type === 'assign' && body.action.assigneeId === 'me' ? { ...body.action, assigneeId: requireUser(actor) } : body.action;
      return { results: await bulkUpdate(services, { workspaceId: actor.workspaceId, userId: actor.userId, ids: body.ids, action }) };
    },
  });

  defineRoute(app, services, {
    method: 'POST', url: '/api/v1/messages/:id/moderate',
    summary: "Hide, show again or delete a customer's public message on its network (audited)", tag: 'conversations',
    role: 'agent', params: IdParams, body: z.object({ action: z.enum(['hide', 'unhide', 'delete']) }),
    async handler({ actor, params, body }) {
      const message = await moderateMessage(services, {
        workspaceId: actor.workspaceId, userId: actor.userId, tokenId: actor.tokenId ?? null, messageId: params.id, action: body.action,
      });
      return { id: message.id, moderation: message.moderation };
    },
  });

  defineRoute(app, services, {
    method: 'POST', url: '/api/v1/messages/:id/reveal', summary: 'Show a masked card or ID number in full (audited)',
    tag: 'conversations', role: 'lead', params: IdParams,
    async handler({ actor, params }) {
      const message = await getMessage(db, params.id);
      if (!message || message.workspaceId !== actor.workspaceId) throw notFound('message');
      await auditAction(services, actor, 'pii.revealed', 'message', message.id, { types: message.pii.map((p) => p.type) });
      return { id: message.id, text: message.text };
    },
  });

  defineRoute(app, services, {
    method: 'POST', url: '/api/v1/messages/:id/retry', summary: 'Send a failed reply again', tag: 'conversations',
    role: 'agent', params: IdParams,
    async handler({ actor, params }) {
      const message = await getMessage(db, params.id);
      if (!message || message.workspaceId !== actor.workspaceId) throw notFound('message');
      const item = await getOutboxByMessage(db, message.id);
      if (!item || item.status !== 'failed') throw new ParleyError('conflict', 'only a failed reply can be retried');
      const now = services.now();
      await db.transaction().execute(async (trx) => {
        await requeueOutbox(trx, item.id, now);
        await setDelivery(trx, message.id, 'queued', null);
      });
      services.bus.publish({ type: 'message.updated', workspaceId: actor.workspaceId, data: { id: message.id, conversationId: message.conversationId, deliveryStatus: 'queued', deliveryError: null } });
      services.wakeOutbox();
      return { id: message.id, deliveryStatus: 'queued' };
    },
  });
}
