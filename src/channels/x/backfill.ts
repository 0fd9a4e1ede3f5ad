// Fetches what reached an X account since a time, after an outage or a reconnect: the mentions
// timeline and DM events read through the poller's own feeds from a since_id minted for that time.
import type { BackfillResult, SendContext } from '../channel-adapter.ts';
import type { XSettings } from './config.ts';
import type { InboundEvent } from '../../domain/inbound-event.ts';
import { pollX } from './poll.ts';
import { emptyCursor, readCursor, writeCursor } from './poll-cursor.ts';
import { snowflakeAt } from './snowflake.ts';

/** Each round reads a few pages per feed; this many rounds bound one backfill's cost. */
const MAX_ROUNDS = 10;

export async function backfillX(settings: XSettings, since: string, context: SendContext): Promise<BackfillResult> {
  const sinceId = snowflakeAt(new Date(since));
  let cursor = writeCursor({ ...emptyCursor(), mentions: { sinceId }, dms: { sinceId } });
  const events: InboundEvent[] = [];
  const notices: string[] = [];
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const outcome = await pollX(settings, cursor, { ...context, listeningQueries: [], notice: (message) => notices.push(message) });
    events.push(...outcome.events);
    notices.push(...outcome.notices);
    cursor = outcome.cursor ?? cursor;
    const state = readCursor(cursor);
    const now = context.now().getTime();
    const paused = [state.pausedUntil.mentions, state.pausedUntil.dms].some((until) => (until ?? 0) > now);
    const hasMore = !!state.mentions.pending || (!state.dmsRefused && !!state.dms.pending);
    if (!hasMore) {
      return { events, isComplete: !state.dmsRefused, ...(state.dmsRefused ? { detail: `DMs not fetched: ${state.dmsRefused.reason}` } : {}) };
    }
    if (paused) return { events, isComplete: false, detail: 'X rate limit reached; the rest is fetched at the next check' };
  }
  return { events, isComplete: false, detail: `more than ${MAX_ROUNDS} rounds of pages; the rest is fetched at the next check` };
}
