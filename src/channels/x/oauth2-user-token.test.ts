import { afterEach, describe, expect, it } from 'vitest';
import type { ChannelWithSecrets } from '../../domain/types.ts';
import { SendError, type OutboundMessage, type SendContext } from '../channel-adapter.ts';
import { ParleyError } from '../../domain/errors.ts';
import { createMemoryBus } from '../../realtime/event-bus.ts';
import { xChannel } from './index.ts';
import { startXEmulator, type OAuth2ClientOptions, type XEmulator } from './emulator.ts';

const CREDENTIALS = { consumerKey: 'ck-o2', consumerSecret: 'cs-o2', accessToken: '1498765432109876543-o1', accessTokenSecret: 'ts-o2' };
const CLIENT: OAuth2ClientOptions = { clientId: 'Tm9yZGFDbGllbnQ', accessToken: 'at-initial', refreshToken: 'rt-initial' };
const CONNECT = { userId: '1498765432109876543', handle: 'NordaAir', ...CREDENTIALS };

let emulator: XEmulator;
afterEach(async () => { await emulator?.close(); });

function channelWith(extra: Record<string, unknown>): ChannelWithSecrets {
  const prepared = xChannel.prepareConnection({ name: 'Norda', config: { ...CONNECT, apiBaseUrl: emulator.url, ...extra } });
  return { id: 'ch_x', workspaceId: 'ws', network: 'x', name: 'Norda', createdAt: '2026-09-14T00:00:00Z', lastEventAt: null, lastError: null, config: prepared.config, secrets: prepared.secrets };
}

const outbound = (text: string): OutboundMessage => ({
  messageId: 'msg_1', idempotencyKey: 'msg_1', conversation: { id: 'cv', kind: 'public', threadKey: 'post:1967412345678901234' },
  recipient: { externalId: '1205290247124217856', handle: 'anna' }, text, visibility: 'public',
  inReplyToExternalId: '1967412345678901234', attachments: [], sentAt: '2026-09-14T08:30:00Z',
});

function recordingContext(): SendContext & { saved: Record<string, string>[] } {
  const saved: Record<string, string>[] = [];
  return { bus: createMemoryBus(), fetch, now: () => new Date(), saved, updateSecrets: async (patch) => { saved.push(patch); } };
}

async function failure(run: Promise<unknown>): Promise<SendError> {
  try { await run; } catch (error) { if (error instanceof SendError) return error; throw error; }
  throw new Error('expected a SendError');
}

describe('OAuth 2.0 user tokens on an x channel', () => {
  it('keeps the tokens and client secret sealed, shows the client id, and wants a client id beside a refresh token', async () => {
    emulator = await startXEmulator({ credentials: CREDENTIALS });
    const prepared = xChannel.prepareConnection({ name: 'Norda', config: {
      ...CONNECT, oauth2AccessToken: 'at-1', oauth2RefreshToken: 'rt-1', oauth2ClientId: 'cid', oauth2ClientSecret: 'csecret',
    } });
    expect(prepared.config.oauth2ClientId).toBe('cid');
    expect(prepared.secrets).toMatchObject({ oauth2AccessToken: 'at-1', oauth2RefreshToken: 'rt-1', oauth2ClientSecret: 'csecret' });
    expect(JSON.stringify(prepared.config)).not.toMatch(/at-1|rt-1|csecret/);
    expect(() => xChannel.prepareConnection({ name: 'Norda', config: { ...CONNECT, oauth2AccessToken: 'a', oauth2RefreshToken: 'r' } })).toThrow(ParleyError);
  });

  it('posts with the user token as a bearer instead of signing with OAuth 1.0a', async () => {
    emulator = await startXEmulator({ credentials: CREDENTIALS, oauth2: CLIENT });
    const context = recordingContext();
    await xChannel.send(outbound('bearer post'), channelWith({ oauth2AccessToken: CLIENT.accessToken }), context);
    const request = emulator.requests.at(-1)!;
    expect(request.status).toBe(201);
    expect(request.authorization).toBeNull();
    expect(emulator.created.at(-1)!.text).toBe('bearer post');
    expect(context.saved).toEqual([]);
  });

  it('renews an expired token once on 401 (public client), keeps the new pair, and sends again', async () => {
    emulator = await startXEmulator({ credentials: CREDENTIALS, oauth2: CLIENT });
    emulator.userTokens!.expire();
    const context = recordingContext();
    const channel = channelWith({ oauth2AccessToken: CLIENT.accessToken, oauth2RefreshToken: CLIENT.refreshToken, oauth2ClientId: CLIENT.clientId });
    await xChannel.send(outbound('after renewal'), channel, context);
    expect(emulator.requests.map((r) => `${r.path} ${r.status}`)).toEqual(['/2/tweets 401', '/2/oauth2/token 200', '/2/tweets 201']);
    const token = emulator.requests[1]!;
    expect(Object.fromEntries(new URLSearchParams(token.rawBody))).toEqual({ refresh_token: 'rt-initial', grant_type: 'refresh_token', client_id: CLIENT.clientId });
    const current = emulator.userTokens!.current();
    expect(context.saved).toEqual([{ oauth2AccessToken: current.accessToken, oauth2RefreshToken: current.refreshToken }]);
    expect(current.refreshToken).not.toBe('rt-initial');
  });

  it('authenticates a confidential client with Basic, and shares one renewal between sends that meet the same expiry', async () => {
    emulator = await startXEmulator({ credentials: CREDENTIALS, oauth2: { ...CLIENT, clientSecret: 'client-secret', refreshToken: 'rt-shared' } });
    emulator.userTokens!.expire();
    const channel = channelWith({ oauth2AccessToken: CLIENT.accessToken, oauth2RefreshToken: 'rt-shared', oauth2ClientId: CLIENT.clientId, oauth2ClientSecret: 'client-secret' });
    await Promise.all([xChannel.send(outbound('one'), channel, recordingContext()), xChannel.send(outbound('two'), channel, recordingContext())]);
    expect(emulator.userTokens!.refreshes).toBe(1);
    expect(emulator.created.map((c) => c.text).sort()).toEqual(['one', 'two']);
  });

  it('fails without retry, saying to reconnect, when X refuses the refresh token; and renews at most once per send', async () => {
    emulator = await startXEmulator({ credentials: CREDENTIALS, oauth2: CLIENT });
    emulator.userTokens!.expire();
    const spent = channelWith({ oauth2AccessToken: CLIENT.accessToken, oauth2RefreshToken: 'rt-spent', oauth2ClientId: CLIENT.clientId });
    const refused = await failure(xChannel.send(outbound('never'), spent, recordingContext()));
    expect(refused.isRetryable).toBe(false);
    expect(refused.reason).toBe('X refused to renew the OAuth 2.0 user token (invalid_request: Value passed for the token was invalid.); reconnect the channel');

    const noRefresh = await failure(xChannel.send(outbound('never either'), channelWith({ oauth2AccessToken: 'at-stale' }), recordingContext()));
    expect(noRefresh.reason).toContain('no refresh token');

    // A renewed token that X still refuses ends the send instead of renewing in a loop.
    emulator.script({ status: 401, body: { title: 'Unauthorized', detail: 'Unauthorized', type: 'about:blank', status: 401 } });
    const good = channelWith({ oauth2AccessToken: 'at-stale', oauth2RefreshToken: CLIENT.refreshToken, oauth2ClientId: CLIENT.clientId });
    emulator.script({ status: 401, body: { title: 'Unauthorized', detail: 'Unauthorized', type: 'about:blank', status: 401 } });
    const twice = await failure(xChannel.send(outbound('loop'), good, recordingContext()));
    expect(twice.reason).toContain('401');
    expect(emulator.userTokens!.refreshes).toBe(1);
  });
});
