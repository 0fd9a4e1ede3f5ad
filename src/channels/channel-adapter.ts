// The contract every network connector implements: verify, parse, send, limits.
import type { Attachment, Channel, ChannelWithSecrets, ConversationKind, Network, Visibility } from '../domain/types.ts';
import type { InboundEvent } from '../domain/inbound-event.ts';
import type { InboundSignal } from '../domain/inbound-signal.ts';
import type { EventBus } from '../realtime/event-bus.ts';

export interface WebhookRequest {
  method: 'GET' | 'POST';
  headers: Record<string, string | string[] | undefined>;
  query: Record<string, string | undefined>;
  /** The body exactly as received: signatures are computed over these bytes. */
  rawBody: Buffer;
}

export interface WebhookReply {
  status: number;
  body: unknown;
  contentType?: string;
}

export interface ConnectionInput {
  name: string;
  config: Record<string, unknown>;
}

export interface PreparedConnection {
  /** Settings safe to show back. */
  config: Record<string, unknown>;
  /** Credentials: sealed at rest, never returned by the API. */
  secrets: Record<string, string>;
  /** Secrets Parley generated that the admin must see once (e.g. the api channel's signing secret). */
  shownOnce?: Record<string, string>;
}

export interface OutboundMessage {
  messageId: string;
  idempotencyKey: string;
  /** lastInboundAt: when the customer last wrote, for networks whose send depends on the window. */
  conversation: { id: string; kind: ConversationKind; threadKey: string; lastInboundAt?: string | null };
  /** The customer's identity on this channel. */
  recipient: { externalId: string; handle: string | null };
  text: string;
  visibility: Visibility;
  /** The network id of the message being answered, when there is one. */
  inReplyToExternalId: string | null;
  attachments: Attachment[];
  /**
   * The bytes of one of `attachments`, for networks that take the file itself rather than a link
   * (X's media upload). Absent where the sender has no store to read from (unit tests).
   */
  readAttachment?: (attachment: Attachment) => Promise<Buffer>;
  sentAt: string;
}

export interface SendResult {
  /** The network's id for what was posted (null when the network gives none). */
  externalId: string | null;
}

export interface SendContext {
  bus: EventBus;
  fetch: typeof fetch;
  now: () => Date;
  /**
   * Stores credentials the network rotated while sending (X's OAuth 2.0 refresh returns a new
   * refresh token each time), merged into the channel's sealed secrets. Absent: nothing is kept.
   */
  updateSecrets?: (patch: Record<string, string>) => Promise<void>;
}

/** A failed send: retryable ones go back in the outbox, the rest end as `failed` with the reason. */
export class SendError extends Error {
  override name = 'SendError';
  constructor(readonly reason: string, readonly isRetryable: boolean, readonly retryAfterMs?: number) {
    super(reason);
  }
}

export interface ChannelLimits {
  /** The longest text the network takes, by visibility, counted by the network's own rule. */
  maxLength: Record<Visibility, number>;
  /** The length by the network's rule, which may differ between posts and private messages. */
  count(text: string, visibility: Visibility): number;
  /** How many files one reply may carry, by visibility; absent: Parley sends no files on this network. */
  maxAttachments?: Record<Visibility, number>;
  /**
   * Whether the network can carry these files together in one reply (types, sizes, mixes):
   * null when it can, else the reason told to the agent before anything is queued. Absent: any.
   */
  checkAttachments?(files: AttachmentFacts[], visibility: Visibility): string | null;
}

/** What a network's attachment rules look at: the file's kind, type and size, not its bytes. */
export interface AttachmentFacts {
  name: string;
  mimeType: string;
  size: number;
}

export interface ChannelAdapter {
  network: Network;
  prepareConnection(input: ConnectionInput): PreparedConnection;
  /** Where this network's user ids are unique: the network itself, or one channel. */
  identityNamespace(channel: Channel): string;
  /** The GET handshake some networks use to verify a webhook URL. */
  handshake?(request: WebhookRequest, channel: ChannelWithSecrets): WebhookReply;
  /** Throws ParleyError('invalid_signature') unless the request provably comes from the network. */
  verify(request: WebhookRequest, channel: ChannelWithSecrets): void;
  /** Throws ParleyError('bad_request'/'validation_failed') on a malformed delivery. */
  parse(request: WebhookRequest, channel: ChannelWithSecrets): InboundEvent[];
  /**
   * The delivery's facts that are not messages (receipts, likes, follows), read after `parse`
   * accepted it; stored with the messages before the delivery is acknowledged. Absent: none.
   */
  parseSignals?(request: WebhookRequest, channel: ChannelWithSecrets): InboundSignal[];
  /** What the network expects back once the events are committed. */
  acknowledge(accepted: number): WebhookReply;
  send(message: OutboundMessage, channel: ChannelWithSecrets, context: SendContext): Promise<SendResult>;
  /**
   * Hides, shows again or deletes a customer's public message on the network, where the network
   * allows it (an agent hides a comment that exposes private data). Throws ParleyError on refusal.
   */
  moderate?(externalId: string, action: ModerationAction, channel: ChannelWithSecrets, context: SendContext): Promise<void>;
  /**
   * Whether Parley can write privately to someone who wrote in public here: true, or the reason
   * it cannot (told to the agent who tries to move a conversation to private). Absent: true.
   * `thread` says what the customer last wrote, for networks that allow one private reply per
   * public message (Meta's private replies to comments).
   */
  canMessagePrivately?(channel: ChannelWithSecrets, thread?: PrivateMessageContext): true | string;
  /**
   * Where the network limits when the brand may write (Messenger's 24 hours after the customer's
   * last message): when the window for a reply of this visibility closes. Absent or null: no window.
   * `thread` names the channel (its settings may lengthen the window) and the conversation's kind.
   */
  messagingWindow?(lastInboundAt: string | null, visibility: Visibility, thread?: MessagingWindowContext): MessagingWindowState | null;
  /**
   * Where the account has no webhooks: fetches what arrived since `cursor` (the network's own
   * since-id), to be ingested like a webhook's events. Absent, or isPolling false: webhooks only.
   */
  isPolling?(channel: ChannelWithSecrets): boolean;
  poll?(channel: ChannelWithSecrets, cursor: string | null, context: PollContext): Promise<PollResult>;
  /**
   * Asks the network whether the channel works: are its credentials valid and until when, is the
   * webhook subscription in place. Run periodically by the health job; throws only when the
   * network cannot be reached (a refusal is a report, not an error).
   */
  checkHealth?(channel: ChannelWithSecrets, context: SendContext): Promise<HealthProbe>;
  /**
   * After an outage or a reconnect: fetches from the network's API what arrived since `since`
   * (ISO-8601), as ordinary inbound events; ingest drops what it already holds.
   */
  backfill?(channel: ChannelWithSecrets, since: string, context: SendContext): Promise<BackfillResult>;
  limits: ChannelLimits;
}

export interface HealthProbe {
  token: {
    state: 'valid' | 'invalid' | 'unknown';
    /** When the network says the credentials stop working; null: no known expiry. */
    expiresAt: string | null;
    /** The network's words when the token is invalid or cannot be judged. */
    detail: string | null;
  };
  webhook: {
    /** not_used: the channel polls, or the network has no webhooks to subscribe. */
    state: 'subscribed' | 'missing' | 'not_used' | 'unknown';
    detail: string | null;
  };
}

export interface BackfillResult {
  events: InboundEvent[];
  /** False when it stopped early (a rate limit, a page cap): the rest is not fetched. */
  isComplete: boolean;
  /** Why it stopped early, for the operator. */
  detail?: string;
}

export type ModerationAction = 'hide' | 'unhide' | 'delete';

export interface MessagingWindowContext {
  channel: Channel;
  conversationKind: ConversationKind;
}

export interface MessagingWindowState {
  /** When replies stop being allowed; null: not until the customer writes. */
  closesAt: string | null;
  /** Which rule sets it: the standard window, a human agent's longer one, a private reply to a comment. */
  rule?: 'standard' | 'human_agent' | 'private_reply';
}

export interface PrivateMessageContext {
  /** The customer's latest message in the public conversation (what a private reply answers). */
  latestInbound: { externalId: string; sentAt: string } | null;
  /** Whether the brand already wrote privately after that message. */
  hasPrivateMessageSince: boolean;
  now: Date;
}

export interface PollContext extends SendContext {
  /** The workspace's listening queries, for networks that search for them (X recent search). */
  listeningQueries: string[];
  /** Tells the operator something the poll skipped or could not do (it is not a failure). */
  notice(message: string): void;
}

export interface PollResult {
  events: InboundEvent[];
  /** Where to continue next time (null: start from now). */
  cursor: string | null;
  /** When to poll again, e.g. after the network's rate-limit reset; default: the poller's interval. */
  nextPollInMs?: number;
}
