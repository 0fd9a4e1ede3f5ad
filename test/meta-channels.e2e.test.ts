// End to end through the real server: connect a Facebook Page and an Instagram account against
// the local Graph API emulator, take signed Meta webhooks, reply, and see the right Graph calls.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.ts';
import { DIALECTS } from './support/stores.ts';
import { connectStream, type StreamClient } from './support/stream-client.ts';
import { createChannelRegistry } from '../src/channels/registry.ts';
import { apiChannel } from '../src/channels/api/index.ts';
import { webchatChannel } from '../src/channels/webchat/index.ts';
import { facebookChannel } from '../src/channels/meta/facebook/index.ts';
import { instagramChannel } from '../src/channels/meta/instagram/index.ts';
import {
  customerMessage, echo, entry, feedComment, graphAnswers, instagramDelivery, pageDelivery, startGraphEmulator, type GraphEmulator,
} from '../src/channels/meta/emulator.ts';
import { signMetaBody } from '../src/channels/meta/signature.ts';

const PAGE_ID = '1755847768034402';
const IG_USER_ID = '17841405309211844';
const PAGE_TOKEN = 'EAAGm0PX4ZCpsBAe2eTestPageToken';
const IG_TOKEN = 'IGAAJx0TestInstagramUserToken';
const APP_SECRET = 'f00dfacecafebabe0123456789abcdef';
const VERIFY_TOKEN = 'parley-verify-8e1f';

interface Detail {
  conversation: { id: string; kind: string; threadKey: string; version: number };
  messages: { id: string; text: string; direction: string; externalId: string | null; deliveryStatus: string | null; deliveryError: string | null }[];
}

describe.each(DIALECTS)('the Meta channels end to end on %s', (dialect) => {
  let t: TestServer;
  let graph: GraphEmulator;
  let stream: StreamClient;
  let facebookId: string;
  let instagramId: string;
  const now = () => new Date();

  beforeAll(async () => {
    graph = await startGraphEmulator({ accessTokens: [PAGE_TOKEN, IG_TOKEN] });
    t = await startTestServer(dialect, {
      outboxBackoffMs: () => 50,
      channels: createChannelRegistry([apiChannel, webchatChannel, facebookChannel, instagramChannel]),
    });
    const fb = await t.api('/api/v1/channels', { method: 'POST', json: { network: 'facebook', name: 'Demo Shop Page', config: {
      pageId: PAGE_ID, pageAccessToken: PAGE_TOKEN, appSecret: APP_SECRET, verifyToken: VERIFY_TOKEN, graphApiBaseUrl: graph.url,
    } } });
    expect(fb.status).toBe(201);
    const fbText = await fb.text();
    for (const secret of [PAGE_TOKEN, APP_SECRET, VERIFY_TOKEN]) expect(fbText).not.toContain(secret);
    facebookId = (JSON.parse(fbText) as { id: string }).id;
    const ig = await t.api('/api/v1/channels', { method: 'POST', json: { network: 'instagram', name: 'Demo Shop IG', config: {
      igUserId: IG_USER_ID, accessToken: IG_TOKEN, appSecret: APP_SECRET, verifyToken: VERIFY_TOKEN, graphApiBaseUrl: graph.url,
    } } });
    expect(ig.status).toBe(201);
    instagramId = (await ig.json() as { id: string }).id;
    stream = await connectStream(t.url, { authorization: `Bearer ${t.token}` });
  });
  afterAll(async () => {
    stream?.close();
    await t?.close();
    await graph?.close();
  });

  const facebookHook = () => `${t.url}/webhooks/facebook/${facebookId}`;
  const detailOf = async (id: string) => await (await t.api(`/api/v1/conversations/${id}`)).json() as Detail;
  const conversationWith = async (text: string) => {
    const message = await stream.waitFor((e) => e.type === 'message.created' && e.data.text === text);
    return detailOf(String(message.data.conversationId));
  };
  const reply = async (conversationId: string, text: string, visibility?: 'public' | 'private') => {
    const res = await t.api(`/api/v1/conversations/${conversationId}/replies`, { method: 'POST', json: { text, ...(visibility ? { visibility } : {}) } });
    expect(res.status).toBe(201);
    return (await res.json() as { message: { id: string } }).message.id;
  };
  const delivered = (messageId: string, status: 'sent' | 'failed') =>
    stream.waitFor((e) => e.type === 'message.updated' && e.data.id === messageId && e.data.deliveryStatus === status);

  it('answers Meta\'s verification GET with the challenge, and refuses a wrong token with 403', async () => {
    const ok = await fetch(`${facebookHook()}?hub.mode=subscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=1158201444`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toContain('text/plain');
    expect(await ok.text()).toBe('1158201444');
    const wrong = await fetch(`${t.url}/webhooks/instagram/${instagramId}?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1`);
    expect(wrong.status).toBe(403);
  });

  it('refuses a forged delivery with 401', async () => {
    const body = JSON.stringify(pageDelivery());
    const res = await fetch(facebookHook(), { method: 'POST', headers: { 'content-type': 'application/json', 'x-hub-signature-256': signMetaBody('not-the-secret', body) }, body });
    expect(res.status).toBe(401);
  });

  it('files a signed comment as a public conversation, its reply in the same one, and answers under the thread', async () => {
    const at = now();
    const first = 'Здравствуйте! Где мой заказ №4512? 😡';
    const res = await graph.deliver(facebookHook(), pageDelivery(entry(PAGE_ID, at, { changes: [
      feedComment({ commentId: '122101_880001', postId: `${PAGE_ID}_122101`, from: { id: '6789012345678901', name: 'Анна Петрова' }, message: first, createdTime: at }),
    ] })), APP_SECRET);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ accepted: 1 });
    const thread = await conversationWith(first);
    expect(thread.conversation.kind).toBe('public');

    const second = 'Aynı sorun bende de var, siparişim hâlâ gelmedi.';
    await graph.deliver(facebookHook(), pageDelivery(entry(PAGE_ID, at, { changes: [
      feedComment({ commentId: '122101_880002', postId: `${PAGE_ID}_122101`, parentId: '122101_880001', from: { id: '7890123456789012', name: 'Ayşe Yılmaz' }, message: second, createdTime: at }),
    ] })), APP_SECRET);
    const joined = await conversationWith(second);
    expect(joined.conversation.id).toBe(thread.conversation.id);
    expect(joined.messages.map((m) => m.text)).toEqual([first, second]);

    const before = graph.accepted.length;
    const messageId = await reply(thread.conversation.id, 'Paldies! Mēs to jau pārbaudām.');
    const sent = await delivered(messageId, 'sent');
    const call = graph.accepted[before]!;
    expect(call).toMatchObject({ method: 'POST', path: '122101_880001/comments', params: { message: 'Paldies! Mēs to jau pārbaudām.' }, token: PAGE_TOKEN });
    expect(sent.data.externalId).toBe((call.response as { id: string }).id);

    // The feed then reports the Page's new comment: it is the reply already stored.
    await graph.deliver(facebookHook(), pageDelivery(entry(PAGE_ID, now(), { changes: [
      feedComment({ commentId: String(sent.data.externalId), postId: `${PAGE_ID}_122101`, parentId: '122101_880001', from: { id: PAGE_ID, name: 'Demo Shop' }, message: 'Paldies! Mēs to jau pārbaudām.', createdTime: now() }),
    ] })), APP_SECRET);
    expect((await detailOf(thread.conversation.id)).messages.filter((m) => m.text === 'Paldies! Mēs to jau pārbaudām.')).toHaveLength(1);
  });

  it('keeps an edited and a removed comment visible in their conversation', async () => {
    const at = now();
    const original = 'Pasūtījums #77 nav atnācis';
    await graph.deliver(facebookHook(), pageDelivery(entry(PAGE_ID, at, { changes: [
      feedComment({ commentId: '122300_1', postId: `${PAGE_ID}_122300`, from: { id: '8901234567890123', name: 'Līga Bērziņa' }, message: original, createdTime: at }),
    ] })), APP_SECRET);
    const thread = await conversationWith(original);
    await graph.deliver(facebookHook(), pageDelivery(entry(PAGE_ID, at, { changes: [
      feedComment({ commentId: '122300_1', postId: `${PAGE_ID}_122300`, from: { id: '8901234567890123', name: 'Līga Bērziņa' }, message: 'Pasūtījums #77 atnāca, paldies!', createdTime: at, verb: 'edited' }),
      feedComment({ commentId: '122300_1', postId: `${PAGE_ID}_122300`, from: { id: '8901234567890123', name: 'Līga Bērziņa' }, createdTime: at, verb: 'remove' }),
    ] })), APP_SECRET);
    await stream.waitFor((e) => e.type === 'message.updated' && typeof e.data.removedAt === 'string');
    const [comment, ...rest] = (await detailOf(thread.conversation.id)).messages as unknown as { text: string; previousTexts: string[]; editedAt: string | null; removedAt: string | null }[];
    expect(rest).toEqual([]);
    expect(comment).toMatchObject({ text: 'Pasūtījums #77 atnāca, paldies!', previousTexts: [original] });
    expect(comment!.editedAt).not.toBeNull();
    expect(comment!.removedAt).not.toBeNull();
  });

  it('files a Messenger message in a private thread and sends the agent\'s reply through the Send API', async () => {
    const at = now();
    const text = 'Добрый день! Посылка так и не пришла 📦';
    await graph.deliver(facebookHook(), pageDelivery(entry(PAGE_ID, at, { messaging: [
      customerMessage({ ownId: PAGE_ID, customerId: '24031234567890123', mid: 'm_e2e_inbound_0001', text, timestamp: at }),
    ] })), APP_SECRET);
    const thread = await conversationWith(text);
    expect(thread.conversation.kind).toBe('private');

    const before = graph.accepted.length;
    const messageId = await reply(thread.conversation.id, 'Мы уже проверяем ваш заказ.');
    const sent = await delivered(messageId, 'sent');
    const call = graph.accepted[before]!;
    expect(call).toMatchObject({
      path: `${PAGE_ID}/messages`, token: PAGE_TOKEN,
      params: { recipient: { id: '24031234567890123' }, messaging_type: 'RESPONSE', message: { text: 'Мы уже проверяем ваш заказ.', metadata: `parley:${messageId}` } },
    });
    const mid = String(sent.data.externalId);
    expect(mid).toBe((call.response as { message_id: string }).message_id);

    // Meta echoes the Page's own message back; whether it names Parley in its metadata or not,
    // it is the message already in the thread, never a second copy.
    const echoes = [
      echo({ ownId: PAGE_ID, customerId: '24031234567890123', mid, text: 'Мы уже проверяем ваш заказ.', timestamp: now(), metadata: `parley:${messageId}` }),
      echo({ ownId: PAGE_ID, customerId: '24031234567890123', mid, text: 'Мы уже проверяем ваш заказ.', timestamp: now() }),
    ];
    for (const item of echoes) {
      expect((await graph.deliver(facebookHook(), pageDelivery(entry(PAGE_ID, now(), { messaging: [item] })), APP_SECRET)).status).toBe(200);
    }
    const after = await detailOf(thread.conversation.id);
    expect(after.messages.filter((m) => m.text === 'Мы уже проверяем ваш заказ.')).toHaveLength(1);
  });

  it('retries a throttled reply until Meta takes it, and fails a refused one with Meta\'s message', async () => {
    const at = now();
    const text = 'Sveiki, vai varat palīdzēt ar atgriešanu?';
    await graph.deliver(facebookHook(), pageDelivery(entry(PAGE_ID, at, { messaging: [
      customerMessage({ ownId: PAGE_ID, customerId: '24035555555555555', mid: 'm_e2e_inbound_0002', text, timestamp: at }),
    ] })), APP_SECRET);
    const thread = await conversationWith(text);

    graph.script(graphAnswers.rateLimited(4));
    const callsBefore = graph.calls.length;
    const throttled = await reply(thread.conversation.id, 'Protams, palīdzēsim!');
    await delivered(throttled, 'sent');
    const attempts = graph.calls.slice(callsBefore).filter((c) => c.path === `${PAGE_ID}/messages`);
    expect(attempts.map((c) => c.status)).toEqual([400, 200]);

    graph.script(graphAnswers.permissionDenied());
    const refused = await reply(thread.conversation.id, 'Šo Meta atteiks.');
    const failed = await delivered(refused, 'failed');
    expect(String(failed.data.deliveryError)).toContain('(#10) This endpoint requires the \'pages_messaging\' permission');
  });

  it('shows when the 24-hour window closes, and refuses a reply after it before calling Meta', async () => {
    const dayAgo = new Date(Date.now() - 25 * 3_600_000);
    const text = 'Ответьте, пожалуйста, вчерашний вопрос';
    await graph.deliver(facebookHook(), pageDelivery(entry(PAGE_ID, dayAgo, { messaging: [
      customerMessage({ ownId: PAGE_ID, customerId: '24037777777777777', mid: 'm_e2e_inbound_old1', text, timestamp: dayAgo }),
    ] })), APP_SECRET);
    const thread = await conversationWith(text);
    const detail = await (await t.api(`/api/v1/conversations/${thread.conversation.id}`)).json() as { messagingWindow: { closesAt: string } };
    expect(Date.parse(detail.messagingWindow.closesAt)).toBeLessThan(Date.now());
    const calls = graph.calls.length;
    const res = await t.api(`/api/v1/conversations/${thread.conversation.id}/replies`, { method: 'POST', json: { text: 'Извините за задержку!' } });
    expect(res.status).toBe(422);
    const problem = await res.json() as { code: string; detail: string };
    expect(problem.code).toBe('window_closed');
    expect(problem.detail).toContain('the window has closed');
    expect(graph.calls.length).toBe(calls);
  });

  it('files an Instagram comment and a DM, and answers each the Instagram way', async () => {
    const hook = `${t.url}/webhooks/instagram/${instagramId}`;
    const at = now();
    const comment = 'Kargom nerede? Üç gündür bekliyorum 😤';
    const dm = 'Labdien! Kur ir mans pasūtījums?';
    const res = await graph.deliver(hook, instagramDelivery(
      { id: IG_USER_ID, time: Math.floor(at.getTime() / 1000), changes: [{ field: 'comments', value: { from: { id: '17841400000000101', username: 'mehmet.ozturk' }, media: { id: '17895695668004550', media_product_type: 'FEED' }, id: '17870913679156914', text: comment } }] },
      entry(IG_USER_ID, at, { messaging: [customerMessage({ ownId: IG_USER_ID, customerId: '1254459154682919', mid: 'ig_e2e_dm_0001', text: dm, timestamp: at })] }),
    ), APP_SECRET);
    expect(await res.json()).toEqual({ accepted: 2 });

    const publicThread = await conversationWith(comment);
    expect(publicThread.conversation.kind).toBe('public');
    let before = graph.accepted.length;
    await delivered(await reply(publicThread.conversation.id, 'Teşekkürler, hemen bakıyoruz!'), 'sent');
    expect(graph.accepted[before]).toMatchObject({ path: '17870913679156914/replies', params: { message: 'Teşekkürler, hemen bakıyoruz!' }, token: IG_TOKEN });

    const privateThread = await conversationWith(dm);
    before = graph.accepted.length;
    await delivered(await reply(privateThread.conversation.id, 'Paldies, pārbaudām!'), 'sent');
    expect(graph.accepted[before]).toMatchObject({ path: 'me/messages', params: { recipient: { id: '1254459154682919' }, message: { text: 'Paldies, pārbaudām!' } } });

    const tooLong = await t.api(`/api/v1/conversations/${privateThread.conversation.id}/replies`, { method: 'POST', json: { text: 'Ж'.repeat(501) } });
    expect(tooLong.status).toBe(422);
  });
});
