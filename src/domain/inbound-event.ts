// What a channel hands to ingest: one network-neutral event per message it received.
import type { Attachment, MessageDirection, Visibility } from './types.ts';

export interface InboundAuthor {
  /** The author's id on the network (or the api client's own id for the customer). */
  externalId: string;
  handle: string | null;
  displayName: string | null;
  /** How many accounts follow the author, where the network says (priority counts it only if a workspace weighs it in). */
  followers?: number | undefined;
}

export interface InboundEvent {
  /** The network's id for this message; ingest is idempotent on (channel, externalId). */
  externalId: string;
  /** 'in' from a customer; 'out' for the brand's own posts made outside Parley. */
  direction: Extract<MessageDirection, 'in' | 'out'>;
  visibility: Visibility;
  author: InboundAuthor;
  /** For 'out' events: the customer the brand wrote to (private threads are keyed by them). */
  recipient?: InboundAuthor | undefined;
  text: string;
  attachments: Attachment[];
  /** An explicit thread key from the network (a post id, a chat id) when it has one. */
  threadKey?: string | undefined;
  /** The network id of the message this one answers; a reply joins its parent's conversation. */
  inReplyToExternalId?: string | undefined;
  sentAt: string;
  /** An edit or removal of the message with this externalId, rather than a new message. */
  change?: 'edit' | 'remove' | undefined;
}
