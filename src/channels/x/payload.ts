// zod shapes of the Account Activity API deliveries Parley reads (v1.1 objects inside a v2-managed webhook).
//
// Source: "Account Activity data objects"
// (https://developer.x.com/en/docs/x-api/enterprise/account-activity-api/guides/account-activity-data-objects),
// the v1.1 Tweet and User objects, and the Message Create object. Only the fields Parley uses are
// named; the rest is stripped. Every id is read from its *_str twin: the numeric `id` exceeds 2^53
// and JSON.parse has already rounded it.
import { z } from 'zod';

/** A decimal id kept as the string X sent. */
export const IdString = z.string().regex(/^\d{1,20}$/, 'an X id is a string of up to 20 digits');

/**
 * X documents some flags as strings ("false") and sends them as booleans in real captures
 * (user_has_blocked in the data-objects page versus zammad's fixtures), so both are read.
 */
export const LooseBoolean = z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]);

/** Milliseconds since the epoch: a string in tweets and DMs, a number in favorite_events. */
export const EpochMs = z.union([z.string().regex(/^\d{1,16}$/).transform(Number), z.number().int().nonnegative()]);

const text = z.string().max(100_000);
const shortText = z.string().max(2048);

export const UserSchema = z.object({
  id_str: IdString,
  screen_name: shortText.nullish(),
  name: shortText.nullish(),
  followers_count: z.number().int().nonnegative().nullish(),
});
export type XUser = z.infer<typeof UserSchema>;

const UrlEntity = z.object({ url: shortText, expanded_url: shortText.nullish() });
const MentionEntity = z.object({ id_str: IdString.nullish(), screen_name: shortText.nullish() });
export const MediaEntity = z.object({
  type: z.string().max(32).nullish(),
  url: shortText.nullish(),
  media_url_https: shortText.nullish(),
  media_url: shortText.nullish(),
});
export type XMedia = z.infer<typeof MediaEntity>;

export const EntitiesSchema = z.object({
  urls: z.array(UrlEntity).max(100).nullish(),
  user_mentions: z.array(MentionEntity).max(100).nullish(),
  media: z.array(MediaEntity).max(20).nullish(),
});
export type XEntities = z.infer<typeof EntitiesSchema>;

const ExtendedEntities = z.object({ media: z.array(MediaEntity).max(20).nullish() });

export const TweetSchema = z.object({
  id_str: IdString,
  text: text.default(''),
  full_text: text.nullish(),
  truncated: LooseBoolean.nullish(),
  created_at: shortText.nullish(),
  timestamp_ms: EpochMs.nullish(),
  in_reply_to_status_id_str: IdString.nullish(),
  in_reply_to_user_id_str: IdString.nullish(),
  in_reply_to_screen_name: shortText.nullish(),
  user: UserSchema,
  is_quote_status: LooseBoolean.nullish(),
  quoted_status_id_str: IdString.nullish(),
  // A retweet carries the original here and has no words of its own.
  retweeted_status: z.object({ id_str: IdString }).nullish(),
  entities: EntitiesSchema.nullish(),
  extended_entities: ExtendedEntities.nullish(),
  // Posts over 140 characters arrive truncated, with the whole text and entities in here.
  extended_tweet: z.object({
    full_text: text,
    entities: EntitiesSchema.nullish(),
    extended_entities: ExtendedEntities.nullish(),
  }).nullish(),
});
export type XTweet = z.infer<typeof TweetSchema>;

export const DirectMessageEventSchema = z.object({
  type: z.string().max(64),
  id: IdString,
  created_timestamp: EpochMs.nullish(),
  message_create: z.object({
    target: z.object({ recipient_id: IdString }),
    sender_id: IdString,
    source_app_id: z.string().max(64).nullish(),
    message_data: z.object({
      text: text.default(''),
      entities: EntitiesSchema.nullish(),
      attachment: z.object({ type: z.string().max(32), media: MediaEntity.nullish() }).nullish(),
    }),
  }).nullish(),
});
export type XDirectMessageEvent = z.infer<typeof DirectMessageEventSchema>;

/**
 * Every top-level key the Account Activity API documents. A body with none of them is not an
 * Account Activity delivery; one with only the keys Parley does not turn into messages is.
 */
export const ACTIVITY_KEYS = [
  'tweet_create_events', 'tweet_delete_events', 'favorite_events', 'follow_events', 'unfollow_events',
  'block_events', 'unblock_events', 'mute_events', 'unmute_events', 'user_event', 'direct_message_events',
  'direct_message_indicate_typing_events', 'direct_message_mark_read_events',
] as const;

export const DeliverySchema = z.object({
  for_user_id: IdString,
  // Shown on mention events only; documented as a string, captured as a boolean.
  user_has_blocked: LooseBoolean.nullish(),
  tweet_create_events: z.array(TweetSchema).max(1000).nullish(),
  direct_message_events: z.array(DirectMessageEventSchema).max(1000).nullish(),
  // The DM users map is keyed by id and, unlike a Tweet's user, names it `id`, already a string.
  users: z.record(IdString, z.object({
    id: IdString.nullish(), screen_name: shortText.nullish(), name: shortText.nullish(), followers_count: z.number().int().nonnegative().nullish(),
  })).nullish(),
});
export type XDelivery = z.infer<typeof DeliverySchema>;
