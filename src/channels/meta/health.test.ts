import { afterEach, describe, expect, it } from 'vitest';
import { startGraphEmulator, graphAnswers, type GraphEmulator } from './emulator.ts';
import { checkInstagramLoginHealth, checkInstagramViaPageHealth, checkPageHealth } from './health.ts';
import type { GraphEndpoint } from './graph-client.ts';

const PAGE = '104857600123456';
const IG = '17841400000000001';
const APP = '1517776481860111';
const PAGE_TOKEN = 'EAAhealthPageToken';
const IG_TOKEN = 'IGAAhealthInstagramToken';

let emulator: GraphEmulator;
afterEach(async () => { await emulator?.close(); });

const endpoint = (accessToken: string): GraphEndpoint => ({ baseUrl: emulator.url, version: 'v25.0', accessToken });
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000);

describe('Meta channel health', () => {
  it('reports a valid Page token with the earlier of its two expiries, and a full subscription', async () => {
    emulator = await startGraphEmulator();
    emulator.reads.setToken(PAGE_TOKEN, { type: 'PAGE', appId: APP, ownerId: PAGE, expiresAt: inDays(40), dataAccessExpiresAt: inDays(3) });
    emulator.reads.subscribeApp(PAGE, { id: APP }, ['feed', 'messages', 'message_echoes']);
    const probe = await checkPageHealth(fetch, endpoint(PAGE_TOKEN), PAGE);
    expect(probe.webhook).toEqual({ state: 'subscribed', detail: null });
    expect(probe.token.state).toBe('valid');
    expect(Math.abs(Date.parse(probe.token.expiresAt!) - inDays(3).getTime())).toBeLessThan(2000);
    expect(probe.token.detail).toContain('data_access_expires_at');
    const asked = emulator.calls.map((c) => [c.path, c.params.input_token ?? null]);
    expect(asked).toEqual([['debug_token', PAGE_TOKEN], [`${PAGE}/subscribed_apps`, null]]);
  });

  it('says a token that never expires has no expiry', async () => {
    emulator = await startGraphEmulator();
    emulator.reads.setToken(PAGE_TOKEN, { type: 'PAGE', appId: APP, ownerId: PAGE });
    emulator.reads.subscribeApp(PAGE, { id: APP }, ['feed', 'messages']);
    const probe = await checkPageHealth(fetch, endpoint(PAGE_TOKEN), PAGE);
    expect(probe.token).toEqual({ state: 'valid', expiresAt: null, detail: 'the token does not expire' });
  });

  it('names the fields a subscription lacks, and an app that is not subscribed at all', async () => {
    emulator = await startGraphEmulator();
    emulator.reads.setToken(PAGE_TOKEN, { type: 'PAGE', appId: APP, ownerId: PAGE });
    emulator.reads.subscribeApp(PAGE, { id: APP }, ['feed']);
    emulator.reads.subscribeApp(PAGE, { id: '999' }, ['feed', 'messages']);
    const partial = await checkPageHealth(fetch, endpoint(PAGE_TOKEN), PAGE);
    expect(partial.webhook).toEqual({ state: 'missing', detail: `Page ${PAGE}'s subscription lacks messages` });
    emulator.reads.unsubscribeApp(PAGE, APP);
    const gone = await checkPageHealth(fetch, endpoint(PAGE_TOKEN), PAGE);
    expect(gone.webhook.state).toBe('missing');
    expect(gone.webhook.detail).toContain(`app ${APP} is not subscribed to Page ${PAGE}`);
  });

  it('reports a revoked or expired token as invalid with Meta\'s words, without throwing', async () => {
    emulator = await startGraphEmulator();
    emulator.reads.setToken(PAGE_TOKEN, { type: 'PAGE', appId: APP, ownerId: PAGE, expiresAt: new Date(Date.now() - 1000) });
    const expired = await checkPageHealth(fetch, endpoint(PAGE_TOKEN), PAGE);
    expect(expired.token.state).toBe('invalid');
    expect(expired.token.detail).toContain('Session has expired');
    emulator.reads.setToken(PAGE_TOKEN, { type: 'PAGE', appId: APP, ownerId: PAGE });
    emulator.reads.revokeToken(PAGE_TOKEN);
    const revoked = await checkPageHealth(fetch, endpoint(PAGE_TOKEN), PAGE);
    expect(revoked.token).toMatchObject({ state: 'invalid', expiresAt: null });
    expect(revoked.token.detail).toContain('has not authorized application');
    expect(revoked.webhook.state).toBe('unknown');
    const unknown = await checkPageHealth(fetch, endpoint('EAAnever-issued'), PAGE);
    expect(unknown.token.detail).toBe('Invalid OAuth access token - Cannot parse access token');
  });

  it('refuses a token for another Page', async () => {
    emulator = await startGraphEmulator();
    emulator.reads.setToken(PAGE_TOKEN, { type: 'PAGE', appId: APP, ownerId: '555' });
    const probe = await checkPageHealth(fetch, endpoint(PAGE_TOKEN), PAGE);
    expect(probe.token.state).toBe('invalid');
    expect(probe.token.detail).toContain('Page 555');
  });

  it('throws when Meta fails, so the job reports check_failed', async () => {
    emulator = await startGraphEmulator();
    emulator.reads.setToken(PAGE_TOKEN, { type: 'PAGE', appId: APP, ownerId: PAGE });
    emulator.script(graphAnswers.serverError());
    await expect(checkPageHealth(fetch, endpoint(PAGE_TOKEN), PAGE)).rejects.toThrow(/unexpected error/);
    const unreachable: GraphEndpoint = { baseUrl: 'http://127.0.0.1:9', version: 'v25.0', accessToken: PAGE_TOKEN };
    await expect(checkPageHealth(fetch, unreachable, PAGE)).rejects.toThrow();
  });

  it('checks an Instagram account through its Page: the Page debug_token names must have the app subscribed', async () => {
    emulator = await startGraphEmulator();
    emulator.reads.setToken(PAGE_TOKEN, { type: 'PAGE', appId: APP, ownerId: PAGE, expiresAt: inDays(20) });
    const missing = await checkInstagramViaPageHealth(fetch, endpoint(PAGE_TOKEN));
    expect(missing.webhook.state).toBe('missing');
    emulator.reads.subscribeApp(PAGE, { id: APP }, ['feed']);
    const probe = await checkInstagramViaPageHealth(fetch, endpoint(PAGE_TOKEN));
    expect(probe).toMatchObject({ token: { state: 'valid' }, webhook: { state: 'subscribed' } });
  });

  it('checks an Instagram Login account by using its token, with an honest unknown expiry, and its subscribed fields', async () => {
    emulator = await startGraphEmulator();
    emulator.reads.setToken(IG_TOKEN, { type: 'INSTAGRAM', appId: APP, ownerId: IG });
    emulator.reads.subscribeApp(IG, { id: APP }, ['comments']);
    const partial = await checkInstagramLoginHealth(fetch, endpoint(IG_TOKEN), IG);
    expect(partial.token).toMatchObject({ state: 'valid', expiresAt: null });
    expect(partial.token.detail).toContain('60 days');
    expect(partial.webhook).toEqual({ state: 'missing', detail: 'the subscription lacks messages' });
    expect(emulator.calls.some((c) => c.path === 'debug_token' || c.path.includes('refresh_access_token'))).toBe(false);
    emulator.reads.subscribeApp(IG, { id: APP }, ['comments', 'messages']);
    expect((await checkInstagramLoginHealth(fetch, endpoint(IG_TOKEN), IG)).webhook.state).toBe('subscribed');
    const other = await checkInstagramLoginHealth(fetch, endpoint(IG_TOKEN), '17841499999999999');
    expect(other.token.state).toBe('invalid');
    emulator.reads.revokeToken(IG_TOKEN);
    const revoked = await checkInstagramLoginHealth(fetch, endpoint(IG_TOKEN), IG);
    expect(revoked.token.state).toBe('invalid');
  });
});
