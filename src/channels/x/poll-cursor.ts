// The X poll cursor: where each read endpoint left off, kept by the poller as one JSON string.
//
// Each feed (the mentions timeline, the DM events, one recent search per listening query) keeps
// the newest id it has handed to ingest. A poll that had to stop before the end of its pages (the
// page bound, or a rate-limit window used up) keeps where it stopped in `pending`: the next_token
// and the newest id of that run. X says pagination tokens do not expire and give the same page
// whenever asked (https://docs.x.com/x-api/posts/search/integrate/paginate), so the next poll goes
// on from there and only then moves `sinceId` forward, and no post between the two is skipped.
import { z } from 'zod';
import { IdString } from './payload.ts';

const Feed = z.object({
  /** The newest id ingested: since_id for posts; for DMs, the point to stop paging back. */
  sinceId: IdString.nullish(),
  pending: z.object({ nextToken: z.string().min(1).max(256), newestId: IdString }).nullish(),
  /** When this feed was last read (epoch ms): searches are read least recently read first. */
  polledAt: z.number().nullish(),
  /** X refused this search (400) and said why: not asked again until the rule's query changes. */
  refusal: z.string().max(500).nullish(),
});
export type FeedCursor = z.infer<typeof Feed>;

export type FeedFamily = 'mentions' | 'dms' | 'search';

const CursorSchema = z.object({
  v: z.literal(1),
  mentions: Feed.default({}),
  dms: Feed.default({}),
  /** Keyed by the listening query as written. */
  searches: z.record(z.string().max(4096), Feed).default({}),
  /** Epoch ms until which a family's rate-limit window is used up (x-rate-limit-reset). */
  pausedUntil: z.object({ mentions: z.number().nullish(), dms: z.number().nullish(), search: z.number().nullish() }).default({}),
  /** The account may not read DMs (X answered 403): tried again after `until`. */
  dmsRefused: z.object({ until: z.number(), reason: z.string().max(500) }).nullish(),
  /** Listening queries not sent to X, with the reason, as last checked. */
  skippedQueries: z.record(z.string().max(4096), z.string().max(500)).default({}),
});
export type XPollCursor = z.infer<typeof CursorSchema>;

export function emptyCursor(): XPollCursor {
  return { v: 1, mentions: {}, dms: {}, searches: {}, pausedUntil: {}, skippedQueries: {} };
}

/**
 * The cursor the poller stored. A missing or unreadable one starts afresh: each feed then reads
 * its newest page once, and ingest's dedupe absorbs whatever was already stored.
 */
export function readCursor(stored: string | null): XPollCursor {
  if (!stored) return emptyCursor();
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return emptyCursor();
  }
  const parsed = CursorSchema.safeParse(value);
  return parsed.success ? parsed.data : emptyCursor();
}

export function writeCursor(cursor: XPollCursor): string {
  return JSON.stringify(cursor);
}

/** The larger of two snowflake ids (compared as BigInt: they exceed 2^53). */
export function newerId(a: string | null | undefined, b: string | null | undefined): string | null {
  if (!a) return b ?? null;
  if (!b) return a;
  return BigInt(a) >= BigInt(b) ? a : b;
}
