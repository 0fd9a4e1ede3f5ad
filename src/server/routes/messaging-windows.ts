// /api/v1/messaging-windows: for leads, the private threads still waiting whose window closes soon.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Services } from '../services.ts';
import { defineRoute } from '../route.ts';
import { ParleyError } from '../../domain/errors.ts';
import { parseIsoDuration } from '../../domain/iso-duration.ts';
import { findClosingWindows } from '../../care/find-closing-windows.ts';
import { presentConversationPage } from '../presenters/conversation-page.ts';

/** The longest window a network gives (Meta's human agent tag): looking further finds nothing more. */
const MAX_LOOKAHEAD_MS = 7 * 24 * 3_600_000;

export function registerMessagingWindowRoutes(app: FastifyInstance, services: Services): void {
  const { db } = services.store;

  defineRoute(app, services, {
    method: 'GET', url: '/api/v1/messaging-windows',
    summary: 'Private threads still needing a reply whose messaging window closes within closingWithin (ISO-8601 duration), soonest first',
    tag: 'conversations', role: 'lead',
    query: z.object({
      closingWithin: z.string().max(32).default('PT6H'),
      limit: z.coerce.number().int().min(1).max(200).default(50),
    }),
    async handler({ actor, query }) {
      const withinMs = parseIsoDuration(query.closingWithin);
      if (withinMs <= 0 || withinMs > MAX_LOOKAHEAD_MS) {
        throw new ParleyError('validation_failed', 'closingWithin must be more than zero and at most P7D');
      }
      const now = services.now();
      const windows = await findClosingWindows({ db, channels: services.channels }, { workspaceId: actor.workspaceId, withinMs, limit: query.limit, now });
      const page = await presentConversationPage(db, { items: windows.map((w) => w.conversation), nextCursor: null });
      return {
        closingWithin: query.closingWithin,
        now: now.toISOString(),
        items: page.items.map((conversation, i) => ({ conversation, closesAt: windows[i]!.closesAt, rule: windows[i]!.rule })),
      };
    },
  });
}
