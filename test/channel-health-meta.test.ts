// Channel health of the Meta channels end to end, through the real server and the Graph emulator:
// debug_token's expiry becomes a warning, a Page without the app subscribed is failing, and what
// arrived meanwhile is fetched through the Graph API once, next to what webhooks already brought.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.ts';
import { DIALECTS } from './support/stores.ts';
import { createChannelRegistry } from '../src/channels/registry.ts';
import { apiChannel } from '../src/channels/api/index.ts';
import { facebookChannel } from '../src/channels/meta/facebook/index.ts';
import { instagramChannel } from '../src/channels/meta/instagram/index.ts';
import { customerMessage, entry, feedComment, pageDelivery, startGraphEmulator, type GraphEmulator } from '../src/channels/meta/emulator.ts';

const PAGE_ID = '1755847768034402';
const IG_USER_ID = '17841405309211844';
const APP_ID = '1517776481860111';
const PAGE_TOKEN = 'EAAGm0PX4ZCpsBAhealthPageToken';
const IG_TOKEN = 'IGAAJx0healthInstagramToken';
const APP_SECRET = 'f00dfacecafebabe0123456789abcdef';
const VERIFY_TOKEN = 'parley-verify-health';
const ANNA = { id: '6543210987654321', name: 'Анна Петрова' };
const ELIF = { id: '6543210987650000', name: 'Elif Yılmaz' };
const POST = `${PAGE_ID}_880001`;

interface HealthView {
  status: string;
  problems: { code: string; severity: string; message: string }[];
  token: { state: string; expiresAt: string | null; detail: string | null };
  webhook: { state: string; detail: string | null };
  outageSince: string | null;
  backfill: { pendingFrom: string | null; lastAt: string | null; detail: string | null };
}
interface ChannelView { id: string; health: HealthView | null }

describe.each(DIALECTS)('channel health of the Meta channels on %s', (dialect) => {
  let t: TestServer;
  let graph: GraphEmulator;
  let facebookId: string;
  let instagramId: string;

  beforeAll(async () => {
    graph = await startGraphEmulator({ accessTokens: [PAGE_TOKEN, IG_TOKEN] });
    graph.reads.setToken(PAGE_TOKEN, { type: 'PAGE', appId: APP_ID, ownerId: PAGE_ID, expiresAt: new Date(Date.now() + 3 * 86_400_000) });
    graph.reads.setToken(IG_TOKEN, { type: 'INSTAGRAM', appId: APP_ID, ownerId: IG_USER_ID });
    graph.reads.subscribeApp(PAGE_ID, { id: APP_ID }, ['feed', 'messages', 'message_echoes']);
    t = await startTestServer(dialect, { channels: createChannelRegistry([apiChannel, facebookChannel, instagramChannel]) });
    const fb = await t.api('/api/v1/channels', { method: 'POST', json: { network: 'facebook', name: 'Norda Air Page', config: {
      pageId: PAGE_ID, pageAccessToken: PAGE_TOKEN, appSecret: APP_SECRET, verifyToken: VERIFY_TOKEN, graphApiBaseUrl: graph.url,
    } } });
    expect(fb.status).toBe(201);
    facebookId = (await fb.json() as { id: string }).id;
    const ig = await t.api('/api/v1/channels', { method: 'POST', json: { network: 'instagram', name: 'Norda Air IG', config: {
      igUserId: IG_USER_ID, accessToken: IG_TOKEN, appSecret: APP_SECRET, verifyToken: VERIFY_TOKEN, graphApiBaseUrl: graph.url,
    } } });
    expect(ig.status).toBe(201);
    instagramId = (await ig.json() as { id: string }).id;
  });
  afterAll(async () => {
    await t?.close();
    await graph?.close();
  });

  const check = async (id: string) => {
    const res = await t.api(`/api/v1/channels/${id}/health-check`, { method: 'POST' });
    expect(res.status).toBe(200);
    return (await res.json() as ChannelView).health!;
  };
  const searchCount = async (word: string) => ((await (await t.api(`/api/v1/search?q=${word}`)).json()) as { items: unknown[] }).items.length;

  it('warns three days ahead that the Page token expires', async () => {
    const health = await check(facebookId);
    expect(health.status).toBe('warning');
    expect(health.problems.map((p) => p.code)).toEqual(['token_expiring']);
    expect(health.problems[0]!.message).toMatch(/expires in (2|3) days?/);
    expect(health.token.state).toBe('valid');
    expect(health.webhook.state).toBe('subscribed');
  });

  it('reports a Page the app is no longer subscribed to as failing', async () => {
    const at = new Date(Date.now() - 60_000);
    const delivered = await graph.deliver(`${t.url}/webhooks/facebook/${facebookId}`, pageDelivery(
      entry(PAGE_ID, at, { changes: [feedComment({ commentId: '880001_1', postId: POST, from: ANNA, message: 'before-outage plover', createdTime: at })] }),
      entry(PAGE_ID, at, { messaging: [customerMessage({ ownId: PAGE_ID, customerId: '7001', mid: 'm_before_sandpiper', text: 'before-outage sandpiper', timestamp: at })] }),
    ), APP_SECRET);
    expect(delivered.status).toBe(200);
    // The API holds what the webhooks brought too: a backfill must not add them again.
    graph.reads.seedFeedComment(PAGE_ID, POST, { id: '880001_1', from: ANNA, text: 'before-outage plover', at });
    graph.reads.seedMessage({ ownerId: PAGE_ID, platform: 'messenger', customerId: '7001', mid: 'm_before_sandpiper', text: 'before-outage sandpiper', at });

    graph.reads.unsubscribeApp(PAGE_ID, APP_ID);
    const health = await check(facebookId);
    expect(health.status).toBe('failing');
    expect(health.problems.map((p) => p.code)).toEqual(['webhook_missing', 'token_expiring']);
    expect(health.problems[0]!.message).toContain(`app ${APP_ID} is not subscribed to Page ${PAGE_ID}`);
    expect(health.outageSince).not.toBeNull();
  });

  it('backfills the comments and Messenger messages of the outage once subscribed again, exactly once', async () => {
    const during = new Date(Date.now() + 1000);
    graph.reads.seedFeedComment(PAGE_ID, POST, { id: '880001_2', from: ELIF, text: 'during-outage kestrel bavulum nerede?', at: during });
    graph.reads.seedFeedComment(PAGE_ID, POST, { id: '880001_3', parentId: '880001_2', from: ANNA, text: 'during-outage heron тоже жду', at: during });
    graph.reads.seedMessage({ ownerId: PAGE_ID, platform: 'messenger', customerId: '7001', mid: 'm_during_curlew', text: 'during-outage curlew мой багаж', at: during });
    expect(await searchCount('kestrel')).toBe(0);

    graph.reads.subscribeApp(PAGE_ID, { id: APP_ID }, ['feed', 'messages']);
    const health = await check(facebookId);
    expect(health.problems.map((p) => p.code)).toEqual(['token_expiring']);
    expect(health.outageSince).toBeNull();
    expect(health.backfill.pendingFrom).toBeNull();
    expect(health.backfill.detail).toContain('3 of them missed');
    for (const word of ['kestrel', 'heron', 'curlew', 'plover', 'sandpiper']) expect(await searchCount(word)).toBe(1);

    const again = await t.api(`/api/v1/channels/${facebookId}/backfill`, { method: 'POST', json: { since: new Date(Date.now() - 3600_000).toISOString() } });
    expect(again.status).toBe(200);
    const detail = ((await again.json()) as ChannelView).health!.backfill.detail;
    expect(detail).toContain('found 5');
    expect(detail).toContain('0 of them missed');
    for (const word of ['kestrel', 'heron', 'curlew', 'plover', 'sandpiper']) expect(await searchCount(word)).toBe(1);
  });

  it('checks an Instagram Login account: expiry unknown, a missing messages field failing, DMs backfilled', async () => {
    graph.reads.subscribeApp(IG_USER_ID, { id: APP_ID }, ['comments']);
    const partial = await check(instagramId);
    expect(partial.status).toBe('failing');
    expect(partial.webhook.detail).toBe('the subscription lacks messages');
    expect(partial.token).toMatchObject({ state: 'valid', expiresAt: null });
    expect(partial.token.detail).toContain('60 days');

    graph.reads.seedMessage({ ownerId: IG_USER_ID, platform: 'instagram', customerId: '3456789012', mid: 'aWdfZAG1_during_godwit', text: 'during-outage godwit', at: new Date(Date.now() + 1000) });
    graph.reads.subscribeApp(IG_USER_ID, { id: APP_ID }, ['comments', 'messages']);
    const health = await check(instagramId);
    expect(health.status).toBe('ok');
    expect(health.backfill.detail).toContain('1 of them missed');
    expect(await searchCount('godwit')).toBe(1);
  });

  it('reports a revoked Page token as invalid with Meta\'s words', async () => {
    graph.reads.revokeToken(PAGE_TOKEN);
    const health = await check(facebookId);
    expect(health.status).toBe('failing');
    expect(health.token.state).toBe('invalid');
    expect(health.problems.find((p) => p.code === 'token_invalid')?.message).toContain('has not authorized application');
  });
});
