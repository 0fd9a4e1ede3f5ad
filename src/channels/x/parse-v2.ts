// Turns X API v2 read answers (mentions, recent search, DM events) into the same InboundEvents the webhook parser makes.
//
// A post can reach Parley both ways (a webhook delivery, then a poll that overlaps it), and ingest
// stores it once only if both give the same externalId, threading and direction. So each v2 object
// is rewritten into the Account Activity (v1.1) object it stands for and handed to the webhook
// parser's own eventOfPost / eventOfDirectMessage: one set of rules, two ways in.
// Field mapping: https://docs.x.com/x-api/migrate/data-format-migration (standard v1.1 → v2).
import type { z } from 'zod';
import type { InboundEvent } from '../../domain/inbound-event.ts';
import { eventOfDirectMessage, eventOfPost, type BrandAccount } from './parse.ts';
import type { XDelivery, XDirectMessageEvent, XEntities, XMedia, XTweet } from './payload.ts';
import {
  DmEventV2Schema, ListPageSchema, MediaV2Schema, PostV2Schema, UserV2Schema,
  type XDmEventV2, type XEntitiesV2, type XListPage, type XMediaV2, type XPostV2, type XUserV2,
} from './payload-v2.ts';

/** One list answer, its items read and its expansions indexed by id. */
export interface ReadPage<Item> {
  items: Item[];
  users: Map<string, XUserV2>;
  media: Map<string, XMediaV2>;
  meta: NonNullable<XListPage['meta']> | null;
}

function each<T>(values: unknown[] | null | undefined, read: (value: unknown) => T | null): T[] {
  return (values ?? []).map(read).filter((v): v is T => v !== null);
}

function readWith<T>(schema: z.ZodType<T>) {
  return (value: unknown): T | null => {
    const result = schema.safeParse(value);
    return result.success ? result.data : null;
  };
}

function readPage<Item>(body: unknown, item: z.ZodType<Item>): ReadPage<Item> {
  const envelope = ListPageSchema.safeParse(body);
  if (!envelope.success) return { items: [], users: new Map(), media: new Map(), meta: null };
  const page = envelope.data;
  const parse = readWith;
  return {
    items: each(page.data, parse(item)),
    users: new Map(each(page.includes?.users, parse(UserV2Schema)).map((u) => [u.id, u])),
    media: new Map(each(page.includes?.media, parse(MediaV2Schema)).map((m) => [m.media_key, m])),
    meta: page.meta ?? null,
  };
}

export const readPostPage = (body: unknown): ReadPage<XPostV2> => readPage(body, PostV2Schema);
export const readDmEventPage = (body: unknown): ReadPage<XDmEventV2> => readPage(body, DmEventV2Schema);

/**
 * v1.1 lists attached media in `entities.media`, apart from the links; v2 puts the media's t.co
 * link among `entities.urls` with its media_key. Plain links stay links; media links go with the media.
 */
function v1Entities(entities: XEntitiesV2 | null | undefined): XEntities {
  return {
    urls: (entities?.urls ?? []).filter((u) => !u.media_key).map((u) => ({ url: u.url, expanded_url: u.expanded_url ?? null })),
    user_mentions: (entities?.mentions ?? []).map((m) => ({ id_str: m.id ?? null, screen_name: m.username ?? null })),
  };
}

function v1Media(keys: string[] | null | undefined, links: XEntitiesV2['urls'], media: Map<string, XMediaV2>): XMedia[] {
  return (keys ?? []).flatMap((key) => {
    const item = media.get(key);
    if (!item) return [];
    const link = links?.find((u) => u.media_key === key);
    return [{ type: item.type ?? null, url: link?.url ?? null, media_url_https: item.url ?? item.preview_image_url ?? null }];
  });
}

const referenced = (post: XPostV2, type: string) => post.referenced_tweets?.find((r) => r.type === type)?.id ?? null;

/** The v1.1 post a v2 post stands for, or null when the answer left out its author. */
export function v1PostOf(post: XPostV2, page: Pick<ReadPage<XPostV2>, 'users' | 'media'>): XTweet | null {
  if (!post.author_id) return null;
  const author = page.users.get(post.author_id);
  const repliedTo = referenced(post, 'replied_to');
  const quoted = referenced(post, 'quoted');
  const retweeted = referenced(post, 'retweeted');
  const replyUser = post.in_reply_to_user_id ? page.users.get(post.in_reply_to_user_id) : undefined;
  const media = v1Media(post.attachments?.media_keys, post.note_tweet?.entities?.urls ?? post.entities?.urls, page.media);
  return {
    id_str: post.id,
    text: post.text,
    created_at: post.created_at ?? null,
    in_reply_to_status_id_str: repliedTo,
    in_reply_to_user_id_str: post.in_reply_to_user_id ?? null,
    in_reply_to_screen_name: replyUser?.username ?? null,
    user: { id_str: post.author_id, screen_name: author?.username ?? null, name: author?.name ?? null, followers_count: author?.public_metrics?.followers_count ?? null },
    is_quote_status: quoted !== null,
    quoted_status_id_str: quoted,
    retweeted_status: retweeted ? { id_str: retweeted } : null,
    entities: v1Entities(post.entities),
    extended_entities: { media },
    // A long post's whole text is note_tweet in v2 and extended_tweet in v1.1.
    extended_tweet: post.note_tweet
      ? { full_text: post.note_tweet.text, entities: v1Entities(post.note_tweet.entities ?? post.entities), extended_entities: { media } }
      : null,
  };
}

/** The posts of a mentions-timeline or recent-search answer, as InboundEvents (reposts and broadcasts dropped). */
export function eventsOfPostPage(body: unknown, brand: BrandAccount, now: Date): InboundEvent[] {
  const page = readPostPage(body);
  return page.items.flatMap((post) => {
    const tweet = v1PostOf(post, page);
    const event = tweet ? eventOfPost(tweet, brand, now) : null;
    return event ? [event] : [];
  });
}

/** The other person of a one-to-one conversation id "<id>-<id>"; null for group conversations. */
export function otherParticipant(conversationId: string | null | undefined, senderId: string): string | null {
  const ids = /^(\d{1,20})-(\d{1,20})$/.exec(conversationId ?? '');
  if (!ids) return null;
  if (ids[1] === senderId) return ids[2]!;
  return ids[2] === senderId ? ids[1]! : null;
}

/** The v1.1 Message Create event a v2 DmEvent stands for; null for joins, leaves and group messages. */
export function v1DirectMessageOf(event: XDmEventV2, media: Map<string, XMediaV2>): XDirectMessageEvent | null {
  if (event.event_type !== 'MessageCreate' || !event.sender_id) return null;
  const recipientId = otherParticipant(event.dm_conversation_id, event.sender_id);
  if (!recipientId) return null;
  const links = event.urls ?? event.entities?.urls ?? null;
  const [attached] = v1Media(event.attachments?.media_keys, links, media);
  const createdAt = event.created_at ? Date.parse(event.created_at) : Number.NaN;
  return {
    type: 'message_create',
    id: event.id,
    created_timestamp: Number.isNaN(createdAt) ? null : createdAt,
    message_create: {
      target: { recipient_id: recipientId },
      sender_id: event.sender_id,
      message_data: {
        text: event.text ?? '',
        entities: v1Entities({ urls: links }),
        attachment: attached ? { type: 'media', media: attached } : null,
      },
    },
  };
}

/** The DMs of a GET /2/dm_events answer newer than `afterId`, as InboundEvents in both directions. */
export function eventsOfDmEventPage(body: unknown, brand: BrandAccount, now: Date, afterId: string | null = null): InboundEvent[] {
  const page = readDmEventPage(body);
  // The webhook's users map is keyed by id with screen_name; v2's includes.users says username.
  const directory: NonNullable<XDelivery['users']> = {};
  for (const user of page.users.values()) directory[user.id] = { id: user.id, screen_name: user.username ?? null, name: user.name ?? null, followers_count: user.public_metrics?.followers_count ?? null };
  return page.items.flatMap((item) => {
    if (afterId !== null && BigInt(item.id) <= BigInt(afterId)) return [];
    const message = v1DirectMessageOf(item, page.media);
    const event = message ? eventOfDirectMessage(message, directory, brand, now) : null;
    return event ? [event] : [];
  });
}
