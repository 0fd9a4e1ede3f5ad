import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authorizationHeader } from './oauth1.ts';
import { startXEmulator, type XEmulator } from './emulator.ts';

const CREDENTIALS = { consumerKey: 'ck-emu', consumerSecret: 'cs-emu', accessToken: '1498765432109876543-tok', accessTokenSecret: 'ts-emu' };
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);

describe('the X emulator\'s media upload', () => {
  let emulator: XEmulator;

  beforeAll(async () => { emulator = await startXEmulator({ credentials: CREDENTIALS, videoProcessingChecks: 0 }); });
  afterAll(async () => { await emulator?.close(); });

  const signed = (method: string, path: string) => authorizationHeader({ method, url: `${emulator.url}${path}` }, CREDENTIALS);
  const json = async (path: string, body: unknown) => {
    const res = await fetch(`${emulator.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: signed('POST', path) }, body: JSON.stringify(body) });
    return { status: res.status, body: await res.json() as Record<string, unknown> };
  };
  const append = async (id: string, index: number | string, bytes: Buffer) => {
    const form = new FormData();
    form.set('segment_index', String(index));
    form.set('media', new Blob([new Uint8Array(bytes)]), 'chunk');
    const path = `/2/media/upload/${id}/append`;
    return fetch(`${emulator.url}${path}`, { method: 'POST', headers: { authorization: signed('POST', path) }, body: form });
  };
  const initialize = async (body: Record<string, unknown>) => {
    const res = await json('/2/media/upload/initialize', body);
    return { ...res, id: (res.body.data as { id?: string } | undefined)?.id ?? '' };
  };
  const detail = (body: Record<string, unknown>) => (body.errors as { message: string }[] | undefined)?.[0]?.message ?? '';

  it('answers initialize with a media id, key and expiry, and refuses types and sizes X does not take', async () => {
    const ok = await initialize({ media_type: 'image/png', total_bytes: PNG.length, media_category: 'tweet_image' });
    expect(ok.status).toBe(200);
    expect(ok.body.data).toMatchObject({ id: expect.stringMatching(/^\d{19}$/), media_key: `3_${ok.id}`, expires_after_secs: 86400 });
    const svg = await initialize({ media_type: 'image/svg+xml', total_bytes: 10, media_category: 'tweet_image' });
    expect(svg.status).toBe(400);
    expect(svg.body).toMatchObject({ title: 'Invalid Request', type: 'https://api.twitter.com/2/problems/invalid-request' });
    const big = await initialize({ media_type: 'image/jpeg', total_bytes: 6 * 1024 * 1024, media_category: 'tweet_image' });
    expect(big.status).toBe(400);
    expect(detail(big.body)).toContain('exceeds the limit');
    expect((await initialize({ media_type: 'image/png', total_bytes: 10, media_category: 'banner' })).status).toBe(400);
  });

  it('refuses an unsigned upload, a segment out of range, and a finalize before every byte arrived', async () => {
    const unsigned = await fetch(`${emulator.url}/2/media/upload/initialize`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(unsigned.status).toBe(401);
    const { id } = await initialize({ media_type: 'image/png', total_bytes: PNG.length, media_category: 'tweet_image' });
    expect((await append(id, 1000, PNG)).status).toBe(400);
    expect((await append(id, 0, PNG.subarray(0, 4))).status).toBe(200);
    const early = await json(`/2/media/upload/${id}/finalize`, {});
    expect(early.status).toBe(400);
    expect(detail(early.body)).toContain('File size mismatch');
  });

  it('lets a post carry only finished uploads: up to four images, a GIF alone, and a DM one file', async () => {
    const upload = async (type: string, category: string) => {
      const { id } = await initialize({ media_type: type, total_bytes: PNG.length, media_category: category });
      await append(id, 0, PNG);
      expect((await json(`/2/media/upload/${id}/finalize`, {})).status).toBe(200);
      return id;
    };
    const [a, b] = [await upload('image/png', 'tweet_image'), await upload('image/png', 'tweet_image')];
    const gif = await upload('image/gif', 'tweet_gif');
    const reply = { reply: { in_reply_to_tweet_id: '1967412345678901234' } };
    expect((await json('/2/tweets', { ...reply, media: { media_ids: [a, b] } })).status).toBe(201);
    const mixed = await json('/2/tweets', { ...reply, text: 'mixed', media: { media_ids: [a, gif] } });
    expect(mixed.status).toBe(400);
    expect(detail(mixed.body)).toContain('cannot be combined');
    const unknown = await json('/2/tweets', { ...reply, text: 'ghost', media: { media_ids: ['1967000000000000001'] } });
    expect(detail(unknown.body)).toBe('Your media IDs are invalid: 1967000000000000001');
    const dm = await json('/2/dm_conversations/with/1205290247124217856/messages', { attachments: [{ media_id: a }, { media_id: b }] });
    expect(dm.status).toBe(400);
    expect((await json('/2/dm_conversations/with/1205290247124217856/messages', { text: 'Photo', attachments: [{ media_id: b }] })).status).toBe(201);
    expect(emulator.created.at(-1)!.mediaIds).toEqual([b]);
  });
});
