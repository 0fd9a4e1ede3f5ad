// End to end: an X channel connected with an OAuth 2.0 user token sends with it, renews it once
// when X answers 401, keeps the rotated pair sealed in the store, and sends on with the new token.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.ts';
import { connectStream, type StreamClient } from './support/stream-client.ts';
import { DIALECTS } from './support/stores.ts';
import { createChannelRegistry } from '../src/channels/registry.ts';
import { apiChannel } from '../src/channels/api/index.ts';
import { xChannel } from '../src/channels/x/index.ts';
import { startXEmulator, type XEmulator } from '../src/channels/x/emulator.ts';
import { deliverActivity, postDelivery, type XPerson } from '../src/channels/x/activity-deliveries.ts';
import { mintSnowflake } from '../src/channels/x/snowflake.ts';
import { getChannelWithSecrets } from '../src/store/repositories/channels.ts';

const CREDENTIALS = {
  consumerKey: 'norda-consumer-key', consumerSecret: 'norda-consumer-secret-0123456789',
  accessToken: '1498765432109876543-NordaAccessToken', accessTokenSecret: 'norda-access-token-secret',
};
const OAUTH2 = { clientId: 'Tm9yZGFBaXJDbGllbnQ', clientSecret: 'norda-oauth2-client-secret', accessToken: 'at-first-of-norda', refreshToken: 'rt-first-of-norda' };
const BRAND: XPerson = { id: '1498765432109876543', screenName: 'NordaAir', name: 'Norda Air' };
const ELIF: XPerson = { id: '1344556677889900032', screenName: 'elifyilmaz', name: 'Elif Yılmaz' };

describe.each(DIALECTS)('an x channel with an OAuth 2.0 user token on %s', (dialect) => {
  let t: TestServer;
  let emulator: XEmulator;
  let stream: StreamClient;
  let channelId: string;
  let conversationId: string;

  beforeAll(async () => {
    emulator = await startXEmulator({ credentials: CREDENTIALS, oauth2: OAUTH2 });
    t = await startTestServer(dialect, { outboxBackoffMs: () => 50, channels: createChannelRegistry([apiChannel, xChannel]) });
    const res = await t.api('/api/v1/channels', {
      method: 'POST',
      json: { network: 'x', name: 'Norda Air on X', config: {
        userId: BRAND.id, handle: 'NordaAir', ...CREDENTIALS, apiBaseUrl: emulator.url,
        oauth2AccessToken: OAUTH2.accessToken, oauth2RefreshToken: OAUTH2.refreshToken, oauth2ClientId: OAUTH2.clientId, oauth2ClientSecret: OAUTH2.clientSecret,
      } },
    });
    expect(res.status).toBe(201);
    channelId = (await res.json() as { id: string }).id;
    stream = await connectStream(t.url, { authorization: `Bearer ${t.token}` });
    const mentionId = mintSnowflake();
    await deliverActivity(`${t.url}/webhooks/x/${channelId}`, CREDENTIALS.consumerSecret, postDelivery({ brand: BRAND, author: ELIF, id: mentionId, text: '@NordaAir uçuşum iptal mi?' }));
    conversationId = String((await stream.waitFor((e) => e.type === 'message.created' && e.data.externalId === mentionId)).data.conversationId);
  });
  afterAll(async () => {
    stream?.close();
    await emulator?.close();
    await t?.close();
  });

  const replyAndSettle = async (text: string) => {
    const res = await t.api(`/api/v1/conversations/${conversationId}/replies`, { method: 'POST', json: { text } });
    expect(res.status).toBe(201);
    const id = (await res.json() as { message: { id: string } }).message.id;
    return stream.waitFor((e) => e.type === 'message.updated' && e.data.id === id && (e.data.deliveryStatus === 'sent' || e.data.deliveryStatus === 'failed'));
  };

  it('never shows the OAuth 2.0 tokens or client secret, only the client id', async () => {
    const shown = await (await t.api(`/api/v1/channels/${channelId}`)).text();
    for (const secret of [OAUTH2.accessToken, OAUTH2.refreshToken, OAUTH2.clientSecret]) expect(shown).not.toContain(secret);
    expect(shown).toContain(OAUTH2.clientId);
  });

  it('renews an expired token once, keeps the rotated pair sealed, and sends the next reply with it', async () => {
    emulator.userTokens!.expire();
    const first = await replyAndSettle('Elif Hanım, uçuşunuz iptal edilmedi.');
    expect(first.data.deliveryStatus).toBe('sent');
    expect(emulator.userTokens!.refreshes).toBe(1);
    const current = emulator.userTokens!.current();
    const stored = await getChannelWithSecrets(t.server.services.store.db, t.server.services.secretBox, channelId);
    expect(stored!.secrets).toMatchObject({ oauth2AccessToken: current.accessToken, oauth2RefreshToken: current.refreshToken, consumerSecret: CREDENTIALS.consumerSecret });
    const row = await t.server.services.store.db.selectFrom('channels').select('secrets').where('id', '=', channelId).executeTakeFirstOrThrow();
    expect(row.secrets).not.toContain(current.refreshToken);

    const second = await replyAndSettle('Kapı numarası B12.');
    expect(second.data.deliveryStatus).toBe('sent');
    expect(emulator.userTokens!.refreshes).toBe(1);
    const tweets = emulator.requests.filter((r) => r.path === '/2/tweets').map((r) => r.status);
    expect(tweets).toEqual([401, 201, 201]);
  });
});
