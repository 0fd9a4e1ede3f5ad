// Polls X for an account without webhooks: mentions, DMs and recent search for the listening queries, within the rate limits.
//
// Every read costs money on X's pay-per-use plans, so webhooks stay the default and this is the
// fallback (https://docs.x.com/x-api/getting-started/pricing). Rate limits are per endpoint
// (https://docs.x.com/x-api/fundamentals/rate-limits): a feed whose window X reports used up
// (x-rate-limit-remaining: 0) is left alone until x-rate-limit-reset while the others go on; when
// every feed is waiting, the next poll is set for the first reset. A 429 all the same fails the
// poll as a retryable SendError carrying the wait, and the poller keeps the old cursor.
import type { InboundEvent } from '../../domain/inbound-event.ts';
import type { PollContext, PollResult } from '../channel-adapter.ts';
import type { XSettings } from './config.ts';
import type { BrandAccount } from './parse.ts';
import { eventsOfDmEventPage, eventsOfPostPage } from './parse-v2.ts';
import { readCursor, writeCursor, type FeedFamily, type XPollCursor } from './poll-cursor.ts';
import { directMessagesFeed, mentionsFeed, readFeed, searchFeed } from './poll-feeds.ts';
import { XReadError, type XReadContext } from './read-client.ts';
import { checkSearchQuery } from './search-query.ts';

/** An app without DM permission is asked again after a day, in case the admin granted it. */
const DM_REFUSAL_RETRY_MS = 24 * 3600_000;

export interface XPollOutcome extends PollResult {
  /** Things an admin should hear about, said once when they start (a query skipped, DMs refused). */
  notices: string[];
}

interface PollRun {
  client: XReadContext;
  brand: BrandAccount;
  cursor: XPollCursor;
  at: Date;
  events: InboundEvent[];
  notices: string[];
}

const isPaused = (run: PollRun, family: FeedFamily) => (run.cursor.pausedUntil[family] ?? 0) > run.at.getTime();

async function pollMentions(run: PollRun, userId: string): Promise<void> {
  if (isPaused(run, 'mentions')) return;
  const read = await readFeed(run.client, mentionsFeed(userId), run.cursor.mentions);
  run.cursor.mentions = read.feed;
  run.cursor.pausedUntil.mentions = read.pausedUntil;
  for (const body of read.bodies) run.events.push(...eventsOfPostPage(body, run.brand, run.at));
}

/** DMs where the app may read them: a 403 (no DM permission on the app or token) is remembered, not fatal. */
async function pollDirectMessages(run: PollRun): Promise<void> {
  const refused = run.cursor.dmsRefused;
  if ((refused && refused.until > run.at.getTime()) || isPaused(run, 'dms')) return;
  const seenUpTo = run.cursor.dms.sinceId ?? null;
  try {
    const read = await readFeed(run.client, directMessagesFeed(), run.cursor.dms);
    run.cursor.dms = read.feed;
    run.cursor.pausedUntil.dms = read.pausedUntil;
    run.cursor.dmsRefused = null;
    for (const body of read.bodies) run.events.push(...eventsOfDmEventPage(body, run.brand, run.at, seenUpTo));
  } catch (error) {
    if (!(error instanceof XReadError) || error.status !== 403) throw error;
    if (!refused) run.notices.push(`X DMs are not polled: ${error.reason}. Parley asks again in 24 hours.`);
    run.cursor.dmsRefused = { until: run.at.getTime() + DM_REFUSAL_RETRY_MS, reason: error.reason.slice(0, 500) };
  }
}

/** One recent search per passable listening query, least recently read first, while the window lasts. */
async function pollSearches(run: PollRun, listeningQueries: string[]): Promise<boolean> {
  const passable = new Map<string, string>();
  const skipped: Record<string, string> = {};
  for (const query of new Set(listeningQueries)) {
    const check = checkSearchQuery(query);
    if (check.isPassable) passable.set(query, check.query);
    else skipped[query] = check.reason;
  }
  for (const [query, reason] of Object.entries(skipped)) {
    if (run.cursor.skippedQueries[query] !== reason) run.notices.push(`Listening query "${query}" is not sent to X search: ${reason}.`);
  }
  run.cursor.skippedQueries = skipped;
  // Feeds of queries since deleted or changed are dropped with them.
  run.cursor.searches = Object.fromEntries([...passable.keys()].map((q) => [q, run.cursor.searches[q] ?? {}]));
  const order = [...passable.keys()].sort((a, b) => (run.cursor.searches[a]?.polledAt ?? 0) - (run.cursor.searches[b]?.polledAt ?? 0));
  for (const query of order.filter((q) => !run.cursor.searches[q]?.refusal)) {
    if (isPaused(run, 'search')) break;
    await searchOnce(run, query, passable.get(query)!);
  }
  return passable.size > 0;
}

/**
 * One query's search. A 400 is about this query alone, so it must not stop the other feeds: a
 * since_id X no longer takes (recent search reaches back 7 days) restarts the feed from the newest
 * posts; any other refusal is kept with X's reason and the query is not sent again as written.
 */
async function searchOnce(run: PollRun, query: string, sent: string): Promise<void> {
  const feed = run.cursor.searches[query] ?? {};
  try {
    const read = await readFeed(run.client, searchFeed(sent), feed);
    run.cursor.searches[query] = { ...read.feed, polledAt: run.at.getTime() };
    run.cursor.pausedUntil.search = read.pausedUntil;
    for (const body of read.bodies) run.events.push(...eventsOfPostPage(body, run.brand, run.at));
  } catch (error) {
    if (!(error instanceof XReadError) || error.status !== 400) throw error;
    const isStale = !!feed.sinceId && /since_id/i.test(error.reason);
    run.notices.push(isStale
      ? `Listening query "${query}" fell behind X's 7-day search window; it starts again from the newest posts.`
      : `Listening query "${query}" was refused by X search: ${error.reason}. It is not sent again until the rule changes.`);
    run.cursor.searches[query] = isStale ? { polledAt: run.at.getTime() } : { ...feed, polledAt: run.at.getTime(), refusal: error.reason.slice(0, 500) };
  }
}

/** One event per externalId (a mention can also match a search), oldest first so parents precede replies. */
function inArrivalOrder(events: InboundEvent[]): InboundEvent[] {
  const unique = new Map(events.map((e) => [e.externalId, e]));
  return [...unique.values()].sort((a, b) => {
    const [x, y] = [BigInt(a.externalId), BigInt(b.externalId)];
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

/** When every feed still to be read is waiting for its window, the first reset; otherwise the poller's interval. */
function nextPollInMs(run: PollRun, families: FeedFamily[]): number | undefined {
  const now = run.at.getTime();
  const waits = families.map((f) => run.cursor.pausedUntil[f] ?? 0).filter((until) => until > now);
  return waits.length === families.length ? Math.min(...waits) - now : undefined;
}

export async function pollX(settings: XSettings, storedCursor: string | null, context: PollContext): Promise<XPollOutcome> {
  const run: PollRun = {
    client: { fetch: context.fetch, now: context.now, apiBaseUrl: settings.apiBaseUrl, credentials: settings.credentials, bearerToken: settings.bearerToken },
    brand: { userId: settings.userId, handle: settings.handle },
    cursor: readCursor(storedCursor),
    at: context.now(),
    events: [],
    notices: [],
  };
  await pollMentions(run, settings.userId);
  await pollDirectMessages(run);
  const hasSearches = await pollSearches(run, context.listeningQueries);
  const families: FeedFamily[] = ['mentions', ...(run.cursor.dmsRefused ? [] : ['dms' as const]), ...(hasSearches ? ['search' as const] : [])];
  const wait = nextPollInMs(run, families);
  return {
    events: inArrivalOrder(run.events),
    cursor: writeCursor(run.cursor),
    ...(wait !== undefined ? { nextPollInMs: wait } : {}),
    notices: run.notices,
  };
}
