import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authorizationHeader, percentEncode } from './oauth1.ts';
import { startXEmulator, xProblems, type XEmulator } from './emulator.ts';
import type { XPerson } from './activity-deliveries.ts';

const CREDENTIALS = {
  consumerKey: 'ck-emu', consumerSecret: 'cs-emu', accessToken: '1498765432109876543-tok', accessTokenSecret: 'ts-emu',
};
const BRAND: XPerson = { id: '1498765432109876543', screenName: 'NordaAir', name: 'Norda Air' };
const ANNA: XPerson = { id: '1205290247124217856', screenName: 'anna_petrova', name: 'Анна Петрова' };
const ELIF: XPerson = { id: '1344556677889900032', screenName: 'elifyilmaz', name: 'Elif Yılmaz' };

interface PostJson { id: string; text: string; author_id?: string; created_at?: string; in_reply_to_user_id?: string; referenced_tweets?: { type: string; id: string }[] }
interface ListJson<T> { data?: T[]; includes?: { users?: { id: string; username: string; name: string }[] }; meta: { newest_id?: string; oldest_id?: string; result_count: number; next_token?: string }; errors?: { message: string }[]; detail?: string }

describe('the X emulator\'s read endpoints', () => {
  let emulator: XEmulator;
  let mention: string;
  let reply: string;
  let quote: string;

  beforeAll(async () => {
    emulator = await startXEmulator({ credentials: CREDENTIALS, account: BRAND, bearerToken: 'AAAA-bearer', windowLimit: 40 });
    mention = emulator.seedPost({ author: ANNA, text: '@NordaAir lost luggage & no answer <again>' });
    reply = emulator.seedPost({ author: ANNA, text: '@NordaAir tag RIX 482913', inReplyTo: { id: mention, author: ANNA } });
    quote = emulator.seedPost({ author: ELIF, text: 'Only for new customers? #NordaAir', quoting: { id: '1967100000000000000' } });
    emulator.seedPost({ author: ANNA, text: 'RT @elifyilmaz: lost luggage desk open', repostOf: { id: '1967100000000000001' } });
  });
  afterAll(async () => { await emulator?.close(); });

  const url = (path: string, query: Record<string, string>) =>
    `${emulator.url}${path}?${Object.entries(query).map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`).join('&')}`;
  const get = async <T>(path: string, query: Record<string, string> = {}, authorization?: string) => {
    const target = url(path, query);
    const res = await fetch(target, { headers: { authorization: authorization ?? authorizationHeader({ method: 'GET', url: target }, CREDENTIALS) } });
    return { res, body: await res.json() as T };
  };
  const mentions = `/2/users/${BRAND.id}/mentions`;

  it('serves the mentions timeline newest first, with includes.users and meta as X documents them', async () => {
    const { res, body } = await get<ListJson<PostJson>>(mentions, {
      'tweet.fields': 'created_at,author_id,in_reply_to_user_id,referenced_tweets', expansions: 'author_id', max_results: '5',
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-rate-limit-limit')).toBe('40');
    expect(body.data!.map((p) => p.id)).toEqual([reply, mention]);
    expect(body.data![1]).toMatchObject({ author_id: ANNA.id, text: '@NordaAir lost luggage &amp; no answer &lt;again&gt;' });
    expect(body.data![0]).toMatchObject({ in_reply_to_user_id: ANNA.id, referenced_tweets: [{ type: 'replied_to', id: mention }] });
    expect(body.includes!.users).toEqual([{ id: ANNA.id, name: ANNA.name, username: ANNA.screenName }]);
    expect(body.meta).toEqual({ newest_id: reply, oldest_id: mention, result_count: 2 });
  });

  it('gives only the default fields unless asked, and honours since_id', async () => {
    const { body } = await get<ListJson<PostJson>>(mentions, { since_id: mention });
    expect(body.data).toEqual([{ id: reply, text: '@NordaAir tag RIX 482913', edit_history_tweet_ids: [reply] }]);
    const { body: none } = await get<ListJson<PostJson>>(mentions, { since_id: reply });
    expect(none).toEqual({ meta: { result_count: 0 } });
  });

  it('pages with next_token, and the same token always gives the same page', async () => {
    const { body: all } = await get<ListJson<PostJson>>('/2/tweets/search/recent', { query: 'lost OR customers OR RIX', max_results: '10' });
    expect(all.meta).toMatchObject({ result_count: 4 });
    expect(all.meta.next_token).toBeUndefined();
    const many = Array.from({ length: 12 }, (_, i) => emulator.seedPost({ author: ELIF, text: `pager ${i}` }));
    const first = await get<ListJson<PostJson>>('/2/tweets/search/recent', { query: 'pager', max_results: '10' });
    expect(first.body.data).toHaveLength(10);
    const token = first.body.meta.next_token!;
    const second = await get<ListJson<PostJson>>('/2/tweets/search/recent', { query: 'pager', max_results: '10', next_token: token });
    const again = await get<ListJson<PostJson>>('/2/tweets/search/recent', { query: 'pager', max_results: '10', pagination_token: token });
    expect(second.body.data!.map((p) => p.id)).toEqual(many.slice(0, 2).reverse());
    expect(again.body.data).toEqual(second.body.data);
    expect(second.body.meta.next_token).toBeUndefined();
  });

  it('matches recent search queries by words, phrases, OR, exclusions, #tags, and is:retweet', async () => {
    const ids = async (query: string) => (await get<ListJson<PostJson>>('/2/tweets/search/recent', { query })).body.data?.map((p) => p.id) ?? [];
    expect(await ids('"lost luggage" -is:retweet')).toEqual([mention]);
    expect((await ids('"lost luggage"')).length).toBe(2);
    expect(await ids('#nordaair')).toEqual([quote]);
    expect(await ids('(customers OR RIX) -tag')).toEqual([quote]);
    const bad = await get<ListJson<PostJson>>('/2/tweets/search/recent', { query: '-lost' });
    expect(bad.res.status).toBe(400);
    expect(bad.body.errors![0]!.message).toContain('only negations');
  });

  it('serves DM events both ways with one-to-one conversation ids, and Parley\'s own writes afterwards', async () => {
    const incoming = emulator.seedDirectMessage({ from: ANNA, to: BRAND, text: 'Где мой чемодан?' });
    const sent = await fetch(`${emulator.url}/2/dm_conversations/with/${ANNA.id}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: authorizationHeader({ method: 'POST', url: `${emulator.url}/2/dm_conversations/with/${ANNA.id}/messages` }, CREDENTIALS) },
      body: JSON.stringify({ text: 'Проверяем!' }),
    });
    const { dm_event_id: outgoing } = (await sent.json() as { data: { dm_event_id: string } }).data;
    const { body } = await get<ListJson<{ id: string; sender_id: string; dm_conversation_id: string; event_type: string }>>('/2/dm_events', {
      event_types: 'MessageCreate', 'dm_event.fields': 'sender_id,dm_conversation_id,created_at', expansions: 'sender_id',
    });
    expect(body.data!.map((e) => [e.id, e.sender_id, e.dm_conversation_id, e.event_type])).toEqual([
      [outgoing, BRAND.id, `${ANNA.id}-${BRAND.id}`, 'MessageCreate'],
      [incoming, ANNA.id, `${ANNA.id}-${BRAND.id}`, 'MessageCreate'],
    ]);
    expect(body.includes!.users!.map((u) => u.username).sort()).toEqual(['NordaAir', 'anna_petrova']);
  });

  it('refuses what X refuses: unknown parameters and fields, max_results out of range, since_id on DM events', async () => {
    for (const [path, query, message] of [
      [mentions, { max_results: '3' }, 'is not between 5 and 100'],
      [mentions, { 'tweet.fields': 'created_at,colour' }, 'value [colour] is not one of'],
      [mentions, { sincd_id: '1' }, 'The query parameter [sincd_id] is not one of'],
      ['/2/dm_events', { since_id: '1' }, 'The query parameter [since_id] is not one of'],
      ['/2/tweets/search/recent', {}, 'can not be empty'],
    ] as const) {
      const { res, body } = await get<ListJson<PostJson>>(path, query);
      expect(res.status).toBe(400);
      expect(body.errors![0]!.message).toContain(message);
    }
  });

  it('verifies OAuth 1.0a on reads with the query parameters in the signature', async () => {
    const target = url(mentions, { max_results: '5' });
    const signedWithoutQuery = authorizationHeader({ method: 'GET', url: `${emulator.url}${mentions}` }, CREDENTIALS);
    expect((await fetch(target, { headers: { authorization: signedWithoutQuery } })).status).toBe(401);
    const signed = authorizationHeader({ method: 'GET', url: target }, CREDENTIALS);
    expect((await fetch(url(mentions, { max_results: '6' }), { headers: { authorization: signed } })).status).toBe(401);
    expect((await fetch(target, { headers: { authorization: signed } })).status).toBe(200);
    expect(emulator.requests.at(-1)).toMatchObject({ method: 'GET', query: { max_results: '5' }, isSignatureValid: true });
  });

  it('takes the app bearer token on mentions and search, but not on DM events', async () => {
    expect((await get(mentions, {}, 'Bearer AAAA-bearer')).res.status).toBe(200);
    expect((await get(mentions, {}, 'Bearer wrong')).res.status).toBe(401);
    const dms = await get<{ title: string; type: string }>('/2/dm_events', {}, 'Bearer AAAA-bearer');
    expect(dms.res.status).toBe(403);
    expect(dms.body.type).toBe('https://api.twitter.com/2/problems/unsupported-authentication');
  });

  it('answers a scripted 429 on a read with X\'s body and reset header', async () => {
    const resetAt = Math.floor(Date.now() / 1000) + 60;
    emulator.scriptRead(xProblems.rateLimited(resetAt));
    const { res, body } = await get<{ errors: { code: number }[] }>(mentions);
    expect(res.status).toBe(429);
    expect(body.errors[0]!.code).toBe(88);
    expect(res.headers.get('x-rate-limit-remaining')).toBe('0');
    expect(res.headers.get('x-rate-limit-reset')).toBe(String(resetAt));
  });
});
