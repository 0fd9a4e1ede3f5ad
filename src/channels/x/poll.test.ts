import { afterEach, describe, expect, it } from 'vitest';
import { SendError, type PollContext } from '../channel-adapter.ts';
import { createMemoryBus } from '../../realtime/event-bus.ts';
import type { XPerson } from './activity-deliveries.ts';
import type { XSettings } from './config.ts';
import { startXEmulator, xProblems, type XEmulator, type XEmulatorOptions } from './emulator.ts';
import { readCursor } from './poll-cursor.ts';
import { MAX_PAGES_PER_FEED, PAGE_SIZE } from './poll-feeds.ts';
import { pollX } from './poll.ts';

const CREDENTIALS = {
  consumerKey: 'ck-poll', consumerSecret: 'cs-poll-secret', accessToken: '1498765432109876543-PollToken', accessTokenSecret: 'ats-poll',
};
const BRAND: XPerson = { id: '1498765432109876543', screenName: 'NordaAir', name: 'Norda Air' };
const ANNA: XPerson = { id: '1205290247124217856', screenName: 'anna_petrova', name: 'Анна Петрова' };
const MARKO: XPerson = { id: '1622334455667788990', screenName: 'marko_jov', name: 'Марко Јовановић' };

let emulator: XEmulator;
afterEach(async () => { await emulator?.close(); });

async function start(options: Partial<XEmulatorOptions> = {}): Promise<XEmulator> {
  emulator = await startXEmulator({ credentials: CREDENTIALS, account: BRAND, ...options });
  return emulator;
}

const settings = (patch: Partial<XSettings> = {}): XSettings => ({
  userId: BRAND.id, handle: BRAND.screenName, apiBaseUrl: emulator.url, credentials: CREDENTIALS, receive: 'polling', bearerToken: null, userToken: null, ...patch,
});
const context = (listeningQueries: string[] = []): PollContext => ({ bus: createMemoryBus(), fetch, now: () => new Date(), listeningQueries, notice: () => {} });
const reads = (path: string) => emulator.requests.filter((r) => r.method === 'GET' && r.path === path);
const mentionsPath = `/2/users/${BRAND.id}/mentions`;

describe('polling X', () => {
  it('reads the newest mentions first, then only what is newer than since_id', async () => {
    await start();
    const first = emulator.seedPost({ author: ANNA, text: '@NordaAir мой багаж не прилетел' });
    const reply = emulator.seedPost({ author: ANNA, text: '@NordaAir бирка RIX 482913', inReplyTo: { id: first, author: ANNA } });
    const one = await pollX(settings(), null, context());
    expect(one.events.map((e) => [e.externalId, e.inReplyToExternalId])).toEqual([[first, undefined], [reply, first]]);
    expect(readCursor(one.cursor).mentions.sinceId).toBe(reply);
    expect(reads(mentionsPath)[0]!.query.since_id).toBeUndefined();

    const later = emulator.seedPost({ author: MARKO, text: '@NordaAir two charges for one ticket' });
    const two = await pollX(settings(), one.cursor, context());
    expect(two.events.map((e) => e.externalId)).toEqual([later]);
    expect(reads(mentionsPath).at(-1)!.query.since_id).toBe(reply);
    expect(reads(mentionsPath).at(-1)!.query['tweet.fields']).toContain('referenced_tweets');
  });

  it('reads a burst a bounded number of pages at a time and resumes it next poll, skipping nothing', async () => {
    await start();
    const seen = emulator.seedPost({ author: ANNA, text: '@NordaAir first' });
    const start1 = await pollX(settings(), null, context());
    const burst = Array.from({ length: MAX_PAGES_PER_FEED * PAGE_SIZE + 50 }, (_, i) => emulator.seedPost({ author: MARKO, text: `@NordaAir message ${i}` }));

    const partial = await pollX(settings(), start1.cursor, context());
    expect(partial.events).toHaveLength(MAX_PAGES_PER_FEED * PAGE_SIZE);
    const stopped = readCursor(partial.cursor).mentions;
    expect(stopped.sinceId).toBe(seen);
    expect(stopped.pending).toMatchObject({ newestId: burst.at(-1) });

    const rest = await pollX(settings(), partial.cursor, context());
    expect(rest.events).toHaveLength(50);
    expect(reads(mentionsPath).at(-1)!.query).toMatchObject({ since_id: seen, pagination_token: expect.any(String) });
    expect(readCursor(rest.cursor).mentions).toMatchObject({ sinceId: burst.at(-1), pending: null });
    expect(new Set([...partial.events, ...rest.events].map((e) => e.externalId))).toEqual(new Set(burst));

    const quiet = await pollX(settings(), rest.cursor, context());
    expect(quiet.events).toEqual([]);
    expect(reads(mentionsPath).at(-1)!.query.since_id).toBe(burst.at(-1));
  });

  it('reads DMs back from the newest to the last one seen, both directions, without since_id', async () => {
    await start();
    const hello = emulator.seedDirectMessage({ from: MARKO, to: BRAND, text: 'Здраво, платио сам два пута.' });
    const one = await pollX(settings(), null, context());
    expect(one.events.map((e) => [e.externalId, e.visibility, e.direction])).toEqual([[hello, 'private', 'in']]);
    const answer = emulator.seedDirectMessage({ from: BRAND, to: MARKO, text: 'Marko, proveravamo.' });
    const two = await pollX(settings(), one.cursor, context());
    expect(two.events.map((e) => [e.externalId, e.direction, e.recipient?.externalId])).toEqual([[answer, 'out', MARKO.id]]);
    expect(reads('/2/dm_events').every((r) => r.query.since_id === undefined && r.query.event_types === 'MessageCreate')).toBe(true);
  });

  it('searches the listening queries X can take, and skips the others with a reason said once', async () => {
    await start();
    const hit = emulator.seedPost({ author: MARKO, text: 'Lost luggage again, thanks Norda' });
    emulator.seedPost({ author: ANNA, text: 'nothing to see here' });
    const queries = ['"lost luggage" OR #NordaAir', 'refund AND norda'];
    const one = await pollX(settings(), null, context(queries));
    expect(one.events.map((e) => e.externalId)).toEqual([hit]);
    expect(reads('/2/tweets/search/recent')[0]!.query.query).toBe('("lost luggage" OR #NordaAir) -is:retweet');
    expect(one.notices).toEqual(['Listening query "refund AND norda" is not sent to X search: AND is Parley syntax; X joins words by juxtaposition and negates with a leading "-".']);
    expect(readCursor(one.cursor).skippedQueries).toHaveProperty(['refund AND norda']);

    const two = await pollX(settings(), one.cursor, context(queries));
    expect(two.notices).toEqual([]);
    expect(reads('/2/tweets/search/recent').at(-1)!.query.since_id).toBe(hit);
    // A query removed from listening takes its feed with it.
    const three = await pollX(settings(), two.cursor, context([]));
    expect(readCursor(three.cursor).searches).toEqual({});
  });

  it('keeps a query X refuses out of later polls without stopping the other feeds', async () => {
    await start();
    const mention = emulator.seedPost({ author: ANNA, text: '@NordaAir hello' });
    emulator.scriptRead({ status: 200, body: { meta: { result_count: 0 } } }, { status: 200, body: { meta: { result_count: 0 } } }, xProblems.invalidRequest('There were errors processing your request: Reference to invalid operator'));
    const one = await pollX(settings(), null, context(['norda']));
    expect(one.events).toEqual([]);
    expect(one.notices[0]).toContain('was refused by X search');
    expect(readCursor(one.cursor).searches.norda?.refusal).toContain('invalid operator');
    const before = reads('/2/tweets/search/recent').length;
    const two = await pollX(settings(), one.cursor, context(['norda']));
    expect(two.events.map((e) => e.externalId)).toEqual([mention]);
    expect(reads('/2/tweets/search/recent').length).toBe(before);
  });

  it('starts a search afresh when X no longer takes its since_id (older than 7 days)', async () => {
    await start();
    const stale = JSON.stringify({ v: 1, searches: { norda: { sinceId: '1967412345678901234' } } });
    emulator.scriptRead({ status: 200, body: { meta: { result_count: 0 } } }, { status: 200, body: { meta: { result_count: 0 } } },
      xProblems.invalidRequest("Invalid 'since_id':'1967412345678901234'. 'since_id' must be a tweet id created after 2026-11-17T00:00Z."));
    const one = await pollX(settings(), stale, context(['norda']));
    expect(one.notices[0]).toContain('7-day search window');
    expect(readCursor(one.cursor).searches.norda).toEqual({ polledAt: expect.any(Number) });
  });

  it('signs every read with OAuth 1.0a over its query, or uses the bearer token where X allows it', async () => {
    await start({ bearerToken: 'AAAA-app-bearer' });
    await pollX(settings(), null, context(['norda']));
    expect(emulator.requests.every((r) => r.isSignatureValid && r.status === 200)).toBe(true);

    await pollX(settings({ bearerToken: 'AAAA-app-bearer' }), null, context(['norda']));
    const last = emulator.requests.slice(-3);
    expect(last.map((r) => [r.path, r.authorization === null, r.status])).toEqual([
      [mentionsPath, true, 200], ['/2/dm_events', false, 200], ['/2/tweets/search/recent', true, 200],
    ]);
  });

  it('leaves a feed alone until its window resets while the others go on', async () => {
    await start();
    const resetAt = Math.floor(Date.now() / 1000) + 600;
    emulator.scriptRead({ status: 200, body: { meta: { result_count: 0 } }, headers: { 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': String(resetAt) } });
    const one = await pollX(settings(), null, context(['norda']));
    expect(one.nextPollInMs).toBeUndefined();
    expect(readCursor(one.cursor).pausedUntil.mentions).toBe(resetAt * 1000);
    const before = emulator.requests.length;
    await pollX(settings(), one.cursor, context(['norda']));
    expect(emulator.requests.slice(before).map((r) => r.path)).toEqual(['/2/dm_events', '/2/tweets/search/recent']);
  });

  it('waits for the first reset when every feed has used up its window', async () => {
    await start({ windowLimit: 1 });
    const one = await pollX(settings(), null, context());
    expect(one.nextPollInMs).toBeGreaterThan(14 * 60_000);
    // x-rate-limit-reset is in whole seconds, rounded up.
    expect(one.nextPollInMs).toBeLessThanOrEqual(15 * 60_000 + 1000);
    const before = emulator.requests.length;
    const two = await pollX(settings(), one.cursor, context());
    expect(emulator.requests.length).toBe(before);
    expect(two.nextPollInMs).toBeGreaterThan(14 * 60_000);
  });

  it('fails the poll on a 429 as a retryable error that waits until x-rate-limit-reset', async () => {
    await start();
    const resetAt = Math.floor(Date.now() / 1000) + 120;
    emulator.scriptRead(xProblems.rateLimited(resetAt));
    const error = await pollX(settings(), null, context()).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(SendError);
    expect(error).toMatchObject({ isRetryable: true });
    expect((error as SendError).retryAfterMs).toBeGreaterThan(115_000);
    expect((error as SendError).retryAfterMs).toBeLessThanOrEqual(120_000);
    expect((error as SendError).reason).toContain('Rate limit exceeded');
  });

  it('goes on without DMs when the app may not read them, says so once, and asks again a day later', async () => {
    await start({ canReadDirectMessages: false });
    const mention = emulator.seedPost({ author: ANNA, text: '@NordaAir hello' });
    const one = await pollX(settings(), null, context());
    expect(one.events.map((e) => e.externalId)).toEqual([mention]);
    expect(one.notices).toHaveLength(1);
    expect(one.notices[0]).toContain('not configured with the appropriate oauth1 app permissions');
    const refused = readCursor(one.cursor).dmsRefused!;
    expect(refused.until).toBeGreaterThan(Date.now() + 23 * 3600_000);

    const before = reads('/2/dm_events').length;
    const two = await pollX(settings(), one.cursor, context());
    expect(reads('/2/dm_events').length).toBe(before);
    expect(two.notices).toEqual([]);
  });

  it('fails without retry on bad credentials, naming the 401', async () => {
    await start();
    const wrong = settings({ credentials: { ...CREDENTIALS, accessTokenSecret: 'wrong' } });
    const error = await pollX(wrong, null, context()).then(() => null, (e: unknown) => e);
    expect(error).toMatchObject({ isRetryable: false });
    expect((error as SendError).reason).toContain('401');
  });
});
