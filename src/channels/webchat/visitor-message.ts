// What a visitor may send and see: text rules, the InboundEvent a message becomes, the shape shown back.
import { z } from 'zod';
import type { InboundEvent } from '../../domain/inbound-event.ts';
import type { Message } from '../../domain/types.ts';
import { ParleyError } from '../../domain/errors.ts';

export const MAX_TEXT_LENGTH = 5000;

/** Code points, so an emoji counts once as a visitor sees it, not twice as UTF-16 would. */
export const countCodePoints = (text: string): number => Array.from(text).length;

/** The widget makes these up per message; a resend reuses one, which is what makes it idempotent. */
export const ClientMessageId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'a message id is 1–64 letters, digits, _ or -');

export interface VisitorDraft {
  id: string;
  text: string;
}

/** Why a visitor's text cannot be taken, or null when it can. The text itself is kept exactly. */
export function checkVisitorText(text: string): ParleyError | null {
  if (text.trim() === '') return new ParleyError('validation_failed', 'the message is empty');
  const length = countCodePoints(text);
  if (length > MAX_TEXT_LENGTH) {
    return new ParleyError('text_too_long', `the message is ${length} characters; the most is ${MAX_TEXT_LENGTH}`, { length, max: MAX_TEXT_LENGTH });
  }
  return null;
}

export function visitorEvent(visitorId: string, draft: VisitorDraft, now: Date): InboundEvent {
  return {
    // Scoped by visitor so two visitors' client ids can never collide.
    externalId: `${visitorId}:${draft.id}`,
    direction: 'in',
    visibility: 'private',
    author: { externalId: visitorId, handle: null, displayName: null },
    text: draft.text,
    attachments: [],
    sentAt: now.toISOString(),
  };
}

/** The visitor's one thread on the channel: ingest's rule for private messages (domain/threading.ts). */
export const visitorThreadKey = (visitorId: string): string => `dm:${visitorId}`;

export interface VisitorMessage {
  id: string;
  direction: 'in' | 'out';
  text: string;
  sentAt: string;
  authorName: string | null;
}

/** Agents' names stay internal: a reply is from the team, as `send` delivers it live. */
export function toVisitorMessage(message: Pick<Message, 'id' | 'direction' | 'text' | 'sentAt' | 'authorName'>): VisitorMessage {
  const isInbound = message.direction === 'in';
  return {
    id: message.id,
    direction: isInbound ? 'in' : 'out',
    text: message.text,
    sentAt: message.sentAt,
    authorName: isInbound ? message.authorName : null,
  };
}
