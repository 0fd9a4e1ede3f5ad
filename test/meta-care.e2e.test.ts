// Meta care end to end through the real server and the Graph API emulator: delivery and read
// receipts on the brand's messages, the HUMAN_AGENT tag's 7-day window, and private replies to comments.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.ts';
import { DIALECTS } from './support/stores.ts';
import { connectStream, type StreamClient } from './support/stream-client.ts';
import { createChannelRegistry } from '../src/channels/registry.ts';
import { apiChannel } from '../src/channels/api/index.ts';
import { facebookChannel } from '../src/channels/meta/facebook/index.ts';
import { instagramChannel } from '../src/channels/meta/instagram/index.ts';
import {
  customerMessage, deliveryReceipt, entry, feedComment, instagramDelivery, instagramSeen, pageDelivery, readReceipt, startGraphEmulator,
  type GraphEmulator,
} from '../src/channels/meta/emulator.ts';

const PAGE_ID = '1755847768034402';
const AGENT_PAGE_ID = '1755847768034499';
const IG_USER_ID = '17841405309211844';
const PAGE_TOKEN = 'EAAGm0PX4ZCpsBAe2eCarePageToken';
const IG_TOKEN = 'IGAAJx0CareInstagramToken';
const APP_SECRET = 'c0ffee0123456789abcdef0123456789';
const HOUR = 3_600_000;

interface Detail {
  conversation: { id: string; kind: string; version: number };
  messages: { id: string; text: string; direction: string; visibility: string; externalId: string | null; deliveryStatus: string | null }[];
  messagingWindow: { closesAt: string | null; rule?: string } | null;
}

describe.each(DIALECTS)('Meta care end to end on %s', (dialect) => {
  let t: TestServer;
  let graph: GraphEmulator;
  let stream: StreamClient;
  const ids: Record<'facebook' | 'agentPage' | 'instagram', string> = { facebook: '', agentPage: '', instagram: '' };

  beforeAll(async () => {
    graph = await startGraphEmulator({ accessTokens: [PAGE_TOKEN, IG_TOKEN] });
    t = await startTestServer(dialect, {
      outboxBackoffMs: () => 50,
      channels: createChannelRegistry([apiChannel, facebookChannel, instagramChannel]),
    });
    const connect = async (network: string, config: Record<string, unknown>) => {
      const res = await t.api('/api/v1/channels', { method: 'POST', json: { network, name: `${network} ${String(config.pageId ?? config.igUserId)}`, config } });
      expect(res.status).toBe(201);
      return (await res.json() as { id: string }).id;
    };
    const page = (pageId: string) => ({ pageId, pageAccessToken: PAGE_TOKEN, appSecret: APP_SECRET, verifyToken: 'v', graphApiBaseUrl: graph.url });
    ids.facebook = await connect('facebook', page(PAGE_ID));
    ids.agentPage = await connect('facebook', page(AGENT_PAGE_ID));
    ids.instagram = await connect('instagram', { igUserId: IG_USER_ID, accessToken: IG_TOKEN, appSecret: APP_SECRET, verifyToken: 'v', graphApiBaseUrl: graph.url });
    stream = await connectStream(t.url, { authorization: `Bearer ${t.token}` });
  });
  afterAll(async () => {
    stream?.close();
    await t?.close();
    await graph?.close();
  });

  const hook = (channel: keyof typeof ids) => `${t.url}/webhooks/${channel === 'instagram' ? 'instagram' : 'facebook'}/${ids[channel]}`;
  const detailOf = async (id: string) => await (await t.api(`/api/v1/conversations/${id}`)).json() as Detail;
  const conversationWith = async (text: string) => {
    const message = await stream.waitFor((e) => e.type === 'message.created' && e.data.text === text);
    return detailOf(String(message.data.conversationId));
  };
  const statusOf = (messageId: string, status: string) =>
    stream.waitFor((e) => e.type === 'message.updated' && e.data.id === messageId && e.data.deliveryStatus === status);
  const reply = async (conversationId: string, text: string) => {
    const res = await t.api(`/api/v1/conversations/${conversationId}/replies`, { method: 'POST', json: { text } });
    expect(res.status).toBe(201);
    return (await res.json() as { message: { id: string } }).message.id;
  };
  const messengerThread = async (channel: 'facebook' | 'agentPage', customerId: string, mid: string, text: string, at: Date) => {
    const ownId = channel === 'facebook' ? PAGE_ID : AGENT_PAGE_ID;
    const res = await graph.deliver(hook(channel), pageDelivery(entry(ownId, at, { messaging: [customerMessage({ ownId, customerId, mid, text, timestamp: at })] })), APP_SECRET);
    expect(res.status).toBe(200);
    return conversationWith(text);
  };

  it('shows an agent\'s Messenger reply go sent → delivered → read, and ignores a repeated or older receipt', async () => {
    const customer = '24031234567890001';
    const thread = await messengerThread('facebook', customer, 'm_care_in_0001', 'Здравствуйте, где посылка?', new Date());
    const messageId = await reply(thread.conversation.id, 'Посылка уже в пути 🚚');
    const sent = await statusOf(messageId, 'sent');
    const mid = String(sent.data.externalId);

    const deliveredAt = new Date();
    const res = await graph.deliver(hook('facebook'), pageDelivery(entry(PAGE_ID, deliveredAt, { messaging: [
      deliveryReceipt({ ownId: PAGE_ID, customerId: customer, mids: [mid], watermark: deliveredAt }),
    ] })), APP_SECRET);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ accepted: 1 });
    await statusOf(messageId, 'delivered');

    const readAt = new Date();
    await graph.deliver(hook('facebook'), pageDelivery(entry(PAGE_ID, readAt, { messaging: [readReceipt({ ownId: PAGE_ID, customerId: customer, watermark: readAt })] })), APP_SECRET);
    await statusOf(messageId, 'read');

    // Meta redelivers, and receipts arrive out of order: neither moves the message back.
    const older = new Date(deliveredAt.getTime() - 1000);
    expect((await graph.deliver(hook('facebook'), pageDelivery(entry(PAGE_ID, older, { messaging: [
      deliveryReceipt({ ownId: PAGE_ID, customerId: customer, mids: [mid], watermark: deliveredAt }),
      readReceipt({ ownId: PAGE_ID, customerId: customer, watermark: older }),
    ] })), APP_SECRET)).status).toBe(200);
    // A later message is the barrier: whatever the receipts announced is on the stream before it.
    await messengerThread('facebook', customer, 'm_care_in_0002', 'Спасибо!', new Date());
    const updates = stream.events.filter((e) => e.type === 'message.updated' && e.data.id === messageId).map((e) => e.data.deliveryStatus);
    expect(updates).toEqual(['sent', 'delivered', 'read']);
    const stored = (await detailOf(thread.conversation.id)).messages.find((m) => m.id === messageId);
    expect(stored?.deliveryStatus).toBe('read');
  });

  it('marks an Instagram DM read from messaging_seen', async () => {
    const at = new Date();
    const text = 'Vai šī jaka ir M izmērā?';
    await graph.deliver(hook('instagram'), instagramDelivery(entry(IG_USER_ID, at, { messaging: [
      customerMessage({ ownId: IG_USER_ID, customerId: '1254459154600001', mid: 'ig_care_dm_0001', text, timestamp: at }),
    ] })), APP_SECRET);
    const thread = await conversationWith(text);
    const messageId = await reply(thread.conversation.id, 'Jā, ir!');
    const mid = String((await statusOf(messageId, 'sent')).data.externalId);
    await graph.deliver(hook('instagram'), instagramDelivery(entry(IG_USER_ID, new Date(), { messaging: [
      instagramSeen({ ownId: IG_USER_ID, customerId: '1254459154600001', mid, timestamp: new Date() }),
    ] })), APP_SECRET);
    await statusOf(messageId, 'read');
  });

  it('gives a Page with the human agent permission 7 days, tagging the reply HUMAN_AGENT after 24 hours', async () => {
    const patch = await t.api(`/api/v1/channels/${ids.agentPage}`, { method: 'PATCH', json: { settings: { humanAgentTag: true } } });
    expect(patch.status).toBe(200);
    expect(await patch.json()).toMatchObject({ settings: { humanAgentTag: true } });
    const refused = await t.api(`/api/v1/channels/${ids.instagram}`, { method: 'PATCH', json: { settings: { humanAgentTag: 'yes' } } });
    expect(refused.status).toBe(400);

    const twoDaysAgo = new Date(Date.now() - 48 * HOUR);
    const thread = await messengerThread('agentPage', '24031234567890002', 'm_care_in_0003', 'Sveiki, vai pasūtījums jau ceļā?', twoDaysAgo);
    expect(thread.messagingWindow?.rule).toBe('human_agent');
    expect(Date.parse(String(thread.messagingWindow?.closesAt))).toBe(twoDaysAgo.getTime() + 7 * 24 * HOUR);

    const before = graph.accepted.length;
    const messageId = await reply(thread.conversation.id, 'Atvainojiet par kavēšanos — jā, ceļā!');
    await statusOf(messageId, 'sent');
    expect(graph.accepted[before]).toMatchObject({
      path: `${AGENT_PAGE_ID}/messages`,
      params: { recipient: { id: '24031234567890002' }, messaging_type: 'MESSAGE_TAG', tag: 'HUMAN_AGENT' },
    });

    const eightDaysAgo = new Date(Date.now() - 8 * 24 * HOUR);
    const old = await messengerThread('agentPage', '24031234567890003', 'm_care_in_0004', 'Вопрос недельной давности', eightDaysAgo);
    const calls = graph.calls.length;
    const late = await t.api(`/api/v1/conversations/${old.conversation.id}/replies`, { method: 'POST', json: { text: 'Извините!' } });
    expect(late.status).toBe(422);
    expect(await late.json()).toMatchObject({ code: 'window_closed' });
    expect(graph.calls.length).toBe(calls);

    // Without the permission the same Page is back to 24 hours.
    await t.api(`/api/v1/channels/${ids.agentPage}`, { method: 'PATCH', json: { settings: { humanAgentTag: false } } });
    const withoutTag = await t.api(`/api/v1/conversations/${thread.conversation.id}/replies`, { method: 'POST', json: { text: 'Vēl kas?' } });
    expect(withoutTag.status).toBe(422);
  });

  it('answers a Facebook commenter with one private reply to their comment, and refuses a second', async () => {
    const at = new Date();
    const text = 'Mans konts ir bloķēts, palīdziet!';
    await graph.deliver(hook('facebook'), pageDelivery(entry(PAGE_ID, at, { changes: [
      feedComment({ commentId: '130001_770001', postId: `${PAGE_ID}_130001`, from: { id: '6789012345600001', name: 'Jānis Ozols' }, message: text, createdTime: at }),
    ] })), APP_SECRET);
    const thread = await conversationWith(text);
    const before = graph.accepted.length;
    const res = await t.api(`/api/v1/conversations/${thread.conversation.id}/move-to-private`, {
      method: 'POST', json: { privateText: 'Sveiki, Jāni! Lūdzu, uzrakstiet konta e-pastu šeit.', baseVersion: thread.conversation.version },
    });
    expect(res.status).toBe(201);
    const moved = await res.json() as { privateReply: { id: string } };
    await statusOf(moved.privateReply.id, 'sent');
    const calls = graph.accepted.slice(before);
    expect(calls.map((c) => c.path)).toEqual(['130001_770001/comments', `${PAGE_ID}/messages`]);
    expect(calls[1]!.params).toMatchObject({ recipient: { comment_id: '130001_770001' }, message: { text: 'Sveiki, Jāni! Lūdzu, uzrakstiet konta e-pastu šeit.' } });

    const again = await t.api(`/api/v1/conversations/${thread.conversation.id}/move-to-private`, { method: 'POST', json: { privateText: 'Vēlreiz' } });
    expect(again.status).toBe(422);
    expect(await again.json()).toMatchObject({ code: 'channel_cannot_send', detail: expect.stringContaining('one private reply per comment') });
  });

  it('answers an Instagram commenter privately, and their DM answer continues in the same conversation', async () => {
    const at = new Date();
    const igsid = '17841400000000201';
    const comment = 'Siparişim nerede? Hesabımı kontrol eder misiniz?';
    await graph.deliver(hook('instagram'), instagramDelivery({ id: IG_USER_ID, time: Math.floor(at.getTime() / 1000), changes: [
      { field: 'comments', value: { from: { id: igsid, username: 'ayse.kaya' }, media: { id: '17895695668000001', media_product_type: 'FEED' }, id: '17870913679000001', text: comment } },
    ] }), APP_SECRET);
    const thread = await conversationWith(comment);
    const before = graph.accepted.length;
    const res = await t.api(`/api/v1/conversations/${thread.conversation.id}/move-to-private`, { method: 'POST', json: { privateText: 'Merhaba! Sipariş numaranızı yazar mısınız?' } });
    expect(res.status).toBe(201);
    await statusOf((await res.json() as { privateReply: { id: string } }).privateReply.id, 'sent');
    expect(graph.accepted.slice(before).map((c) => [c.path, c.params.recipient])).toEqual([
      ['17870913679000001/replies', undefined],
      ['me/messages', { comment_id: '17870913679000001' }],
    ]);

    // The commenter answers in their inbox: the same Instagram-scoped id, so the same conversation.
    const dm = 'Sipariş no: 88123';
    await graph.deliver(hook('instagram'), instagramDelivery(entry(IG_USER_ID, new Date(), { messaging: [
      customerMessage({ ownId: IG_USER_ID, customerId: igsid, mid: 'ig_care_dm_0002', text: dm, timestamp: new Date() }),
    ] })), APP_SECRET);
    const joined = await conversationWith(dm);
    expect(joined.conversation.id).toBe(thread.conversation.id);

    const next = graph.accepted.length;
    const followUp = await t.api(`/api/v1/conversations/${thread.conversation.id}/replies`, { method: 'POST', json: { text: 'Teşekkürler, bakıyoruz.', visibility: 'private' } });
    expect(followUp.status).toBe(201);
    await statusOf((await followUp.json() as { message: { id: string } }).message.id, 'sent');
    expect(graph.accepted[next]).toMatchObject({ path: 'me/messages', params: { recipient: { id: igsid } } });
  });
});
