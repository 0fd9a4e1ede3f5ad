// Turns an Account Activity API delivery into InboundEvents: public posts and DMs, from customers and the brand.
//
// Payload reference: https://developer.x.com/en/docs/x-api/enterprise/account-activity-api/guides/account-activity-data-objects
import type { InboundAuthor, InboundEvent } from '../../domain/inbound-event.ts';
import { ParleyError } from '../../domain/errors.ts';
import { parseJsonBody } from '../json-body.ts';
import { ACTIVITY_KEYS, DeliverySchema, type XDelivery, type XDirectMessageEvent, type XTweet } from './payload.ts';
import { attachmentsOf, entitiesOf, expandLinks, fullTextOf, mediaOf } from './entities.ts';
import { timeOfSnowflake } from './snowflake.ts';

/** The account a channel is connected as. */
export interface BrandAccount {
  userId: string;
  handle: string;
}

type DirectoryEntry = { screen_name?: string | null | undefined; name?: string | null | undefined; followers_count?: number | null | undefined };

function validIso(date: Date): string | null {
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** timestamp_ms first, then the v1.1 created_at ("Mon Sep 14 08:12:12 +0000 2026"), then the id itself. */
function sentAtOf(ms: number | null | undefined, createdAt: string | null | undefined, id: string, now: Date): string {
  return (ms !== null && ms !== undefined ? validIso(new Date(ms)) : null)
    ?? (createdAt ? validIso(new Date(createdAt)) : null)
    ?? timeOfSnowflake(id)?.toISOString()
    ?? now.toISOString();
}

function person(id: string, entry: DirectoryEntry | undefined): InboundAuthor {
  const followers = entry?.followers_count;
  return { externalId: id, handle: entry?.screen_name ?? null, displayName: entry?.name ?? null, ...(typeof followers === 'number' ? { followers } : {}) };
}

/** Whom a brand post answers: the author it replies to, or else the first account it mentions. */
function customerOfBrandPost(tweet: XTweet, brand: BrandAccount): InboundAuthor | null {
  if (tweet.in_reply_to_user_id_str && tweet.in_reply_to_user_id_str !== brand.userId) {
    return { externalId: tweet.in_reply_to_user_id_str, handle: tweet.in_reply_to_screen_name ?? null, displayName: null };
  }
  const mention = entitiesOf(tweet)?.user_mentions?.find((m) => m.id_str && m.id_str !== brand.userId);
  return mention?.id_str ? { externalId: mention.id_str, handle: mention.screen_name ?? null, displayName: null } : null;
}

/**
 * One post: a mention, a reply, or a quote post. A reply names its parent, so ingest files it in
 * the parent's conversation. A customer's reply to a brand post Parley has never seen (a campaign
 * post, say) gets a thread of its own per customer, rather than one thread for every reply.
 */
export function eventOfPost(tweet: XTweet, brand: BrandAccount, now: Date): InboundEvent | null {
  // A repost has no words of its own; it is reach, not a conversation.
  if (tweet.retweeted_status) return null;
  const media = mediaOf(tweet);
  const base = {
    externalId: tweet.id_str,
    visibility: 'public' as const,
    author: person(tweet.user.id_str, tweet.user),
    text: expandLinks(fullTextOf(tweet), entitiesOf(tweet), media),
    attachments: attachmentsOf(media),
    inReplyToExternalId: tweet.in_reply_to_status_id_str ?? undefined,
    sentAt: sentAtOf(tweet.timestamp_ms, tweet.created_at, tweet.id_str, now),
  };
  if (tweet.user.id_str !== brand.userId) {
    const answersBrand = !!tweet.in_reply_to_status_id_str && tweet.in_reply_to_user_id_str === brand.userId;
    return { ...base, direction: 'in', threadKey: answersBrand ? `${tweet.in_reply_to_status_id_str}/${tweet.user.id_str}` : undefined };
  }
  // The brand's own post. Its broadcasts (not replies) open no conversation; its replies made
  // outside Parley are recorded as outbound. Parley's own replies come back here too, and ingest
  // drops them because the outbox stored the post id as the message's external id.
  if (!tweet.in_reply_to_status_id_str) return null;
  const customer = customerOfBrandPost(tweet, brand);
  return customer ? { ...base, direction: 'out', recipient: customer } : null;
}

/**
 * One DM. Both directions arrive: the customer's, and the brand's own (sender_id equal to the
 * subscribed user), which are recorded as outbound in the customer's private thread.
 */
export function eventOfDirectMessage(event: XDirectMessageEvent, users: XDelivery['users'], brand: BrandAccount, now: Date): InboundEvent | null {
  const message = event.message_create;
  if (event.type !== 'message_create' || !message) return null;
  const senderId = message.sender_id;
  const recipientId = message.target.recipient_id;
  const isFromBrand = senderId === brand.userId;
  const media = message.message_data.attachment?.media ? [message.message_data.attachment.media] : [];
  const base = {
    externalId: event.id,
    visibility: 'private' as const,
    author: person(senderId, users?.[senderId]),
    text: expandLinks(message.message_data.text, message.message_data.entities, media),
    attachments: attachmentsOf(media),
    sentAt: sentAtOf(event.created_timestamp, null, event.id, now),
  };
  return isFromBrand
    ? { ...base, direction: 'out', recipient: person(recipientId, users?.[recipientId]) }
    : { ...base, direction: 'in' };
}

function decode(rawBody: Buffer): XDelivery {
  const body = parseJsonBody(rawBody);
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new ParleyError('bad_request', 'an X delivery is a JSON object from the Account Activity API');
  }
  if (!ACTIVITY_KEYS.some((key) => key in body)) {
    throw new ParleyError('bad_request', `the body carries no Account Activity event (expected one of ${ACTIVITY_KEYS.join(', ')})`);
  }
  const parsed = DeliverySchema.safeParse(body);
  if (!parsed.success) {
    throw new ParleyError('validation_failed', 'the delivery does not match the Account Activity format', {
      issues: parsed.error.issues.slice(0, 20).map((i) => ({ path: i.path.join('.'), message: i.message })),
    });
  }
  return parsed.data;
}

/**
 * Parses one delivery. Likes, follows, deletes, typing and read receipts are valid deliveries that
 * open no conversation: they come back as zero events.
 */
export function parseAccountActivity(rawBody: Buffer, brand: BrandAccount, now: Date = new Date()): InboundEvent[] {
  const delivery = decode(rawBody);
  // One app webhook can carry several subscribed accounts; this channel speaks for one of them.
  if (delivery.for_user_id !== brand.userId) {
    throw new ParleyError('bad_request', `this delivery is for X user ${delivery.for_user_id}, but this channel is connected as user ${brand.userId}`);
  }
  const events: InboundEvent[] = [];
  for (const tweet of delivery.tweet_create_events ?? []) {
    const event = eventOfPost(tweet, brand, now);
    if (event) events.push(event);
  }
  for (const message of delivery.direct_message_events ?? []) {
    const event = eventOfDirectMessage(message, delivery.users, brand, now);
    if (event) events.push(event);
  }
  return events;
}
