// An Instagram delivery (object "instagram") read whole: comment changes and DM items of every entry.
import type { InboundEvent } from '../../../domain/inbound-event.ts';
import type { DeliverySignal } from '../../../domain/inbound-signal.ts';
import type { MetaDelivery } from '../delivery.ts';
import { readMetaDelivery, requireObjectType } from '../delivery.ts';
import { toInboundEvents, type MetaParseContext, type MetaParseResult } from '../meta-event.ts';
import { parseMessagingItem } from '../messaging.ts';
import { parseInstagramChange } from './parse-changes.ts';
import { toDeliverySignals } from '../signals.ts';

/**
 * Both connection flavours (Instagram API with Facebook Login, on graph.facebook.com, and with
 * Instagram Login, on graph.instagram.com) deliver `object:"instagram"` with the professional
 * account's id as entry.id; DMs use messaging[] like Messenger (echoes inside `messages`,
 * read receipts as `read.mid` from messaging_seen).
 * https://developers.facebook.com/docs/instagram-platform/webhooks/examples
 */
export function parseInstagramDelivery(delivery: MetaDelivery, ctx: MetaParseContext): MetaParseResult {
  requireObjectType(delivery, 'instagram');
  const result: MetaParseResult = { events: [], skipped: [] };
  for (const entry of delivery.entries) {
    if (entry.id !== ctx.ownId) {
      result.skipped.push(`entry for Instagram account ${entry.id}, not this channel's account`);
      continue;
    }
    for (const change of entry.changes) parseInstagramChange(change, entry, ctx, result);
    for (const item of entry.messaging) parseMessagingItem(item, entry, ctx, result);
  }
  return result;
}

/** A delivery body as the webhook route hands it over, turned into today's InboundEvents. */
export function parseInstagramBody(rawBody: Buffer, igUserId: string, now: Date = new Date()): InboundEvent[] {
  return toInboundEvents(parseInstagramDelivery(readMetaDelivery(rawBody), { ownId: igUserId, now }).events);
}

/** The same body's receipts (messaging_seen), applied to what the account sent. */
export function parseInstagramSignals(rawBody: Buffer, igUserId: string, now: Date = new Date()): DeliverySignal[] {
  return toDeliverySignals(parseInstagramDelivery(readMetaDelivery(rawBody), { ownId: igUserId, now }).events);
}
