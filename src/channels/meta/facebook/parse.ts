// A Page delivery (object "page") read whole: feed changes and Messenger items of every entry.
import type { InboundEvent } from '../../../domain/inbound-event.ts';
import type { DeliverySignal } from '../../../domain/inbound-signal.ts';
import type { MetaDelivery } from '../delivery.ts';
import { readMetaDelivery, requireObjectType } from '../delivery.ts';
import { toInboundEvents, type MetaParseContext, type MetaParseResult } from '../meta-event.ts';
import { parseMessagingItem } from '../messaging.ts';
import { parseFeedChange } from './parse-feed.ts';
import { toDeliverySignals } from '../signals.ts';

/**
 * Meta batches several entries (and several changes or messaging items per entry) into one
 * POST; every one is read. An app subscribed for many Pages may send another Page's entry to
 * this callback: it is left out (it is not this channel's), never filed under the wrong Page.
 * https://developers.facebook.com/docs/messenger-platform/webhooks#event-notifications
 */
export function parseFacebookDelivery(delivery: MetaDelivery, ctx: MetaParseContext): MetaParseResult {
  requireObjectType(delivery, 'page');
  const result: MetaParseResult = { events: [], skipped: [] };
  for (const entry of delivery.entries) {
    if (entry.id !== ctx.ownId) {
      result.skipped.push(`entry for Page ${entry.id}, not this channel's Page`);
      continue;
    }
    for (const change of entry.changes) parseFeedChange(change, entry, ctx, result);
    for (const item of entry.messaging) parseMessagingItem(item, entry, ctx, result);
  }
  return result;
}

/** A delivery body as the webhook route hands it over, turned into today's InboundEvents. */
export function parseFacebookBody(rawBody: Buffer, pageId: string, now: Date = new Date()): InboundEvent[] {
  return toInboundEvents(parseFacebookDelivery(readMetaDelivery(rawBody), { ownId: pageId, now }).events);
}

/** The same body's receipts (message_deliveries, message_reads), applied to what the Page sent. */
export function parseFacebookSignals(rawBody: Buffer, pageId: string, now: Date = new Date()): DeliverySignal[] {
  return toDeliverySignals(parseFacebookDelivery(readMetaDelivery(rawBody), { ownId: pageId, now }).events);
}
