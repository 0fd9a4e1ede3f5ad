// Channel health end to end, through the real server and the X emulator: the check asks X about the
// token and the webhook subscription, a lapse is reported (API, notification, /metrics), and when
// the channel works again what was missed meanwhile is fetched, once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.ts';
import { DIALECTS } from './support/stores.ts';
import { startXEmulator, type XEmulator } from '../src/channels/x/emulator.ts';
import { deliverActivity, postDelivery, type XPerson } from '../src/channels/x/activity-deliveries.ts';
import type { EmulatedWebhook } from '../src/channels/x/emulator-account.ts';

const CREDENTIALS = {
  consumerKey: 'norda-consumer-key', consumerSecret: 'norda-consumer-secret-0123456789',
  accessToken: '1498765432109876543-NordaAccessToken', accessTokenSecret: 'norda-access-token-secret',
};
const BEARER = 'AAAAAAAAAAAAAAAAAAAAANordaAppBearer';
const BRAND: XPerson = { id: '1498765432109876543', screenName: 'NordaAir', name: 'Norda Air' };
const ANNA: XPerson = { id: '1205290247124217856', screenName: 'anna_petrova', name: 'Анна Петрова' };
const ELIF: XPerson = { id: '1344556677889900032', screenName: 'elifyilmaz', name: 'Elif Yılmaz' };

interface HealthView {
  status: string;
  problems: { code: string; severity: string; message: string }[];
  token: { state: string };
  webhook: { state: string; detail: string | null };
  outageSince: string | null;
  backfill: { pendingFrom: string | null; lastAt: string | null; detail: string | null };
}
interface ChannelView { id: string; health: HealthView | null }

describe.each(DIALECTS)('channel health of an X account on %s', (dialect) => {
  let t: TestServer;
  let emulator: XEmulator;
  let channelId: string;
  let webhook: EmulatedWebhook;

  beforeAll(async () => {
    emulator = await startXEmulator({ credentials: CREDENTIALS, account: BRAND, bearerToken: BEARER });
    t = await startTestServer(dialect);
    const res = await t.api('/api/v1/channels', {
      method: 'POST',
      json: { network: 'x', name: 'Norda Air on X', config: { userId: BRAND.id, handle: '@NordaAir', ...CREDENTIALS, bearerToken: BEARER, apiBaseUrl: emulator.url } },
    });
    expect(res.status).toBe(201);
    channelId = (await res.json() as { id: string }).id;
    webhook = emulator.registerWebhook(`${t.url}/webhooks/x/${channelId}`);
  });
  afterAll(async () => {
    await emulator?.close();
    await t?.close();
  });

  const check = async () => {
    const res = await t.api(`/api/v1/channels/${channelId}/health-check`, { method: 'POST' });
    expect(res.status).toBe(200);
    return (await res.json() as ChannelView).health!;
  };
  const searchCount = async (word: string) => ((await (await t.api(`/api/v1/search?q=${word}`)).json()) as { items: unknown[] }).items.length;
  const notifications = async () => ((await (await t.api('/api/v1/notifications')).json()) as { items: { kind: string; text: string }[] }).items;

  it('has no health before its first check, then reports a working channel', async () => {
    const before = await (await t.api(`/api/v1/channels/${channelId}`)).json() as ChannelView;
    expect(before.health).toBeNull();
    const health = await check();
    expect(health).toMatchObject({ status: 'ok', problems: [], token: { state: 'valid' }, webhook: { state: 'subscribed' } });
    const listed = await (await t.api('/api/v1/channels')).json() as { items: ChannelView[] };
    expect(listed.items.find((c) => c.id === channelId)?.health?.status).toBe('ok');
    const asked = emulator.requests.map((r) => r.path);
    expect(asked).toEqual(expect.arrayContaining(['/2/users/me', '/2/webhooks', `/2/account_activity/webhooks/${webhook.id}/subscriptions/all`]));
  });

  it('reports a lapsed subscription as failing, tells the admins once, and shows it on /metrics', async () => {
    const delivered = await deliverActivity(`${t.url}/webhooks/x/${channelId}`, CREDENTIALS.consumerSecret,
      postDelivery({ brand: BRAND, author: ANNA, id: '1861234567890123456', at: new Date(), text: '@NordaAir before-outage lapwing' }));
    expect(delivered.status).toBe(200);
    webhook.subscribed = false;
    const health = await check();
    expect(health.status).toBe('failing');
    expect(health.problems.map((p) => p.code)).toEqual(['webhook_missing']);
    expect(health.problems[0]!.message).toContain('not subscribed');
    expect(health.outageSince).not.toBeNull();
    await check();
    const told = (await notifications()).filter((n) => n.kind === 'channel');
    expect(told).toHaveLength(1);
    expect(told[0]!.text).toContain('Norda Air on X');
    const metrics = await (await fetch(`${t.url}/metrics`)).text();
    expect(metrics).toContain(`parley_channel_health{channel="${channelId}",network="x",workspace="${t.workspaceId}"} 0`);
    expect(metrics).toContain(`parley_channel_problems{channel="${channelId}",network="x",workspace="${t.workspaceId}"} 1`);
  });

  it('backfills what arrived during the outage once the subscription is back, without duplicates', async () => {
    // Posted while X was not delivering: only the API holds them.
    emulator.seedPost({ author: ELIF, text: '@NordaAir during-outage kestrel bavulum nerede?' });
    emulator.seedPost({ author: ANNA, text: '@NordaAir during-outage heron мой багаж' });
    expect(await searchCount('kestrel')).toBe(0);
    webhook.subscribed = true;
    const health = await check();
    expect(health.status).toBe('ok');
    expect(health.outageSince).toBeNull();
    expect(health.backfill.pendingFrom).toBeNull();
    expect(health.backfill.detail).toContain('2 of them missed');
    expect(await searchCount('kestrel')).toBe(1);
    expect(await searchCount('heron')).toBe(1);
    expect((await notifications()).some((n) => n.kind === 'channel' && n.text.includes('works again'))).toBe(true);

    const again = await t.api(`/api/v1/channels/${channelId}/backfill`, { method: 'POST', json: { since: new Date(Date.now() - 3600_000).toISOString() } });
    expect(again.status).toBe(200);
    expect(((await again.json()) as ChannelView).health!.backfill.detail).toContain('0 of them missed');
    expect(await searchCount('kestrel')).toBe(1);
  });

  it('reports a revoked token, and a reconnect with new credentials restores the channel', async () => {
    emulator.revokeToken(true);
    const revoked = await check();
    expect(revoked.status).toBe('failing');
    expect(revoked.problems.map((p) => p.code)).toContain('token_invalid');
    expect(revoked.token.state).toBe('invalid');
    emulator.revokeToken(false);
    const reconnected = await t.api(`/api/v1/channels/${channelId}/credentials`, {
      method: 'PUT',
      json: { config: { userId: BRAND.id, handle: '@NordaAir', ...CREDENTIALS, bearerToken: BEARER, apiBaseUrl: emulator.url } },
    });
    expect(reconnected.status).toBe(200);
    expect(((await reconnected.json()) as ChannelView).health).toMatchObject({ status: 'ok', token: { state: 'valid' } });
  });

  it('refuses bad backfill and reconnect requests with clear errors', async () => {
    const future = await t.api(`/api/v1/channels/${channelId}/backfill`, { method: 'POST', json: { since: new Date(Date.now() + 60_000).toISOString() } });
    expect(future.status).toBe(400);
    const ancient = await t.api(`/api/v1/channels/${channelId}/backfill`, { method: 'POST', json: { since: '2020-01-01T00:00:00Z' } });
    expect(ancient.status).toBe(400);
    expect(((await ancient.json()) as { detail: string }).detail).toContain('30 days');
    const garbage = await t.api(`/api/v1/channels/${channelId}/backfill`, { method: 'POST', json: { since: 'yesterday' } });
    expect(garbage.status).toBe(400);
    const broken = await t.api(`/api/v1/channels/${channelId}/credentials`, { method: 'PUT', json: { config: { handle: '@NordaAir' } } });
    expect(broken.status).toBeGreaterThanOrEqual(400);
    expect(broken.headers.get('content-type')).toContain('application/problem+json');
    const unknown = await t.api('/api/v1/channels/ch_nope/health-check', { method: 'POST' });
    expect(unknown.status).toBe(404);
  });

  it('is checked on schedule: a due channel is claimed once, then not again until its next check', async () => {
    await t.server.services.store.db.updateTable('channel_health').set({ next_check_at: '2000-01-01T00:00:00.000Z' })
      .where('channel_id', '=', channelId).execute();
    expect(await t.server.health.runOnce()).toBe(1);
    expect(await t.server.health.runOnce()).toBe(0);
    const row = await t.server.services.store.db.selectFrom('channel_health').select(['next_check_at', 'status'])
      .where('channel_id', '=', channelId).executeTakeFirstOrThrow();
    expect(Date.parse(row.next_check_at)).toBeGreaterThan(Date.now() + 10 * 60_000);
    expect(row.status).toBe('ok');
  });
});
