import { afterEach, describe, expect, it } from 'vitest';
import { startGraphEmulator, graphAnswers, type GraphEmulator } from './emulator.ts';
import { backfillFacebook, backfillInstagram, MAX_READS_PER_BACKFILL } from './backfill.ts';
import { customerMessage, entry, feedComment, instagramDelivery, pageDelivery } from './webhook-builders.ts';
import { parseFacebookBody } from './facebook/parse.ts';
import { parseInstagramBody } from './instagram/parse.ts';
import { toMetaJson } from './meta-json.ts';
import type { GraphEndpoint } from './graph-client.ts';

const PAGE = '104857600123456';
const IG = '17841400000000001';
const APP = '1517776481860111';
const TOKEN = 'EAAbackfillPageToken';
const IG_TOKEN = 'IGAAbackfillToken';
const ANNA = { id: '6543210987654321', name: 'Анна Петрова' };

let emulator: GraphEmulator;
afterEach(async () => { await emulator?.close(); });

const endpoint = (accessToken = TOKEN): GraphEndpoint => ({ baseUrl: emulator.url, version: 'v25.0', accessToken });
const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000);
const start = async () => {
  emulator = await startGraphEmulator();
  emulator.reads.setToken(TOKEN, { type: 'PAGE', appId: APP, ownerId: PAGE });
  emulator.reads.setToken(IG_TOKEN, { type: 'INSTAGRAM', appId: APP, ownerId: IG });
};

describe('backfilling a Facebook Page', () => {
  it('reads comments and replies past one page, and Messenger both ways, only since the time', async () => {
    await start();
    const since = ago(60);
    const post = `${PAGE}_900001`;
    emulator.reads.seedFeedComment(PAGE, post, { id: '900001_1', from: ANNA, text: 'before the outage', at: ago(90) });
    for (let i = 0; i < 60; i++) emulator.reads.seedFeedComment(PAGE, post, { id: `900001_${100 + i}`, from: ANNA, text: `missed comment ${i}`, at: ago(50 - i * 0.1) });
    emulator.reads.seedFeedComment(PAGE, post, { id: '900001_500', parentId: '900001_100', from: { id: PAGE, name: 'Norda Air' }, text: 'we are on it', at: ago(10) });
    emulator.reads.seedMessage({ ownerId: PAGE, platform: 'messenger', customerId: '7001', mid: 'm_old', text: 'old', at: ago(120) });
    emulator.reads.seedMessage({ ownerId: PAGE, platform: 'messenger', customerId: '7001', mid: 'm_missed', text: 'где мой багаж?', at: ago(30) });
    emulator.reads.seedMessage({ ownerId: PAGE, platform: 'messenger', customerId: '7001', mid: 'm_answer', text: 'Looking now', at: ago(20), isFromBrand: true });
    emulator.reads.seedMessage({ ownerId: PAGE, platform: 'messenger', customerId: '7002', mid: 'm_stale', text: 'stale thread', at: ago(200) });

    const result = await backfillFacebook(fetch, endpoint(), PAGE, since.toISOString(), new Date());
    expect(result.isComplete).toBe(true);
    const ids = result.events.map((e) => e.externalId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => id.startsWith('900001_1'))).toHaveLength(60);
    expect(ids).not.toContain('900001_1');
    expect(ids).not.toContain('m_old');
    expect(ids).not.toContain('m_stale');
    const reply = result.events.find((e) => e.externalId === '900001_500')!;
    expect(reply).toMatchObject({ direction: 'out', threadKey: '900001_100', inReplyToExternalId: '900001_100' });
    expect(result.events.find((e) => e.externalId === 'm_missed')).toMatchObject({ direction: 'in', visibility: 'private', text: 'где мой багаж?' });
    expect(result.events.find((e) => e.externalId === 'm_answer')).toMatchObject({ direction: 'out', recipient: { externalId: '7001' } });
    // The nested comments' second page was read through the post's own comments edge.
    expect(emulator.calls.some((c) => c.path === `${post}/comments` && typeof c.params.after === 'string')).toBe(true);
  });

  it('gives the same events the webhooks would have, so ingest recognises what already arrived', async () => {
    await start();
    const at = ago(5);
    emulator.reads.seedFeedComment(PAGE, `${PAGE}_77`, { id: '77_1', from: ANNA, text: 'Rezervasyonum nerede?', at });
    emulator.reads.seedMessage({ ownerId: PAGE, platform: 'messenger', customerId: '7001', mid: 'm_same', text: 'Paldies!', at });
    const webhook = parseFacebookBody(Buffer.from(toMetaJson(pageDelivery(
      entry(PAGE, at, { changes: [feedComment({ commentId: '77_1', postId: `${PAGE}_77`, from: ANNA, message: 'Rezervasyonum nerede?', createdTime: at })] }),
      entry(PAGE, at, { messaging: [customerMessage({ ownId: PAGE, customerId: '7001', mid: 'm_same', text: 'Paldies!', timestamp: at })] }),
    ))), PAGE);
    const result = await backfillFacebook(fetch, endpoint(), PAGE, ago(10).toISOString(), new Date());
    const strip = (e: { externalId: string; threadKey?: string; direction: string; text: string; author: unknown; sentAt: string }) =>
      ({ externalId: e.externalId, threadKey: e.threadKey, direction: e.direction, text: e.text, author: e.author, sentAt: e.sentAt.slice(0, 19) });
    expect(result.events.map(strip).sort((a, b) => a.externalId.localeCompare(b.externalId)))
      .toEqual(webhook.map(strip).sort((a, b) => a.externalId.localeCompare(b.externalId)));
  });

  it('stops early on throttling and on its read budget, and says so', async () => {
    await start();
    emulator.reads.seedMessage({ ownerId: PAGE, platform: 'messenger', customerId: '7001', mid: 'm_1', text: 'hi', at: ago(5) });
    emulator.script(graphAnswers.rateLimited(32));
    const throttled = await backfillFacebook(fetch, endpoint(), PAGE, ago(10).toISOString(), new Date());
    expect(throttled.isComplete).toBe(false);
    expect(throttled.detail).toContain('throttling');
    for (let i = 0; i < MAX_READS_PER_BACKFILL * 26; i++) {
      emulator.reads.seedMessage({ ownerId: PAGE, platform: 'messenger', customerId: String(8000 + i), mid: `m_many_${i}`, text: 'x', at: ago(5) });
    }
    const capped = await backfillFacebook(fetch, endpoint(), PAGE, ago(10).toISOString(), new Date());
    expect(capped.isComplete).toBe(false);
    expect(capped.detail).toContain(`more than ${MAX_READS_PER_BACKFILL} Graph reads`);
  });

  it('throws when the token is refused or Meta fails, so the job keeps the backfill pending', async () => {
    await start();
    emulator.reads.revokeToken(TOKEN);
    await expect(backfillFacebook(fetch, endpoint(), PAGE, ago(10).toISOString(), new Date())).rejects.toThrow(/not authorized/);
  });
});

describe('backfilling an Instagram account', () => {
  it('reads comments with replies on recent media and DMs since the time, as the webhooks would', async () => {
    await start();
    const elif = { id: '3456789012', username: 'elifyilmaz' };
    emulator.reads.seedMediaComment(IG, '18000000000000001', { id: '17850000000000001', from: elif, text: 'old', at: ago(120) });
    emulator.reads.seedMediaComment(IG, '18000000000000001', { id: '17850000000000002', from: elif, text: 'Bavulum nerede?', at: ago(30) });
    emulator.reads.seedMediaComment(IG, '18000000000000001', { id: '17850000000000003', parentId: '17850000000000002', from: { id: IG, username: 'norda.air' }, text: 'DM us', at: ago(25) });
    emulator.reads.seedMessage({ ownerId: IG, platform: 'instagram', customerId: elif.id, mid: 'aWdfZAG1_missed', text: 'PNR 4XK9Q2', at: ago(20) });
    const result = await backfillInstagram(fetch, endpoint(IG_TOKEN), IG, ago(60).toISOString(), new Date());
    expect(result.isComplete).toBe(true);
    expect(result.events.map((e) => e.externalId)).toEqual(['17850000000000002', '17850000000000003', 'aWdfZAG1_missed']);
    expect(result.events[1]).toMatchObject({ direction: 'out', threadKey: '17850000000000002' });

    const webhook = parseInstagramBody(Buffer.from(toMetaJson(instagramDelivery(
      { id: IG, time: Math.floor(ago(30).getTime() / 1000), changes: [{ field: 'comments', value: { id: '17850000000000002', from: elif, media: { id: '18000000000000001', media_product_type: 'FEED' }, text: 'Bavulum nerede?' } }] },
    ))), IG);
    expect(result.events[0]).toMatchObject({ externalId: webhook[0]!.externalId, threadKey: webhook[0]!.threadKey, author: webhook[0]!.author, text: webhook[0]!.text });
    expect(emulator.calls.find((c) => c.path === 'me/conversations')?.params.platform).toBe('instagram');
  });
});
