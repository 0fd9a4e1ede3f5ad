// Builds X-shaped Account Activity deliveries and sends them signed, as X would (for tests and the demo).
//
// Shapes follow the Account Activity data objects and the captures in __fixtures__/; the signature
// and CRC follow https://docs.x.com/x-api/webhooks/quickstart.
import { randomBytes } from 'node:crypto';
import { mintSnowflake } from './snowflake.ts';
import { SIGNATURE_HEADER, xSignature } from './webhook.ts';

export interface XPerson {
  id: string;
  screenName: string;
  name: string;
}

export interface PostInput {
  brand: XPerson;
  author: XPerson;
  text: string;
  id?: string;
  /** The post this one answers, and its author. */
  inReplyTo?: { id: string; author: XPerson };
  quoting?: { id: string; author: XPerson; text: string };
  at?: Date;
}

export interface DirectMessageInput {
  brand: XPerson;
  from: XPerson;
  to: XPerson;
  text: string;
  id?: string;
  at?: Date;
}

/** Twitter's v1.1 created_at: "Mon Sep 14 08:12:12 +0000 2026". */
export function v1Date(at: Date): string {
  // toUTCString gives "Mon, 14 Sep 2026 08:12:12 GMT"; X orders the same parts differently.
  const [weekday, day, month, year, time] = at.toUTCString().replace(',', '').split(' ');
  return `${weekday} ${month} ${day} ${time} +0000 ${year}`;
}

function v1User(person: XPerson) {
  // The numeric id is what JSON readers round; it is here because X sends it, not to be read.
  return { id: Number(person.id), id_str: person.id, name: person.name, screen_name: person.screenName, protected: false, verified: false };
}

function mentionsIn(text: string, people: XPerson[]) {
  return people.flatMap((p) => {
    const at = text.indexOf(`@${p.screenName}`);
    return at < 0 ? [] : [{ screen_name: p.screenName, name: p.name, id: Number(p.id), id_str: p.id, indices: [at, at + p.screenName.length + 1] }];
  });
}

/** A v1.1 post object the way tweet_create_events carries it. */
export function postObject(input: PostInput): Record<string, unknown> {
  const at = input.at ?? new Date();
  const id = input.id ?? mintSnowflake(at);
  const people = [input.brand, input.author, ...(input.inReplyTo ? [input.inReplyTo.author] : [])];
  return {
    created_at: v1Date(at),
    id: Number(id),
    id_str: id,
    // v1.1 escapes &, < and > in post text.
    text: input.text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
    source: '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>',
    truncated: false,
    in_reply_to_status_id: input.inReplyTo ? Number(input.inReplyTo.id) : null,
    in_reply_to_status_id_str: input.inReplyTo?.id ?? null,
    in_reply_to_user_id: input.inReplyTo ? Number(input.inReplyTo.author.id) : null,
    in_reply_to_user_id_str: input.inReplyTo?.author.id ?? null,
    in_reply_to_screen_name: input.inReplyTo?.author.screenName ?? null,
    user: v1User(input.author),
    is_quote_status: !!input.quoting,
    ...(input.quoting ? {
      quoted_status_id: Number(input.quoting.id),
      quoted_status_id_str: input.quoting.id,
      quoted_status: { id: Number(input.quoting.id), id_str: input.quoting.id, text: input.quoting.text, user: v1User(input.quoting.author) },
    } : {}),
    entities: { hashtags: [], urls: [], user_mentions: mentionsIn(input.text, people), symbols: [] },
    favorited: false,
    retweeted: false,
    lang: 'und',
    timestamp_ms: String(at.getTime()),
  };
}

/** A delivery with one post: a mention, a reply, a quote post, or the brand's own post. */
export function postDelivery(input: PostInput): Record<string, unknown> {
  const isMention = input.author.id !== input.brand.id && input.text.includes(`@${input.brand.screenName}`);
  return {
    for_user_id: input.brand.id,
    // Present on mentions only; the docs show it as a string.
    ...(isMention ? { user_has_blocked: 'false' } : {}),
    tweet_create_events: [postObject(input)],
  };
}

function dmUser(person: XPerson) {
  return { id: person.id, created_timestamp: '1420070400000', name: person.name, screen_name: person.screenName, protected: false, verified: false };
}

/** A delivery with one DM, either direction, with the users map naming both sides. */
export function directMessageDelivery(input: DirectMessageInput): Record<string, unknown> {
  const at = input.at ?? new Date();
  return {
    for_user_id: input.brand.id,
    direct_message_events: [{
      type: 'message_create',
      id: input.id ?? mintSnowflake(at),
      created_timestamp: String(at.getTime()),
      message_create: {
        target: { recipient_id: input.to.id },
        sender_id: input.from.id,
        message_data: { text: input.text, entities: { hashtags: [], symbols: [], user_mentions: [], urls: [] } },
      },
    }],
    users: { [input.from.id]: dmUser(input.from), [input.to.id]: dmUser(input.to) },
  };
}

export function favoriteDelivery(brand: XPerson, fan: XPerson, likedPostId: string, at = new Date()): Record<string, unknown> {
  return {
    for_user_id: brand.id,
    favorite_events: [{
      id: randomBytes(16).toString('hex'),
      created_at: v1Date(at),
      // A number here, unlike in posts.
      timestamp_ms: at.getTime(),
      favorited_status: { id_str: likedPostId, text: '', user: v1User(brand) },
      user: v1User(fan),
    }],
  };
}

export function followDelivery(brand: XPerson, follower: XPerson, at = new Date()): Record<string, unknown> {
  return {
    for_user_id: brand.id,
    follow_events: [{ type: 'follow', created_timestamp: String(at.getTime()), target: dmUser(brand), source: dmUser(follower) }],
  };
}

/** The raw body and headers X would send for a delivery, signed with the app's consumer secret. */
export function signDelivery(consumerSecret: string, body: unknown): { rawBody: string; headers: Record<string, string> } {
  const rawBody = JSON.stringify(body);
  return { rawBody, headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: xSignature(consumerSecret, rawBody) } };
}

/** POSTs a signed delivery to a webhook URL such as http://host/webhooks/x/<channelId>. */
export function deliverActivity(webhookUrl: string, consumerSecret: string, body: unknown): Promise<Response> {
  const { rawBody, headers } = signDelivery(consumerSecret, body);
  return fetch(webhookUrl, { method: 'POST', headers, body: rawBody, signal: AbortSignal.timeout(10_000) });
}

/** Runs X's challenge-response check against a webhook URL; true when it answers correctly. */
export async function checkCrc(webhookUrl: string, consumerSecret: string): Promise<boolean> {
  const token = randomBytes(24).toString('base64url');
  const url = new URL(webhookUrl);
  url.searchParams.set('crc_token', token);
  const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  if (response.status !== 200) return false;
  const body = await response.json().catch(() => null) as { response_token?: unknown } | null;
  return body?.response_token === xSignature(consumerSecret, token);
}
