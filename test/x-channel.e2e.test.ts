// End to end through the real server and the X emulator: connect an x channel, pass X's CRC, take
// signed Account Activity deliveries into conversations, and send replies and DMs that arrive at the
// emulator signed with OAuth 1.0a, through rate limits and refusals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.ts';
import { connectStream, type StreamClient } from './support/stream-client.ts';
import { DIALECTS } from './support/stores.ts';
import { createChannelRegistry } from '../src/channels/registry.ts';
import { apiChannel } from '../src/channels/api/index.ts';
import { webchatChannel } from '../src/channels/webchat/index.ts';
import { xChannel } from '../src/channels/x/index.ts';
import { startXEmulator, xProblems, type XEmulator } from '../src/channels/x/emulator.ts';
import {
  checkCrc, deliverActivity, directMessageDelivery, favoriteDelivery, followDelivery, postDelivery, type XPerson,
} from '../src/channels/x/activity-deliveries.ts';
import { mintSnowflake } from '../src/channels/x/snowflake.ts';

const CREDENTIALS = {
  consumerKey: 'norda-consumer-key', consumerSecret: 'norda-consumer-secret-0123456789',
  accessToken: '1498765432109876543-NordaAccessToken', accessTokenSecret: 'norda-access-token-secret',
};
const BRAND: XPerson = { id: '1498765432109876543', screenName: 'NordaAir', name: 'Norda Air' };
const person = (id: string, screenName: string, name: string): XPerson => ({ id, screenName, name });

interface MessageView { id: string; externalId: string | null; direction: string; text: string; visibility: string; deliveryStatus: string | null }
interface ConversationView { conversation: { id: string; kind: string }; messages: MessageView[] }

describe.each(DIALECTS)('the x channel end to end on %s', (dialect) => {
  let t: TestServer;
  let emulator: XEmulator;
  let stream: StreamClient;
  let channelId: string;
  let webhookUrl: string;

  beforeAll(async () => {
    emulator = await startXEmulator({ credentials: CREDENTIALS });
    t = await startTestServer(dialect, {
      outboxBackoffMs: () => 50,
      channels: createChannelRegistry([apiChannel, webchatChannel, xChannel]),
    });
    const res = await t.api('/api/v1/channels', {
      method: 'POST',
      json: { network: 'x', name: 'Norda Air on X', config: { userId: BRAND.id, handle: '@NordaAir', ...CREDENTIALS, apiBaseUrl: emulator.url } },
    });
    expect(res.status).toBe(201);
    channelId = (await res.json() as { id: string }).id;
    webhookUrl = `${t.url}/webhooks/x/${channelId}`;
    stream = await connectStream(t.url, { authorization: `Bearer ${t.token}` });
  });
  afterAll(async () => {
    stream?.close();
    await emulator?.close();
    await t?.close();
  });

  const deliver = (body: unknown) => deliverActivity(webhookUrl, CREDENTIALS.consumerSecret, body);
  const arrived = (externalId: string) => stream.waitFor((e) => e.type === 'message.created' && e.data.externalId === externalId);
  const conversation = async (id: string) => await (await t.api(`/api/v1/conversations/${id}`)).json() as ConversationView;
  const reply = async (conversationId: string, text: string, visibility?: 'public' | 'private') => {
    const res = await t.api(`/api/v1/conversations/${conversationId}/replies`, { method: 'POST', json: { text, ...(visibility ? { visibility } : {}) } });
    expect(res.status).toBe(201);
    return (await res.json() as { message: { id: string } }).message.id;
  };
  const settled = (messageId: string, status: 'sent' | 'failed') =>
    stream.waitFor((e) => e.type === 'message.updated' && e.data.id === messageId && e.data.deliveryStatus === status);

  it('keeps the tokens secret and passes X\'s challenge-response check', async () => {
    const shown = await (await t.api(`/api/v1/channels/${channelId}`)).text();
    for (const secret of [CREDENTIALS.consumerSecret, CREDENTIALS.accessToken, CREDENTIALS.accessTokenSecret]) expect(shown).not.toContain(secret);
    expect(await checkCrc(webhookUrl, CREDENTIALS.consumerSecret)).toBe(true);
    const missing = await fetch(webhookUrl);
    expect(missing.status).toBe(400);
    expect(missing.headers.get('content-type')).toContain('application/problem+json');
  });

  it('refuses a delivery with a forged or missing signature and stores nothing', async () => {
    const body = postDelivery({ brand: BRAND, author: person('1111111111111111111', 'forger', 'F'), text: '@NordaAir forged-zebra' });
    const forged = await deliverActivity(webhookUrl, 'not-the-secret', body);
    expect(forged.status).toBe(401);
    const unsigned = await fetch(webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect(unsigned.status).toBe(401);
    const search = await (await t.api('/api/v1/search?q=forged-zebra')).json() as { items: unknown[] };
    expect(search.items).toHaveLength(0);
  });

  it('turns a mention into a conversation, keeps the reply chain in it, and sends the agent reply signed', async () => {
    const anna = person('1205290247124217856', 'anna_petrova', 'Анна Петрова');
    const mentionId = mintSnowflake();
    const res = await deliver(postDelivery({ brand: BRAND, author: anna, id: mentionId, text: '@NordaAir мой багаж не прилетел в Ригу, рейс NA 214' }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ accepted: 1 });
    const created = await arrived(mentionId);
    const conversationId = String(created.data.conversationId);

    const replyId = await reply(conversationId, 'Анна, нам очень жаль! Проверяем багаж прямо сейчас.');
    const sent = await settled(replyId, 'sent');
    const post = emulator.created.find((c) => c.id === sent.data.externalId)!;
    expect(post).toMatchObject({ kind: 'post', inReplyTo: mentionId, text: 'Анна, нам очень жаль! Проверяем багаж прямо сейчас.' });
    const request = emulator.requests.find((r) => (r.body as { text?: string } | null)?.text === post.text)!;
    expect(request.isSignatureValid).toBe(true);
    expect(request.authorization).toMatchObject({ oauth_consumer_key: CREDENTIALS.consumerKey, oauth_token: CREDENTIALS.accessToken, oauth_signature_method: 'HMAC-SHA1' });
    expect(request.body).toEqual({ text: post.text, reply: { in_reply_to_tweet_id: mentionId } });

    // X echoes the brand's own post back through the webhook; it is the reply already stored.
    const echo = await deliver(postDelivery({ brand: BRAND, author: BRAND, id: post.id, inReplyTo: { id: mentionId, author: anna }, text: `@anna_petrova ${post.text}` }));
    expect(echo.status).toBe(200);

    // Anna answers the brand's reply, then adds to her own answer: one conversation throughout.
    const answerId = mintSnowflake();
    await deliver(postDelivery({ brand: BRAND, author: anna, id: answerId, inReplyTo: { id: post.id, author: BRAND }, text: '@NordaAir бирка RIX 482913' }));
    const answer = await arrived(answerId);
    const followUpId = mintSnowflake();
    await deliver(postDelivery({ brand: BRAND, author: anna, id: followUpId, inReplyTo: { id: answerId, author: anna }, text: '@NordaAir и ещё: чемодан синий' }));
    const followUp = await arrived(followUpId);
    expect(answer.data.conversationId).toBe(conversationId);
    expect(followUp.data.conversationId).toBe(conversationId);

    const detail = await conversation(conversationId);
    expect(detail.conversation.kind).toBe('public');
    expect(detail.messages.map((m) => [m.direction, m.externalId])).toEqual([
      ['in', mentionId], ['out', post.id], ['in', answerId], ['in', followUpId],
    ]);
  });

  it('keeps one private thread per customer for DMs, records the brand\'s own DMs, and answers by DM', async () => {
    const marko = person('1622334455667788990', 'marko_jov', 'Марко Јовановић');
    const first = mintSnowflake();
    await deliver(directMessageDelivery({ brand: BRAND, from: marko, to: BRAND, id: first, text: 'Здраво, платио сам два пута за исту карту.' }));
    const conversationId = String((await arrived(first)).data.conversationId);
    const fromElsewhere = mintSnowflake();
    await deliver(directMessageDelivery({ brand: BRAND, from: BRAND, to: marko, id: fromElsewhere, text: 'Marko, proveravamo.' }));
    const second = mintSnowflake();
    await deliver(directMessageDelivery({ brand: BRAND, from: marko, to: BRAND, id: second, text: 'Хвала! Број резервације QX7P2L.' }));
    expect((await arrived(fromElsewhere)).data.conversationId).toBe(conversationId);
    expect((await arrived(second)).data.conversationId).toBe(conversationId);

    const replyId = await reply(conversationId, 'Vraćamo drugo plaćanje u roku od 5 dana.');
    const sent = await settled(replyId, 'sent');
    const dm = emulator.created.find((c) => c.id === sent.data.externalId)!;
    expect(dm).toMatchObject({ kind: 'dm', participantId: marko.id, text: 'Vraćamo drugo plaćanje u roku od 5 dana.' });
    expect(emulator.requests.find((r) => r.path === `/2/dm_conversations/with/${marko.id}/messages`)!.isSignatureValid).toBe(true);

    const detail = await conversation(conversationId);
    expect(detail.conversation.kind).toBe('private');
    expect(detail.messages.map((m) => m.direction)).toEqual(['in', 'out', 'in', 'out']);
  });

  it('waits out a 429 until x-rate-limit-reset, then sends', async () => {
    const elif = person('1344556677889900032', 'elifyilmaz', 'Elif Yılmaz');
    const mentionId = mintSnowflake();
    await deliver(postDelivery({ brand: BRAND, author: elif, id: mentionId, text: '@NordaAir bavulum nerede?' }));
    const conversationId = String((await arrived(mentionId)).data.conversationId);

    const resetAt = Math.floor(Date.now() / 1000) + 2;
    emulator.script(xProblems.rateLimited(resetAt));
    const replyId = await reply(conversationId, 'Elif Hanım, bavulunuz yarın teslim edilecek.');
    const sent = await settled(replyId, 'sent');
    const post = emulator.created.find((c) => c.id === sent.data.externalId)!;
    expect(post.at.getTime()).toBeGreaterThanOrEqual(resetAt * 1000);
    expect(emulator.requests.filter((r) => (r.body as { text?: string } | null)?.text === post.text).map((r) => r.status)).toEqual([429, 201]);
  });

  it('ends a refused reply as failed with X\'s reason', async () => {
    const janis = person('1588123456789012480', 'janis_b', 'Jānis Bērziņš');
    const mentionId = mintSnowflake();
    await deliver(postDelivery({ brand: BRAND, author: janis, id: mentionId, text: '@NordaAir kur ir mana soma?' }));
    const conversationId = String((await arrived(mentionId)).data.conversationId);

    emulator.script(xProblems.duplicateContent());
    const replyId = await reply(conversationId, 'Jāni, soma ir ceļā.');
    const failed = await settled(replyId, 'failed');
    expect(String(failed.data.deliveryError)).toContain('You are not allowed to create a Tweet with duplicate content.');
  });

  it('records likes and follows on the customer\'s contact without opening a conversation, once per redelivery', async () => {
    const anna = person('1205290247124217856', 'anna_petrova', 'Анна Петрова');
    const fan = person('1700000000000000001', 'fan', 'Fan Person');
    const before = (await (await t.api('/api/v1/conversations')).json() as { items: unknown[] }).items.length;
    const likedPost = mintSnowflake();
    const like = favoriteDelivery(BRAND, fan, likedPost);
    const liked = await deliver(like);
    expect(liked.status).toBe(200);
    expect(await liked.json()).toEqual({ accepted: 1 });
    const announced = await stream.waitFor((e) => e.type === 'contact.activity' && e.data.subjectExternalId === likedPost);
    const contactId = String(announced.data.contactId);
    // X redelivers when it misses the acknowledgement: the act is kept once and announced once.
    expect((await deliver(like)).status).toBe(200);
    expect((await deliver(followDelivery(BRAND, fan))).status).toBe(200);
    // The brand's own follow of a customer is not the customer's activity.
    expect((await deliver({ ...followDelivery(fan, BRAND), for_user_id: BRAND.id })).status).toBe(200);
    await stream.waitFor((e) => e.type === 'contact.activity' && e.data.contactId === contactId && e.data.activity === 'follow');

    const contact = await (await t.api(`/api/v1/contacts/${contactId}`)).json() as {
      name: string; identities: { handle: string }[]; conversations: unknown[];
      activity: { follows: { channelId: string; network: string; since: string }[]; recent: { activity: string; subjectExternalId: string | null; network: string }[] };
    };
    expect(contact.name).toBe('Fan Person');
    expect(contact.identities.map((i) => i.handle)).toEqual(['fan']);
    expect(contact.conversations).toEqual([]);
    expect(contact.activity.recent.map((a) => [a.activity, a.subjectExternalId, a.network])).toEqual([['follow', null, 'x'], ['favorite', likedPost, 'x']]);
    expect(contact.activity.follows).toEqual([{ channelId, network: 'x', since: expect.any(String) }]);
    expect(stream.events.filter((e) => e.type === 'contact.activity' && e.data.contactId === contactId)).toHaveLength(2);
    const after = (await (await t.api('/api/v1/conversations')).json() as { items: unknown[] }).items.length;
    expect(after).toBe(before);

    // A customer Parley knows from a conversation gets the like on the same contact.
    const annaLike = mintSnowflake();
    await deliver(favoriteDelivery(BRAND, anna, annaLike));
    const annaEvent = await stream.waitFor((e) => e.type === 'contact.activity' && e.data.subjectExternalId === annaLike);
    const annaContact = await (await t.api(`/api/v1/contacts/${String(annaEvent.data.contactId)}`)).json() as { conversations: unknown[]; activity: { follows: unknown[] } };
    expect(annaContact.conversations.length).toBeGreaterThan(0);
    expect(annaContact.activity.follows).toEqual([]);
  });

  it('answers a redelivery without storing it twice, and a non-Account-Activity body with 400', async () => {
    const body = postDelivery({ brand: BRAND, author: person('1700000000000000002', 'twice', 'Twice'), text: '@NordaAir redelivered-walrus' });
    expect((await deliver(body)).status).toBe(200);
    expect((await deliver(body)).status).toBe(200);
    const search = await (await t.api('/api/v1/search?q=redelivered-walrus')).json() as { items: unknown[] };
    expect(search.items).toHaveLength(1);
    const unknown = await deliver({ for_user_id: BRAND.id, hello: 'world' });
    expect(unknown.status).toBe(400);
  });

  it('uploads an attached image to X and posts the reply naming its media id; DMs carry one file', async () => {
    const mentionId = mintSnowflake();
    const customer = person('1700000000000000003', 'photo_fan', 'Photo Fan');
    await deliver(postDelivery({ brand: BRAND, author: customer, id: mentionId, text: '@NordaAir where do I send the damage photo?' }));
    const conversationId = String((await arrived(mentionId)).data.conversationId);
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('claim form scan')]);
    const upload = async (bytes: Buffer, type: string, name: string) =>
      await (await t.api(`/api/v1/uploads?name=${name}`, { method: 'POST', headers: { 'content-type': type }, body: new Uint8Array(bytes) })).json() as { id: string };
    const form = await upload(png, 'image/png', 'claim-form.png');
    const res = await t.api(`/api/v1/conversations/${conversationId}/replies`, { method: 'POST', json: { text: 'Fill in this form, please', attachmentIds: [form.id] } });
    expect(res.status, await res.clone().text()).toBe(201);
    const sent = await settled((await res.json() as { message: { id: string } }).message.id, 'sent');
    const post = emulator.created.find((c) => c.id === sent.data.externalId)!;
    expect(post).toMatchObject({ kind: 'post', inReplyTo: mentionId, text: 'Fill in this form, please' });
    expect(post.mediaIds).toHaveLength(1);
    expect(emulator.media.get(post.mediaIds[0]!)).toMatchObject({ mediaType: 'image/png', category: 'tweet_image' });
    expect(emulator.media.get(post.mediaIds[0]!)!.bytes!.equals(png)).toBe(true);
    const request = emulator.requests.find((r) => r.path === '/2/tweets' && r.status === 201 && (r.body as { text?: string }).text === post.text)!;
    expect(request.body).toEqual({ text: post.text, reply: { in_reply_to_tweet_id: mentionId }, media: { media_ids: post.mediaIds } });

    const first = await upload(png, 'image/png', 'a.png');
    const second = await upload(png, 'image/png', 'b.png');
    const twoInDm = await t.api(`/api/v1/conversations/${conversationId}/replies`, { method: 'POST', json: { text: 'Two files', visibility: 'private', attachmentIds: [first.id, second.id] } });
    expect(twoInDm.status).toBe(422);
    const dm = await t.api(`/api/v1/conversations/${conversationId}/replies`, { method: 'POST', json: { text: '', visibility: 'private', attachmentIds: [first.id] } });
    expect(dm.status, await dm.clone().text()).toBe(201);
    const dmSent = await settled((await dm.json() as { message: { id: string } }).message.id, 'sent');
    expect(emulator.created.find((c) => c.id === dmSent.data.externalId)).toMatchObject({ kind: 'dm', participantId: customer.id, text: '' });
  });

  it('says before queueing anything that X cannot carry a file of this type', async () => {
    const mentionId = mintSnowflake();
    await deliver(postDelivery({ brand: BRAND, author: person('1700000000000000004', 'pdf_fan', 'Pdf Fan'), id: mentionId, text: '@NordaAir the invoice please' }));
    const conversationId = String((await arrived(mentionId)).data.conversationId);
    const pdf = Buffer.from('%PDF-1.7\ninvoice');
    const file = await (await t.api('/api/v1/uploads?name=invoice.pdf', { method: 'POST', headers: { 'content-type': 'application/pdf' }, body: new Uint8Array(pdf) })).json() as { id: string };
    const res = await t.api(`/api/v1/conversations/${conversationId}/replies`, { method: 'POST', json: { text: 'Here it is', attachmentIds: [file.id] } });
    expect(res.status).toBe(422);
    const problem = await res.json() as { code: string; detail: string };
    expect(problem.code).toBe('channel_cannot_send');
    expect(problem.detail).toBe('X carries images (JPEG, PNG, WEBP), GIFs and MP4 video; invoice.pdf is application/pdf');
    const detail = await conversation(conversationId);
    expect(detail.messages.filter((m) => m.direction === 'out')).toHaveLength(0);
    // The refused reply took nothing: the file can still go with a reply elsewhere.
    const again = await t.api(`/api/v1/conversations/${conversationId}/replies`, { method: 'POST', json: { text: 'Here it is', attachmentIds: [file.id] } });
    expect((await again.json() as { detail: string }).detail).toContain('invoice.pdf');
  });
});
