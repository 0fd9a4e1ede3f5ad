import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authorizationHeader } from './oauth1.ts';
import { startXEmulator, type XEmulator } from './emulator.ts';
import { directMessageDelivery, postDelivery, signDelivery, v1Date, type XPerson } from './activity-deliveries.ts';
import { parseAccountActivity } from './parse.ts';
import { verifyDelivery } from './webhook.ts';

const CREDENTIALS = {
  consumerKey: 'ck-emu', consumerSecret: 'cs-emu', accessToken: '1498765432109876543-tok', accessTokenSecret: 'ts-emu',
};
const BRAND: XPerson = { id: '1498765432109876543', screenName: 'NordaAir', name: 'Norda Air' };
const ANNA: XPerson = { id: '1205290247124217856', screenName: 'anna_petrova', name: 'Анна Петрова' };

describe('the X emulator', () => {
  let emulator: XEmulator;

  beforeAll(async () => { emulator = await startXEmulator({ credentials: CREDENTIALS, windowLimit: 3 }); });
  afterAll(async () => { await emulator?.close(); });

  const post = (path: string, body: unknown, authorization?: string) => {
    const url = `${emulator.url}${path}`;
    return fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: authorization ?? authorizationHeader({ method: 'POST', url }, CREDENTIALS) },
      body: JSON.stringify(body),
    });
  };

  it('answers a signed DM with X\'s ids and rate-limit headers', async () => {
    const res = await post(`/2/dm_conversations/with/${ANNA.id}/messages`, { text: 'Labdien!' });
    expect(res.status).toBe(201);
    expect(res.headers.get('x-rate-limit-limit')).toBe('3');
    expect(res.headers.get('x-rate-limit-remaining')).toBe('2');
    expect(Number(res.headers.get('x-rate-limit-reset'))).toBeGreaterThan(Date.now() / 1000);
    const { data } = await res.json() as { data: { dm_conversation_id: string; dm_event_id: string } };
    expect(data.dm_conversation_id).toBe(`${ANNA.id}-${BRAND.id}`);
    expect(data.dm_event_id).toMatch(/^\d{19}$/);
  });

  it('refuses a replayed request: the same nonce twice is 401', async () => {
    const url = `${emulator.url}/2/tweets`;
    const header = authorizationHeader({ method: 'POST', url }, CREDENTIALS);
    expect((await post('/2/tweets', { text: 'once' }, header)).status).toBe(201);
    const replay = await post('/2/tweets', { text: 'twice' }, header);
    expect(replay.status).toBe(401);
    expect(await replay.json()).toMatchObject({ title: 'Unauthorized', status: 401 });
  });

  it('refuses text over 280 weighted characters with an invalid-request problem', async () => {
    const res = await post('/2/tweets', { text: '字'.repeat(141) });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ title: 'Invalid Request', errors: [{ message: expect.stringContaining('280') }] });
  });

  it('rate-limits on its own once a window is used up, with the reset in epoch seconds', async () => {
    const res = await post('/2/tweets', { text: 'one too many' });
    expect(res.status).toBe(429);
    expect(await res.json()).toEqual({ errors: [{ code: 88, message: 'Rate limit exceeded' }] });
    expect(res.headers.get('x-rate-limit-remaining')).toBe('0');
  });

  it('answers 404 for endpoints it does not emulate', async () => {
    expect((await post('/2/users/me', {})).status).toBe(404);
  });
});

describe('X-shaped webhook deliveries', () => {
  const channel = {
    id: 'ch', workspaceId: 'ws', network: 'x' as const, name: 'n', createdAt: '', lastEventAt: null, lastError: null,
    config: { userId: BRAND.id }, secrets: { consumerSecret: CREDENTIALS.consumerSecret },
  };

  it('writes created_at the way v1.1 does', () => {
    expect(v1Date(new Date('2026-09-04T08:12:12Z'))).toBe('Fri Sep 04 08:12:12 +0000 2026');
  });

  it('builds signed mentions and DMs that Parley verifies and parses back', () => {
    const at = new Date('2026-09-14T08:12:12.418Z');
    const mention = signDelivery(CREDENTIALS.consumerSecret, postDelivery({ brand: BRAND, author: ANNA, text: '@NordaAir где багаж? <срочно> & быстро', at }));
    const request = { method: 'POST' as const, headers: mention.headers, query: {}, rawBody: Buffer.from(mention.rawBody) };
    expect(() => verifyDelivery(request, channel)).not.toThrow();
    const [event] = parseAccountActivity(request.rawBody, { userId: BRAND.id, handle: BRAND.screenName });
    expect(event).toMatchObject({ direction: 'in', text: '@NordaAir где багаж? <срочно> & быстро', sentAt: at.toISOString() });
    expect(mention.rawBody).toContain('&lt;срочно&gt; &amp;');

    const dm = signDelivery(CREDENTIALS.consumerSecret, directMessageDelivery({ brand: BRAND, from: BRAND, to: ANNA, text: 'Ответили в личке' }));
    const [out] = parseAccountActivity(Buffer.from(dm.rawBody), { userId: BRAND.id, handle: BRAND.screenName });
    expect(out).toMatchObject({ direction: 'out', visibility: 'private', recipient: { externalId: ANNA.id, handle: 'anna_petrova' } });
  });
});
