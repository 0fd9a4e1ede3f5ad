// What the Meta parsers read out of a delivery, before it is squeezed into today's InboundEvent.
import type { InboundEvent } from '../../domain/inbound-event.ts';

/**
 * Meta sends more than new messages: edits, removals, moderation, receipts. The parsers keep
 * each for what it is, so that when ingest learns these kinds only `toInboundEvents` changes.
 */
export type MetaEvent =
  /** A new comment, post, DM, postback or reaction. */
  | { kind: 'message'; event: InboundEvent }
  /** The same message with new text (feed `verb:"edited"`, Messenger `message_edits`). */
  | { kind: 'edit'; event: InboundEvent }
  /** The message was removed (feed `verb:"remove"`, Instagram `is_deleted`); `event.text` is empty. */
  | { kind: 'remove'; event: InboundEvent }
  /** A comment was hidden or shown again (feed `verb:"hide"`/`"unhide"`). */
  | { kind: 'moderation'; externalId: string; isHidden: boolean; at: string }
  /** The customer's app got (delivered) or showed (read) the brand's messages up to `watermark`. */
  | { kind: 'receipt'; status: 'delivered' | 'read'; customerExternalId: string; messageExternalIds: string[]; watermark: string }
  /** An echo of a message Parley itself sent (recognised by the metadata it attached). */
  | { kind: 'own-echo'; externalId: string };

export interface MetaParseResult {
  events: MetaEvent[];
  /** Items that could not be read, with why: the rest of the batch is still taken. */
  skipped: string[];
}

/** Where this channel sits in Meta's graph: its own id tells the brand's messages from the customers'. */
export interface MetaParseContext {
  /** The Page id (facebook) or the Instagram professional account id (instagram). */
  ownId: string;
  now: Date;
}

/** Marks Parley's own Send API calls so their echoes can be recognised (see send modules). */
export const OWN_METADATA_PREFIX = 'parley:';

/**
 * Messages become events; edits and removals become change events on the same externalId (ingest
 * keeps the earlier text and marks a removal, never losing the message). Receipts, moderation and
 * own echoes are not messages and are dropped here.
 */
export function toInboundEvents(events: MetaEvent[]): InboundEvent[] {
  const out: InboundEvent[] = [];
  for (const e of events) {
    if (e.kind === 'message') out.push(e.event);
    else if (e.kind === 'edit') out.push({ ...e.event, change: 'edit' });
    else if (e.kind === 'remove') out.push({ ...e.event, change: 'remove', text: '', attachments: [] });
  }
  return out;
}

/** The network id behind an id `toInboundEvents` derived ("123_456#edit-ab12" → "123_456"). */
export function networkIdOf(externalId: string): string {
  const hash = externalId.indexOf('#');
  return hash === -1 ? externalId : externalId.slice(0, hash);
}
