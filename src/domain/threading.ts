// Where an inbound message belongs: the thread key rules, pure and network-neutral.
import type { InboundEvent } from './inbound-event.ts';
import type { ConversationKind } from './types.ts';

export interface ThreadPlacement {
  kind: ConversationKind;
  threadKey: string;
}

/**
 * A private message always lands in the one private thread of its customer on that channel.
 * A public message names its thread explicitly, or else starts one keyed by its own id;
 * replies to a known parent are placed by ingest before this rule applies.
 */
export function placeInThread(event: InboundEvent, customerExternalId: string): ThreadPlacement {
  if (event.visibility === 'private') {
    return { kind: 'private', threadKey: `dm:${customerExternalId}` };
  }
  if (event.threadKey) return { kind: 'public', threadKey: `thread:${event.threadKey}` };
  if (event.inReplyToExternalId) return { kind: 'public', threadKey: `post:${event.inReplyToExternalId}` };
  return { kind: 'public', threadKey: `post:${event.externalId}` };
}
