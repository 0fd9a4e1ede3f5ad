// Fetches what reached a Page or an Instagram account since a time, after an outage: comments
// and private messages read through the Graph API, rebuilt into webhook shapes and read by the
// webhook parsers, so ids, threads and directions are exactly what a delivery would have made.
// https://developers.facebook.com/docs/graph-api/reference/page/feed
// https://developers.facebook.com/docs/messenger-platform/conversations
// https://developers.facebook.com/docs/instagram-platform/comment-moderation
import { z } from 'zod';
import type { BackfillResult } from '../channel-adapter.ts';
import type { InboundEvent } from '../../domain/inbound-event.ts';
import type { GraphEndpoint } from './graph-client.ts';
import { graphGet, graphTime, GraphThrottled, nextPageQuery } from './graph-read.ts';
import { readMetaPayload } from './delivery.ts';
import { toInboundEvents } from './meta-event.ts';
import { parseFacebookDelivery } from './facebook/parse.ts';
import { parseInstagramDelivery } from './instagram/parse.ts';

/** Graph reads one backfill may make; the Conversations API allows 2 calls a second per Page. */
export const MAX_READS_PER_BACKFILL = 40;
/** Instagram has no "comments since" query: the newest media are read, this many at most. */
export const MAX_RECENT_MEDIA = 50;

const Id = z.union([z.string(), z.number()]).transform(String);
const Person = z.object({ id: Id, name: z.string().optional(), username: z.string().optional() });
const Page = <T extends z.ZodTypeAny>(item: T) => z.object({ data: z.array(item), paging: z.unknown().optional() });

const FbComment = z.object({
  id: Id, message: z.string().optional(), created_time: z.unknown(), from: Person.optional(), parent: z.object({ id: Id }).optional(),
});
const FbPost = z.object({ id: Id, comments: z.object({ data: z.array(z.unknown()), paging: z.unknown().optional() }).optional() });

const ApiAttachment = z.object({
  mime_type: z.string().optional(), name: z.string().optional(), file_url: z.string().optional(),
  image_data: z.object({ url: z.string().optional() }).optional(), video_data: z.object({ url: z.string().optional() }).optional(),
});
const ApiMessage = z.object({
  id: z.string().min(1), created_time: z.unknown(), message: z.string().optional(),
  from: Person.optional(), to: z.object({ data: z.array(Person) }).optional(),
  attachments: z.object({ data: z.array(ApiAttachment) }).optional(),
});
const Conversation = z.object({ id: Id, updated_time: z.unknown().optional(), messages: z.object({ data: z.array(z.unknown()), paging: z.unknown().optional() }).optional() });

const IgMedia = z.object({ id: Id, media_product_type: z.string().optional(), comments_count: z.number().optional() });
const IgComment = z.object({
  id: Id, text: z.string().optional(), timestamp: z.unknown(), from: Person.optional(), username: z.string().optional(),
  replies: z.object({ data: z.array(z.unknown()) }).optional(),
});

const FB_COMMENT_FIELDS = 'id,message,created_time,from{id,name},parent{id}';
const MESSAGE_FIELDS = 'id,created_time,from,to,message,attachments';
const IG_COMMENT_FIELDS = 'id,text,timestamp,from{id,username},username';

/** Counts Graph reads; when they run out the backfill stops and says so. */
class Reader {
  reads = 0;
  stoppedBy: string | null = null;
  constructor(private readonly fetchImpl: typeof fetch, private readonly endpoint: GraphEndpoint) {}

  /** The body, or null once the budget is spent or Meta throttles (the rest waits for the next run). */
  async get(path: string, query: Record<string, string>): Promise<unknown> {
    if (this.stoppedBy) return null;
    if (this.reads >= MAX_READS_PER_BACKFILL) {
      this.stoppedBy = `more than ${MAX_READS_PER_BACKFILL} Graph reads; the rest is fetched at the next check`;
      return null;
    }
    this.reads += 1;
    try {
      return await graphGet(this.fetchImpl, this.endpoint, path, query);
    } catch (error) {
      if (!(error instanceof GraphThrottled)) throw error;
      this.stoppedBy = `${error.message}; the rest is fetched at the next check`;
      return null;
    }
  }

  result(events: InboundEvent[]): BackfillResult {
    const sorted = [...events].sort((a, b) => a.sentAt.localeCompare(b.sentAt));
    return this.stoppedBy ? { events: sorted, isComplete: false, detail: this.stoppedBy } : { events: sorted, isComplete: true };
  }
}

export async function backfillFacebook(fetchImpl: typeof fetch, endpoint: GraphEndpoint, pageId: string, since: string, now: Date): Promise<BackfillResult> {
  const reader = new Reader(fetchImpl, endpoint);
  const sinceMs = Date.parse(since);
  const changes: { time: number; change: unknown }[] = [];
  for (const c of await readPageComments(reader, pageId, sinceMs)) {
    const at = graphTime(c.comment.created_time)!;
    changes.push({
      time: at,
      change: {
        field: 'feed',
        value: {
          item: 'comment', verb: 'add', from: c.comment.from, post_id: c.postId, comment_id: c.comment.id,
          parent_id: c.comment.parent?.id ?? c.postId, created_time: Math.floor(at / 1000),
          ...(c.comment.message !== undefined ? { message: c.comment.message } : {}),
        },
      },
    });
  }
  const items = await readConversations(reader, `${pageId}/conversations`, 'messenger', sinceMs);
  const payload = {
    object: 'page',
    entry: [
      ...changes.map((c) => ({ id: pageId, time: Math.floor(c.time / 1000), changes: [c.change] })),
      ...items.map((item) => ({ id: pageId, time: item.timestamp, messaging: [item] })),
    ],
  };
  return reader.result(toInboundEvents(parseFacebookDelivery(readMetaPayload(payload), { ownId: pageId, now }).events));
}

export async function backfillInstagram(fetchImpl: typeof fetch, endpoint: GraphEndpoint, igUserId: string, since: string, now: Date): Promise<BackfillResult> {
  const reader = new Reader(fetchImpl, endpoint);
  const sinceMs = Date.parse(since);
  const comments = await readMediaComments(reader, igUserId, sinceMs);
  // "me" is the account with an Instagram Login token and the linked Page with a Page token:
  // the same call lists Instagram conversations either way.
  const items = await readConversations(reader, 'me/conversations', 'instagram', sinceMs);
  const payload = {
    object: 'instagram',
    entry: [
      // Instagram's comment webhook carries no time but the entry's, so each comment gets its own entry.
      ...comments.map((c) => ({ id: igUserId, time: Math.floor(c.at / 1000), changes: [{ field: 'comments', value: c.value }] })),
      ...items.map((item) => ({ id: igUserId, time: item.timestamp, messaging: [item] })),
    ],
  };
  return reader.result(toInboundEvents(parseInstagramDelivery(readMetaPayload(payload), { ownId: igUserId, now }).events));
}

/**
 * The Page's feed since the outage (time-based paging on the posts), each post with its comments
 * and replies in one flat list (filter=stream; a reply names its parent). Comments older than
 * `since` on a post that changed since are dropped here.
 */
async function readPageComments(reader: Reader, pageId: string, sinceMs: number): Promise<{ postId: string; comment: z.infer<typeof FbComment> }[]> {
  const found: { postId: string; comment: z.infer<typeof FbComment> }[] = [];
  let query: Record<string, string> | null = {
    fields: `id,updated_time,comments.filter(stream).order(reverse_chronological).limit(50){${FB_COMMENT_FIELDS}}`,
    since: String(Math.floor(sinceMs / 1000)), limit: '25',
  };
  while (query) {
    const body = await reader.get(`${pageId}/feed`, query);
    const page = Page(FbPost).safeParse(body);
    if (!page.success) break;
    for (const post of page.data.data) {
      let comments = post.comments ?? null;
      while (comments) {
        const list = comments.data.map((c) => FbComment.safeParse(c)).flatMap((c) => (c.success ? [c.data] : []));
        const recent = list.filter((c) => (graphTime(c.created_time) ?? 0) >= sinceMs);
        found.push(...recent.map((comment) => ({ postId: post.id, comment })));
        // Newest first: once one is older than the outage, so are the rest.
        const next = recent.length === list.length ? nextPageQuery(comments) : null;
        if (!next) break;
        const more = z.object({ data: z.array(z.unknown()), paging: z.unknown().optional() }).safeParse(await reader.get(`${post.id}/comments`, next));
        comments = more.success ? more.data : null;
      }
    }
    query = nextPageQuery(body);
  }
  return found;
}

interface MessagingItem { sender: { id: string }; recipient: { id: string }; timestamp: number; message: Record<string, unknown> }

/**
 * Conversations come most recently updated first, each with its newest messages; reading stops
 * at the first conversation untouched since the outage. A message read back has the id its
 * webhook carried (`mid`), so ingest recognises what already arrived.
 */
async function readConversations(reader: Reader, path: string, platform: 'messenger' | 'instagram', sinceMs: number): Promise<MessagingItem[]> {
  const items: MessagingItem[] = [];
  let query: Record<string, string> | null = { platform, fields: `id,updated_time,messages.limit(25){${MESSAGE_FIELDS}}`, limit: '25' };
  while (query) {
    const body = await reader.get(path, query);
    const page = Page(Conversation).safeParse(body);
    if (!page.success) break;
    let isOlder = false;
    for (const conversation of page.data.data) {
      const updated = graphTime(conversation.updated_time);
      if (updated !== null && updated < sinceMs) {
        isOlder = true;
        break;
      }
      let messages = conversation.messages ?? null;
      while (messages) {
        const list = messages.data.map((m) => ApiMessage.safeParse(m)).flatMap((m) => (m.success ? [m.data] : []));
        const recent = list.filter((m) => (graphTime(m.created_time) ?? 0) >= sinceMs);
        items.push(...recent.flatMap(toMessagingItem));
        const next = recent.length === list.length ? nextPageQuery(messages) : null;
        if (!next) break;
        const more = z.object({ data: z.array(z.unknown()), paging: z.unknown().optional() }).safeParse(await reader.get(`${conversation.id}/messages`, next));
        messages = more.success ? more.data : null;
      }
    }
    query = isOlder ? null : nextPageQuery(body);
  }
  return items;
}

/** A message as the Conversations API gives it, in the shape of a webhook's messaging item. */
function toMessagingItem(m: z.infer<typeof ApiMessage>): MessagingItem[] {
  const sender = m.from?.id;
  const recipient = m.to?.data[0]?.id;
  const at = graphTime(m.created_time);
  if (!sender || !recipient || at === null) return [];
  const attachments = (m.attachments?.data ?? []).map((a) => {
    if (a.image_data?.url) return { type: 'image', payload: { url: a.image_data.url, ...(a.name ? { title: a.name } : {}) } };
    if (a.video_data?.url) return { type: 'video', payload: { url: a.video_data.url, ...(a.name ? { title: a.name } : {}) } };
    const type = a.mime_type?.startsWith('audio/') ? 'audio' : 'file';
    return { type, payload: { ...(a.file_url ? { url: a.file_url } : {}), ...(a.name ? { title: a.name } : {}) } };
  });
  return [{
    sender: { id: sender }, recipient: { id: recipient }, timestamp: at,
    message: { mid: m.id, ...(m.message ? { text: m.message } : {}), ...(attachments.length ? { attachments } : {}) },
  }];
}

/**
 * Comments on the account's newest media (there is no query for comments since a time), with
 * their replies; each becomes the `comments` webhook value {id, from, media, parent_id?, text}.
 */
async function readMediaComments(reader: Reader, igUserId: string, sinceMs: number): Promise<{ at: number; value: unknown }[]> {
  const found: { at: number; value: unknown }[] = [];
  const media: z.infer<typeof IgMedia>[] = [];
  let query: Record<string, string> | null = { fields: 'id,timestamp,media_product_type,comments_count', limit: '25' };
  while (query && media.length < MAX_RECENT_MEDIA) {
    const body = await reader.get(`${igUserId}/media`, query);
    const page = Page(IgMedia).safeParse(body);
    if (!page.success) break;
    media.push(...page.data.data);
    query = nextPageQuery(body);
  }
  for (const m of media.slice(0, MAX_RECENT_MEDIA)) {
    if (m.comments_count === 0) continue;
    let commentQuery: Record<string, string> | null = { fields: `${IG_COMMENT_FIELDS},replies{${IG_COMMENT_FIELDS}}`, limit: '50' };
    while (commentQuery) {
      const body = await reader.get(`${m.id}/comments`, commentQuery);
      const page = Page(IgComment).safeParse(body);
      if (!page.success) break;
      for (const comment of page.data.data) {
        const replies = (comment.replies?.data ?? []).map((r) => IgComment.safeParse(r)).flatMap((r) => (r.success ? [r.data] : []));
        for (const c of [comment, ...replies]) {
          const at = graphTime(c.timestamp);
          const from = c.from;
          if (at === null || at < sinceMs || !from) continue;
          found.push({
            at,
            value: {
              id: c.id, from: { id: from.id, ...(from.username ?? c.username ? { username: from.username ?? c.username } : {}) },
              media: { id: m.id, ...(m.media_product_type ? { media_product_type: m.media_product_type } : {}) },
              ...(c === comment ? {} : { parent_id: comment.id }), ...(c.text !== undefined ? { text: c.text } : {}),
            },
          });
        }
      }
      commentQuery = nextPageQuery(body);
    }
  }
  return found;
}
