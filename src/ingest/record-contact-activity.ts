// Records a like or follow on the customer's contact (found or created by identity, as for a message), opening no conversation.
import type { Db } from '../store/database.ts';
import type { Channel } from '../domain/types.ts';
import type { ContactActivitySignal } from '../domain/inbound-signal.ts';
import type { RealtimeEvent } from '../realtime/event-bus.ts';
import { contactOfIdentity, recordContactActivity } from '../store/repositories/contacts.ts';

/** Stores the act once per channel and network id; announces it only the first time. */
export async function recordContactActivitySignal(db: Db, channel: Channel, namespace: string, signal: ContactActivitySignal, now: Date): Promise<RealtimeEvent[]> {
  const nowIso = now.toISOString();
  const contactId = await contactOfIdentity(db, channel.workspaceId, {
    network: channel.network, namespace, externalId: signal.author.externalId,
    handle: signal.author.handle, displayName: signal.author.displayName,
  }, nowIso);
  const isNew = await recordContactActivity(db, {
    workspaceId: channel.workspaceId, contactId, channelId: channel.id, activity: signal.activity,
    externalId: signal.externalId, subjectExternalId: signal.subjectExternalId, at: signal.at,
  }, nowIso);
  if (!isNew) return [];
  return [{
    type: 'contact.activity', workspaceId: channel.workspaceId,
    data: { contactId, activity: signal.activity, channelId: channel.id, network: channel.network, subjectExternalId: signal.subjectExternalId, at: signal.at },
  }];
}
