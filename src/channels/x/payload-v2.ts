// zod shapes of the X API v2 read answers Parley polls: posts with their expansions, DM events, meta.
//
// Sources: the Post and User objects and the `includes` expansions
// (https://docs.x.com/x-api/migrate/data-format-migration, https://docs.x.com/x-api/fundamentals/expansions),
// the mentions timeline and recent search answers (`meta.newest_id`, `meta.next_token`,
// https://docs.x.com/x-api/posts/timelines/quickstart/user-mention-quickstart) and the DmEvent
// object of GET /2/dm_events (https://docs.x.com/x-api/direct-messages/lookup/quickstart). v2 sends
// every id as a string already. Only the fields Parley reads are named; the rest is stripped.
import { z } from 'zod';
import { IdString } from './payload.ts';

const text = z.string().max(100_000);
const shortText = z.string().max(2048);
const MediaKey = z.string().max(64);

/** A link in the text; links standing for attached media carry the media's key. */
const UrlEntityV2 = z.object({ url: shortText, expanded_url: shortText.nullish(), media_key: MediaKey.nullish() });
const MentionEntityV2 = z.object({ username: shortText.nullish(), id: IdString.nullish() });

export const EntitiesV2Schema = z.object({
  urls: z.array(UrlEntityV2).max(100).nullish(),
  mentions: z.array(MentionEntityV2).max(100).nullish(),
});
export type XEntitiesV2 = z.infer<typeof EntitiesV2Schema>;

const Attachments = z.object({ media_keys: z.array(MediaKey).max(20).nullish() });

export const PostV2Schema = z.object({
  id: IdString,
  text: text.default(''),
  author_id: IdString.nullish(),
  created_at: shortText.nullish(),
  conversation_id: IdString.nullish(),
  in_reply_to_user_id: IdString.nullish(),
  // "replied_to", "quoted" or "retweeted"; other values are ignored rather than refused.
  referenced_tweets: z.array(z.object({ type: z.string().max(32), id: IdString })).max(10).nullish(),
  entities: EntitiesV2Schema.nullish(),
  attachments: Attachments.nullish(),
  // Posts longer than 280 weighted characters keep their whole text here when asked for.
  note_tweet: z.object({ text, entities: EntitiesV2Schema.nullish() }).nullish(),
});
export type XPostV2 = z.infer<typeof PostV2Schema>;

export const UserV2Schema = z.object({
  id: IdString, username: shortText.nullish(), name: shortText.nullish(),
  // Asked for with user.fields=public_metrics; the same count v1.1 calls followers_count.
  public_metrics: z.object({ followers_count: z.number().int().nonnegative().nullish() }).nullish(),
});
export type XUserV2 = z.infer<typeof UserV2Schema>;

export const MediaV2Schema = z.object({
  media_key: MediaKey,
  type: z.string().max(32).nullish(),
  // Photos have `url`; videos and GIFs a `preview_image_url` still.
  url: shortText.nullish(),
  preview_image_url: shortText.nullish(),
});
export type XMediaV2 = z.infer<typeof MediaV2Schema>;

export const DmEventV2Schema = z.object({
  id: IdString,
  event_type: z.string().max(64),
  text: text.nullish(),
  sender_id: IdString.nullish(),
  // One-to-one conversations are "<lower id>-<higher id>"; group conversations a single id.
  dm_conversation_id: z.string().max(64).nullish(),
  created_at: shortText.nullish(),
  attachments: Attachments.nullish(),
  // Asked for with dm_event.fields=entities. The DmEvent schema lists the links at the top level
  // (urls, mentions, hashtags, cashtags); an `entities` object is read too in case they come nested.
  urls: z.array(UrlEntityV2).max(100).nullish(),
  entities: EntitiesV2Schema.nullish(),
});
export type XDmEventV2 = z.infer<typeof DmEventV2Schema>;

/**
 * The envelope of every list answer. Items are kept unparsed here and read one by one, so one
 * odd item costs that item, not the whole page (and the poll cursor stuck behind it).
 */
export const ListPageSchema = z.object({
  data: z.array(z.unknown()).max(1000).nullish(),
  includes: z.object({
    users: z.array(z.unknown()).max(1000).nullish(),
    media: z.array(z.unknown()).max(1000).nullish(),
  }).nullish(),
  meta: z.object({
    newest_id: IdString.nullish(),
    oldest_id: IdString.nullish(),
    result_count: z.number().int().nonnegative().nullish(),
    next_token: z.string().max(256).nullish(),
  }).nullish(),
});
export type XListPage = z.infer<typeof ListPageSchema>;
