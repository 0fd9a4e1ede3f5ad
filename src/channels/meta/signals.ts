// What a Meta delivery says besides messages, in ingest's terms: Messenger and Instagram receipts.
import type { DeliverySignal } from '../../domain/inbound-signal.ts';
import type { MetaEvent } from './meta-event.ts';

/**
 * Messenger's `delivery` ({mids?, watermark}) and `read` ({watermark}), and Instagram's
 * messaging_seen (`read.mid`), already read by the messaging parser, as delivery signals.
 * A watermark covers everything sent to the customer up to it, so a receipt without mids (older
 * Messenger clients send none) still reaches the brand's messages.
 * https://developers.facebook.com/docs/messenger-platform/reference/webhook-events/message-deliveries
 * https://developers.facebook.com/docs/messenger-platform/reference/webhook-events/message-reads
 */
export function toDeliverySignals(events: MetaEvent[]): DeliverySignal[] {
  const signals: DeliverySignal[] = [];
  for (const e of events) {
    if (e.kind !== 'receipt') continue;
    signals.push({
      kind: 'delivery', status: e.status, customerExternalId: e.customerExternalId,
      messageExternalIds: e.messageExternalIds, watermark: e.watermark, at: e.watermark,
    });
  }
  return signals;
}
