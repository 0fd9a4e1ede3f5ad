// Applies a delivery's non-message facts inside the ingest transaction and says what to announce.
import type { Db } from '../store/database.ts';
import type { Channel } from '../domain/types.ts';
import type { DeliverySignal, InboundSignal } from '../domain/inbound-signal.ts';
import type { RealtimeEvent } from '../realtime/event-bus.ts';
import { findIdentity } from '../store/repositories/contacts.ts';
import { applyReceipt } from '../store/repositories/messages.ts';
import { maskMessage } from '../domain/pii-guard.ts';
import { recordContactActivitySignal } from './record-contact-activity.ts';

/** Stores the signals; returns the realtime events to publish once the transaction commits. */
export async function applySignals(db: Db, channel: Channel, namespace: string, signals: InboundSignal[], now: Date): Promise<RealtimeEvent[]> {
  const announcements: RealtimeEvent[] = [];
  for (const signal of signals) {
    switch (signal.kind) {
      case 'delivery':
        announcements.push(...await applyDelivery(db, channel, namespace, signal));
        break;
      case 'contact_activity':
        announcements.push(...await recordContactActivitySignal(db, channel, namespace, signal, now));
        break;
    }
  }
  return announcements;
}

async function applyDelivery(db: Db, channel: Channel, namespace: string, signal: DeliverySignal): Promise<RealtimeEvent[]> {
  let conversationIds: string[] = [];
  if (signal.watermark) {
    // A watermark covers every private message the brand sent this customer on this channel.
    const identity = await findIdentity(db, channel.workspaceId, namespace, signal.customerExternalId);
    if (identity) {
      const rows = await db.selectFrom('conversations').select('id')
        .where('channel_id', '=', channel.id).where('contact_id', '=', identity.contactId).where('kind', '=', 'private')
        .execute();
      conversationIds = rows.map((r) => r.id);
    }
  }
  const changed = await applyReceipt(db, {
    channelId: channel.id, conversationIds, status: signal.status, externalIds: signal.messageExternalIds, watermark: signal.watermark,
  });
  return changed.map((message) => ({ type: 'message.updated', workspaceId: channel.workspaceId, data: maskMessage(message) }));
}
