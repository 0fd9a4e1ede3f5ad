// Facts a delivery carries besides messages: a receipt for what the brand sent, or something a
// customer did that opens no conversation. Channels parse them; ingest applies them in the same
// transaction as the delivery's messages, so the acknowledgement covers both.
import type { InboundAuthor } from './inbound-event.ts';

/** The network delivered or showed the customer what the brand sent them. */
export interface DeliverySignal {
  kind: 'delivery';
  status: 'delivered' | 'read';
  /** The customer's id on the network: receipts apply to what the brand sent them. */
  customerExternalId: string;
  /** The network ids of the messages it names (Messenger's `mids`); may be empty. */
  messageExternalIds: string[];
  /** Everything sent to this customer up to this time (Messenger's `watermark`), ISO-8601; null when none. */
  watermark: string | null;
  at: string;
}

/** What a customer did towards the brand that opens no conversation: liked its post, followed or unfollowed it. */
export interface ContactActivitySignal {
  kind: 'contact_activity';
  activity: ContactActivityKind;
  /** The network's id for the act (or one built from its parts), so a redelivery is stored once. */
  externalId: string;
  /** The customer who did it; their contact is found or created by this identity. */
  author: InboundAuthor;
  /** The brand's post it concerns (the liked post); null for follows. */
  subjectExternalId: string | null;
  at: string;
}

export const CONTACT_ACTIVITY_KINDS = ['favorite', 'follow', 'unfollow'] as const;
export type ContactActivityKind = (typeof CONTACT_ACTIVITY_KINDS)[number];

export type InboundSignal = DeliverySignal | ContactActivitySignal;
