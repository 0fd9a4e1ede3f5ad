// Parses the HTTP fallback body ({id, text} or {messages:[…]}) into the named visitor's InboundEvents.
import { z } from 'zod';
import type { InboundEvent } from '../../domain/inbound-event.ts';
import { ParleyError } from '../../domain/errors.ts';
import { parseJsonBody } from '../json-body.ts';
import { ClientMessageId, checkVisitorText, visitorEvent, type VisitorDraft } from './visitor-message.ts';

const Draft = z.object({ id: ClientMessageId, text: z.string() });
const Body = z.union([Draft, z.object({ messages: z.array(Draft).min(1).max(20) })]);

export function parseVisitorDelivery(rawBody: Buffer, visitorId: string, now: Date = new Date()): InboundEvent[] {
  const parsed = Body.safeParse(parseJsonBody(rawBody));
  if (!parsed.success) {
    throw new ParleyError('validation_failed', 'send {"id":"<client id>","text":"…"} or {"messages":[…]}', {
      issues: parsed.error.issues.slice(0, 20).map((i) => ({ path: i.path.join('.'), message: i.message })),
    });
  }
  const drafts: VisitorDraft[] = 'messages' in parsed.data ? parsed.data.messages : [parsed.data];
  for (const draft of drafts) {
    const problem = checkVisitorText(draft.text);
    if (problem) throw problem;
  }
  return drafts.map((draft) => visitorEvent(visitorId, draft, now));
}
