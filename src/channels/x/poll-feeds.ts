// The three X read feeds Parley polls, and how one feed is read: newest first, a bounded number of pages.
//
// Endpoints (X API v2):
// - GET /2/users/:id/mentions: since_id, pagination_token, max_results 5–100, bearer or user context
//   (https://docs.x.com/x-api/posts/timelines/quickstart/user-mention-quickstart)
// - GET /2/tweets/search/recent: query, since_id, next_token, max_results 10–100, bearer or user
//   context (https://docs.x.com/x-api/posts/search/integrate/paginate)
// - GET /2/dm_events: event_types, pagination_token, max_results 1–100, user context only, and no
//   since_id: it is read back from the newest until a DM already seen
//   (https://docs.x.com/x-api/direct-messages/lookup/integrate)
// Each answer comes newest first; meta.newest_id is the newest post of the whole result set.
import { ListPageSchema } from './payload-v2.ts';
import { getJson, type ReadAuth, type XReadContext } from './read-client.ts';
import { newerId, type FeedCursor, type FeedFamily } from './poll-cursor.ts';

/** Pages read per feed and poll; the rest waits in the cursor for the next poll. */
export const MAX_PAGES_PER_FEED = 3;
export const PAGE_SIZE = 100;
/** When X says a window is used up but not when it resets: its windows are 15 minutes. */
const DEFAULT_WINDOW_MS = 15 * 60_000;

const POST_PARAMS = {
  'tweet.fields': 'created_at,conversation_id,in_reply_to_user_id,referenced_tweets,author_id,entities,attachments,note_tweet',
  expansions: 'author_id,referenced_tweets.id,in_reply_to_user_id,attachments.media_keys',
  'user.fields': 'username,name,public_metrics',
  'media.fields': 'type,url,preview_image_url',
  max_results: String(PAGE_SIZE),
};

export interface FeedSpec {
  family: FeedFamily;
  path: string;
  params: Record<string, string>;
  auth: ReadAuth;
  /** 'since-id': X filters by the cursor. 'read-back': no since_id; pages stop at a known id. */
  paging: 'since-id' | 'read-back';
  tokenParam: 'pagination_token' | 'next_token';
}

export const mentionsFeed = (userId: string): FeedSpec => ({
  family: 'mentions', path: `/2/users/${encodeURIComponent(userId)}/mentions`, params: POST_PARAMS,
  auth: 'app', paging: 'since-id', tokenParam: 'pagination_token',
});

export const searchFeed = (query: string): FeedSpec => ({
  family: 'search', path: '/2/tweets/search/recent', params: { query, ...POST_PARAMS },
  auth: 'app', paging: 'since-id', tokenParam: 'next_token',
});

export const directMessagesFeed = (): FeedSpec => ({
  family: 'dms', path: '/2/dm_events',
  params: {
    event_types: 'MessageCreate',
    'dm_event.fields': 'id,event_type,text,sender_id,dm_conversation_id,created_at,attachments,entities',
    expansions: 'sender_id,attachments.media_keys',
    'user.fields': 'username,name,public_metrics',
    'media.fields': 'type,url,preview_image_url',
    max_results: String(PAGE_SIZE),
  },
  auth: 'user', paging: 'read-back', tokenParam: 'pagination_token',
});

export interface FeedRead {
  /** The answers, newest page first, to be parsed by the feed's parser. */
  bodies: unknown[];
  feed: FeedCursor;
  /** Set when X reported the window used up (x-rate-limit-remaining: 0): epoch ms of its reset. */
  pausedUntil: number | null;
}

function pageSummary(body: unknown): { ids: string[]; newest: string | null; nextToken: string | null } {
  const page = ListPageSchema.safeParse(body);
  if (!page.success) return { ids: [], newest: null, nextToken: null };
  const ids = (page.data.data ?? []).flatMap((item) => {
    const id = item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
    return typeof id === 'string' && /^\d{1,20}$/.test(id) ? [id] : [];
  });
  const newest = ids.reduce<string | null>((a, b) => newerId(a, b), page.data.meta?.newest_id ?? null);
  return { ids, newest, nextToken: page.data.meta?.next_token ?? null };
}

/**
 * Reads one feed from where its cursor stands. The first read of a feed takes its newest page
 * only (recent history, not the 800 mentions X keeps). Later reads follow next_token up to
 * MAX_PAGES_PER_FEED; whatever is left is resumed by the next poll before sinceId moves on.
 */
export async function readFeed(client: XReadContext, spec: FeedSpec, feed: FeedCursor): Promise<FeedRead> {
  const since = feed.sinceId ?? null;
  const isFirstRead = !since && !feed.pending;
  let token = feed.pending?.nextToken ?? null;
  let newest = feed.pending?.newestId ?? null;
  let pausedUntil: number | null = null;
  const bodies: unknown[] = [];
  for (let page = 0; page < MAX_PAGES_PER_FEED; page++) {
    const query: Record<string, string> = { ...spec.params };
    if (spec.paging === 'since-id' && since) query.since_id = since;
    if (token) query[spec.tokenParam] = token;
    const answer = await getJson(client, spec.path, query, spec.auth);
    bodies.push(answer.body);
    const summary = pageSummary(answer.body);
    newest = newerId(newest, summary.newest);
    const hasReachedKnown = spec.paging === 'read-back' && since !== null && summary.ids.some((id) => BigInt(id) <= BigInt(since));
    token = hasReachedKnown ? null : summary.nextToken;
    if (answer.window.remaining === 0) pausedUntil = answer.window.resetAt ?? client.now().getTime() + DEFAULT_WINDOW_MS;
    if (!token || isFirstRead || pausedUntil !== null) break;
  }
  if (token && newest && !isFirstRead) {
    return { bodies, pausedUntil, feed: { ...feed, pending: { nextToken: token, newestId: newest } } };
  }
  return { bodies, pausedUntil, feed: { ...feed, sinceId: newerId(since, newest), pending: null } };
}
