// Parses the api channel's inbound body into InboundEvents, with clear errors.
import { z } from 'zod';
import type { InboundEvent } from '../../domain/inbound-event.ts';
import { ParleyError } from '../../domain/errors.ts';
import { parseJsonBody } from '../json-body.ts';

const shortText = z.string().max(512);

const EventSchema = z.object({
  id: z.union([shortText.min(1), z.number().int().transform(String)]),
  thread: shortText.min(1).optional(),
  inReplyTo: shortText.min(1).optional(),
  from: z.object({
    id: z.union([shortText.min(1), z.number().int().transform(String)]),
    name: shortText.optional(),
    handle: shortText.optional(),
  }),
  text: z.string().max(100_000).default(''),
  // Unspecified visibility is treated as private, so a reply is never posted publicly by accident.
  visibility: z.enum(['public', 'private']).default('private'),
  sentAt: z.string().datetime({ offset: true }).optional(),
  attachments: z.array(z.object({
    type: z.enum(['image', 'video', 'audio', 'file', 'location', 'other']).default('file'),
    url: z.string().url().max(2048).nullable().default(null),
    name: shortText.nullable().default(null),
    mimeType: shortText.nullable().default(null),
    size: z.number().int().nonnegative().nullable().default(null),
  })).max(20).default([]),
});

const BodySchema = z.object({ events: z.array(EventSchema).min(1).max(1000) });

export function parseApiDelivery(rawBody: Buffer, now: Date = new Date()): InboundEvent[] {
  const parsed = BodySchema.safeParse(parseJsonBody(rawBody));
  if (!parsed.success) {
    throw new ParleyError('validation_failed', 'the delivery does not match the api channel format', {
      issues: parsed.error.issues.slice(0, 20).map((i) => ({ path: i.path.join('.'), message: i.message })),
    });
  }
  return parsed.data.events.map((e) => ({
    externalId: e.id,
    direction: 'in',
    visibility: e.visibility,
    author: { externalId: e.from.id, handle: e.from.handle ?? null, displayName: e.from.name ?? null },
    text: e.text,
    attachments: e.attachments,
    threadKey: e.thread,
    inReplyToExternalId: e.inReplyTo,
    sentAt: e.sentAt ? new Date(e.sentAt).toISOString() : now.toISOString(),
  }));
}
