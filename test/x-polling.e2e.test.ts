// End to end through the real server and the X emulator, for an account without webhooks: an x
// channel connected with receive:'polling' is polled by the poller (mentions timeline, DM events,
// recent search for the listening rules), a reply chain becomes one conversation, the next poll
// asks only for what is newer (since_id), and a post that came by webhook and again by poll is
// stored once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.ts';
import { startXEmulator, type XEmulator } from '../src/channels/x/emulator.ts';
import { deliverActivity, postDelivery, type XPerson } from '../src/channels/x/activity-deliveries.ts';
import { readCursor } from '../src/channels/x/poll-cursor.ts';

const CREDENTIALS = {
  consumerKey: 'norda-consumer-key', consumerSecret: 'norda-consumer-secret-0123456789',
  accessToken: '1498765432109876543-NordaAccessToken', accessTokenSecret: 'norda-access-token-secret',
};
const BRAND: XPerson = { id: '1498765432109876543', screenName: 'NordaAir', name: 'Norda Air' };
const ANNA: XPerson = { id: '1205290247124217856', screenName: 'anna_petrova', name: 'Анна Петрова' };
const MARKO: XPerson = { id: '1622334455667788990', screenName: 'marko_jov', name: 'Марко Јовановић' };
const ELIF: XPerson = { id: '1344556677889900032', screenName: 'elifyilmaz', name: 'Elif Yılmaz' };
const JANIS: XPerson = { id: '1588123456789012480', screenName: 'janis_b', name: 'Jānis Bērziņš' };

interface ConversationItem { id: string; kind: string }
interface MessageView { externalId: string | null; direction: string; text: string; deliveryStatus: string | null }
interface ConversationView { conversation: { id: string; kind: string }; messages: MessageView[] }

describe('the x channel by polling, end to end on sqlite', () => {
  let t: TestServer;
  let emulator: XEmulator;
  let channelId: string;

  beforeAll(async () => {
    emulator = await startXEmulator({ credentials: CREDENTIALS, account: BRAND });
    t = await startTestServer('sqlite', { outboxBackoffMs: () => 50 });
    const res = await t.api('/api/v1/channels', {
      method: 'POST',
      json: { network: 'x', name: 'Norda Air on X (polled)', config: { userId: BRAND.id, handle: '@NordaAir', ...CREDENTIALS, apiBaseUrl: emulator.url, receive: 'polling' } },
    });
    expect(res.status).toBe(201);
    channelId = (await res.json() as { id: string }).id;
  });
  afterAll(async () => {
    await emulator?.close();
    await t?.close();
  });

  const db = () => t.server.services.store.db;
  /** One poller round with this channel due now, as test/poller.test.ts does. */
  const poll = async () => {
    await db().updateTable('channels').set({ next_poll_at: null }).where('id', '=', channelId).execute();
    return t.server.poller.runOnce();
  };
  const storedCursor = async () => (await db().selectFrom('channels').select(['poll_cursor', 'last_error']).where('id', '=', channelId).executeTakeFirstOrThrow());
  const conversations = async () =>
    (await (await t.api(`/api/v1/conversations?channelId=${channelId}&view=all&limit=200`)).json() as { items: ConversationItem[] }).items;
  const conversation = async (id: string) => await (await t.api(`/api/v1/conversations/${id}`)).json() as ConversationView;
  const conversationWith = async (externalId: string) => {
    for (const item of await conversations()) {
      const detail = await conversation(item.id);
      if (detail.messages.some((m) => m.externalId === externalId)) return detail;
    }
    throw new Error(`no conversation holds ${externalId}`);
  };
  const mentionRequests = () => emulator.requests.filter((r) => r.path === `/2/users/${BRAND.id}/mentions`);

  let mention: string;
  let followUp: string;
  let sameTrouble: string;

  it('shows the polling choice back and keeps the tokens secret', async () => {
    const shown = await (await t.api(`/api/v1/channels/${channelId}`)).json() as { config: Record<string, unknown> };
    expect(shown.config.receive).toBe('polling');
    expect(JSON.stringify(shown)).not.toContain(CREDENTIALS.accessTokenSecret);
  });

  it('polls a mention and its reply chain into one conversation, and another customer into another', async () => {
    mention = emulator.seedPost({ author: ANNA, text: '@NordaAir мой багаж не прилетел в Ригу, рейс NA 214' });
    followUp = emulator.seedPost({ author: ANNA, text: '@NordaAir бирка RIX 482913', inReplyTo: { id: mention, author: ANNA } });
    sameTrouble = emulator.seedPost({ author: MARKO, text: '@NordaAir @anna_petrova и мой тоже', inReplyTo: { id: mention, author: ANNA } });
    const separate = emulator.seedPost({ author: ELIF, text: '@NordaAir bavulum nerede?' });

    expect(await poll()).toBe(1);
    expect((await storedCursor()).last_error).toBeNull();
    const chain = await conversationWith(mention);
    expect(chain.conversation.kind).toBe('public');
    expect(chain.messages.map((m) => [m.direction, m.externalId])).toEqual([['in', mention], ['in', followUp], ['in', sameTrouble]]);
    const other = await conversationWith(separate);
    expect(other.conversation.id).not.toBe(chain.conversation.id);
    expect(await conversations()).toHaveLength(2);
    expect(mentionRequests().every((r) => r.isSignatureValid && r.status === 200)).toBe(true);
  });

  it('asks only for newer posts next time (since_id), and threads a reply to the agent\'s answer', async () => {
    const newest = readCursor((await storedCursor()).poll_cursor ?? null).mentions.sinceId!;
    const { id: conversationId } = (await conversationWith(mention)).conversation;
    const res = await t.api(`/api/v1/conversations/${conversationId}/replies`, { method: 'POST', json: { text: 'Анна, проверяем багаж прямо сейчас.' } });
    expect(res.status).toBe(201);
    const [answer] = await emulator.waitFor(1);
    // The agent's public reply goes under the newest customer post of the conversation.
    expect(answer).toMatchObject({ kind: 'post', inReplyTo: sameTrouble });

    const thanks = emulator.seedPost({ author: ANNA, text: '@NordaAir спасибо!', inReplyTo: { id: answer!.id, author: BRAND } });
    expect(await poll()).toBe(1);
    expect(mentionRequests().at(-1)!.query.since_id).toBe(newest);

    const chain = await conversationWith(mention);
    expect(chain.conversation.id).toBe(conversationId);
    expect(chain.messages.map((m) => [m.direction, m.externalId])).toEqual([
      ['in', mention], ['in', followUp], ['in', sameTrouble], ['out', answer!.id], ['in', thanks],
    ]);
    expect(await conversations()).toHaveLength(2);

    // Nothing new: the poll asks from the newest id and stores nothing.
    expect(await poll()).toBe(1);
    expect(mentionRequests().at(-1)!.query.since_id).toBe(thanks);
    expect((await conversationWith(mention)).messages).toHaveLength(5);
  });

  it('stores a post once when it arrives by webhook and again by poll', async () => {
    const at = new Date();
    const id = emulator.seedPost({ author: JANIS, text: '@NordaAir kur ir mana soma? twice-heron', at });
    const delivered = await deliverActivity(`${t.url}/webhooks/x/${channelId}`, CREDENTIALS.consumerSecret,
      postDelivery({ brand: BRAND, author: JANIS, id, at, text: '@NordaAir kur ir mana soma? twice-heron' }));
    expect(delivered.status).toBe(200);
    expect(await poll()).toBe(1);
    const found = await (await t.api('/api/v1/search?q=twice-heron')).json() as { items: unknown[] };
    expect(found.items).toHaveLength(1);
    const thread = await conversationWith(id);
    expect(thread.messages.map((m) => m.externalId)).toEqual([id]);
  });

  it('polls DMs into the customer\'s private thread and listening hits from recent search', async () => {
    const rule = await t.api('/api/v1/listening/rules', { method: 'POST', json: { name: 'Lost luggage', query: '"lost luggage" OR #NordaAir' } });
    expect(rule.status).toBe(201);
    const dm = emulator.seedDirectMessage({ from: MARKO, to: BRAND, text: 'Здраво, платио сам два пута за исту карту.' });
    const heard = emulator.seedPost({ author: ELIF, text: 'Lost luggage again on the Riga flight' });
    expect(await poll()).toBe(1);

    const privateThread = await conversationWith(dm);
    expect(privateThread.conversation.kind).toBe('private');
    expect(privateThread.messages.map((m) => [m.direction, m.text])).toEqual([['in', 'Здраво, платио сам два пута за исту карту.']]);
    expect((await conversationWith(heard)).messages.map((m) => m.externalId)).toEqual([heard]);
    const search = emulator.requests.filter((r) => r.path === '/2/tweets/search/recent').at(-1)!;
    expect(search.query.query).toBe('("lost luggage" OR #NordaAir) -is:retweet');
    expect(search.isSignatureValid).toBe(true);
  });
});
