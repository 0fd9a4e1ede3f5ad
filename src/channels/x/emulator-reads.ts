// The emulator's read side: posts and DMs a test seeds (or Parley sends), served as X's v2 mentions timeline, recent search and DM events.
//
// Answer shapes follow X's docs: `data` newest first, `includes.users` for the author_id /
// in_reply_to_user_id / sender_id expansions, `meta` with newest_id, oldest_id, result_count and
// next_token (https://docs.x.com/x-api/posts/timelines/quickstart/user-mention-quickstart,
// https://docs.x.com/x-api/direct-messages/lookup/integrate). Fields appear only when asked for in
// tweet.fields / dm_event.fields, as on X, so a client that forgets a field finds out here.
import type { XPerson } from './activity-deliveries.ts';
import { mintSnowflake } from './snowflake.ts';
import { xProblems, type ScriptedAnswer } from './emulator-answers.ts';
import { matchesSearch, parseSearchQuery } from './emulator-search.ts';
import { checkReadParams, type ReadEndpoint } from './emulator-read-params.ts';

export interface SeedPostInput {
  author: XPerson;
  text: string;
  id?: string;
  at?: Date;
  /** The post this one answers, and its author. */
  inReplyTo?: { id: string; author: XPerson };
  quoting?: { id: string };
  repostOf?: { id: string };
}

export interface SeedDirectMessageInput {
  from: XPerson;
  to: XPerson;
  text: string;
  id?: string;
  at?: Date;
}

interface StoredPost {
  id: string;
  authorId: string;
  text: string;
  at: Date;
  /** userId is null when the parent is unknown here (a reply Parley sent under an unseeded post). */
  inReplyTo: { id: string; userId: string | null } | null;
  quotedId: string | null;
  repostOfId: string | null;
  conversationId: string;
  mentions: { start: number; end: number; username: string; id: string }[];
}

interface StoredDirectMessage { id: string; senderId: string; recipientId: string; text: string; at: Date }

/** A post or DM accepted by the emulator's write endpoints, written as the connected account. */
export interface CreatedByAccount {
  kind: 'post' | 'dm';
  id: string;
  text: string;
  inReplyTo: string | null;
  participantId: string | null;
  at: Date;
}

export interface ReadStore {
  seedPost(input: SeedPostInput): string;
  seedDirectMessage(input: SeedDirectMessageInput): string;
  /** What Parley posted or sent shows up in reads afterwards, as it does on X. */
  recordCreated(item: CreatedByAccount): void;
  /** Answers GET /2/users/:id/mentions, /2/tweets/search/recent and /2/dm_events (authentication already checked). */
  answer(endpoint: ReadEndpoint, path: string, query: URLSearchParams, accountId: string): ScriptedAnswer;
}

/** Which read endpoint a path is, for rate-limit windows and routing. */
export function readEndpointOf(path: string): ReadEndpoint | null {
  if (/^\/2\/users\/\d{1,20}\/mentions$/.test(path)) return 'mentions';
  if (path === '/2/tweets/search/recent') return 'search';
  return path === '/2/dm_events' ? 'dm_events' : null;
}

const newestFirst = (a: { id: string }, b: { id: string }) => (BigInt(b.id) > BigInt(a.id) ? 1 : BigInt(b.id) < BigInt(a.id) ? -1 : 0);
/** v2 text escapes &, < and > like v1.1 did. */
const escaped = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const listOf = (query: URLSearchParams, name: string) => new Set((query.get(name) ?? '').split(',').filter(Boolean));

/** The page after `token`, a token that names the last id served, so the same token always gives the same page. */
function paginate<T extends { id: string }>(items: T[], query: URLSearchParams, size: number): { page: T[]; nextToken: string | null } | string {
  const token = query.get('pagination_token') ?? query.get('next_token');
  let rest = items;
  if (token) {
    const before = Buffer.from(token, 'base64url').toString('utf8');
    if (!/^\d{1,20}$/.test(before)) return `The \`pagination_token\` query parameter value [${token}] is not valid`;
    rest = items.filter((item) => BigInt(item.id) < BigInt(before));
  }
  const page = rest.slice(0, size);
  const hasMore = rest.length > size;
  return { page, nextToken: hasMore ? Buffer.from(page.at(-1)!.id).toString('base64url') : null };
}

export function createReadStore(account: XPerson, now: () => Date): ReadStore {
  const people = new Map<string, XPerson>([[account.id, account]]);
  const posts: StoredPost[] = [];
  const directMessages: StoredDirectMessage[] = [];

  function mentionsIn(text: string): StoredPost['mentions'] {
    return [...people.values()].flatMap((p) => [...text.matchAll(new RegExp(`@${p.screenName}(?![\\w])`, 'gi'))]
      .map((m) => ({ start: m.index, end: m.index + p.screenName.length + 1, username: p.screenName, id: p.id })));
  }

  function userJson(id: string) {
    const person = people.get(id);
    return person ? { id, name: person.name, username: person.screenName } : null;
  }

  function postJson(post: StoredPost, fields: Set<string>): Record<string, unknown> {
    const referenced = [
      ...(post.inReplyTo ? [{ type: 'replied_to', id: post.inReplyTo.id }] : []),
      ...(post.quotedId ? [{ type: 'quoted', id: post.quotedId }] : []),
      ...(post.repostOfId ? [{ type: 'retweeted', id: post.repostOfId }] : []),
    ];
    return {
      id: post.id,
      text: escaped(post.text),
      edit_history_tweet_ids: [post.id],
      ...(fields.has('author_id') ? { author_id: post.authorId } : {}),
      ...(fields.has('created_at') ? { created_at: post.at.toISOString() } : {}),
      ...(fields.has('conversation_id') ? { conversation_id: post.conversationId } : {}),
      ...(fields.has('in_reply_to_user_id') && post.inReplyTo?.userId ? { in_reply_to_user_id: post.inReplyTo.userId } : {}),
      ...(fields.has('referenced_tweets') && referenced.length ? { referenced_tweets: referenced } : {}),
      ...(fields.has('entities') && post.mentions.length ? { entities: { mentions: post.mentions } } : {}),
    };
  }

  function postsAnswer(matching: StoredPost[], query: URLSearchParams): ScriptedAnswer {
    const since = query.get('since_id');
    const until = query.get('until_id');
    const inRange = matching
      .filter((p) => (!since || BigInt(p.id) > BigInt(since)) && (!until || BigInt(p.id) < BigInt(until)))
      .sort(newestFirst);
    const paged = paginate(inRange, query, Number(query.get('max_results') ?? 10));
    if (typeof paged === 'string') return xProblems.invalidRequest(paged);
    if (!paged.page.length) return { status: 200, body: { meta: { result_count: 0 } } };
    const fields = listOf(query, 'tweet.fields');
    const expansions = listOf(query, 'expansions');
    const userIds = new Set(paged.page.flatMap((p) => [
      ...(expansions.has('author_id') ? [p.authorId] : []),
      ...(expansions.has('in_reply_to_user_id') && p.inReplyTo?.userId ? [p.inReplyTo.userId] : []),
      ...(expansions.has('entities.mentions.username') ? p.mentions.map((m) => m.id) : []),
    ]));
    const referencedIds = expansions.has('referenced_tweets.id')
      ? new Set(paged.page.flatMap((p) => [p.inReplyTo?.id, p.quotedId, p.repostOfId].filter((id): id is string => !!id)))
      : new Set<string>();
    const users = [...userIds].map(userJson).filter((u) => u !== null);
    const tweets = posts.filter((p) => referencedIds.has(p.id)).map((p) => postJson(p, fields));
    return {
      status: 200,
      body: {
        data: paged.page.map((p) => postJson(p, fields)),
        ...(users.length || tweets.length ? { includes: { ...(users.length ? { users } : {}), ...(tweets.length ? { tweets } : {}) } } : {}),
        meta: {
          newest_id: paged.page[0]!.id, oldest_id: paged.page.at(-1)!.id, result_count: paged.page.length,
          ...(paged.nextToken ? { next_token: paged.nextToken } : {}),
        },
      },
    };
  }

  function directMessagesAnswer(query: URLSearchParams, accountId: string): ScriptedAnswer {
    const types = listOf(query, 'event_types');
    const mine = directMessages
      .filter((m) => (m.senderId === accountId || m.recipientId === accountId) && (!types.size || types.has('MessageCreate')))
      .sort(newestFirst);
    const paged = paginate(mine, query, Number(query.get('max_results') ?? 100));
    if (typeof paged === 'string') return xProblems.invalidRequest(paged);
    const fields = listOf(query, 'dm_event.fields');
    const expansions = listOf(query, 'expansions');
    const users = expansions.has('sender_id')
      ? [...new Set(paged.page.map((m) => m.senderId))].map(userJson).filter((u) => u !== null)
      : [];
    const data = paged.page.map((m) => {
      const [low, high] = [m.senderId, m.recipientId].sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : 1));
      return {
        id: m.id, event_type: 'MessageCreate', text: m.text,
        ...(fields.has('sender_id') ? { sender_id: m.senderId } : {}),
        ...(fields.has('dm_conversation_id') ? { dm_conversation_id: `${low}-${high}` } : {}),
        ...(fields.has('created_at') ? { created_at: m.at.toISOString() } : {}),
      };
    });
    return {
      status: 200,
      body: {
        ...(data.length ? { data } : {}),
        ...(users.length ? { includes: { users } } : {}),
        meta: { result_count: data.length, ...(paged.nextToken ? { next_token: paged.nextToken } : {}) },
      },
    };
  }

  return {
    seedPost(input) {
      for (const person of [input.author, ...(input.inReplyTo ? [input.inReplyTo.author] : [])]) people.set(person.id, person);
      const at = input.at ?? now();
      const id = input.id ?? mintSnowflake(at);
      const parent = input.inReplyTo ? posts.find((p) => p.id === input.inReplyTo!.id) : undefined;
      posts.push({
        id, authorId: input.author.id, text: input.text, at,
        inReplyTo: input.inReplyTo ? { id: input.inReplyTo.id, userId: input.inReplyTo.author.id } : null,
        quotedId: input.quoting?.id ?? null,
        repostOfId: input.repostOf?.id ?? null,
        conversationId: parent?.conversationId ?? input.inReplyTo?.id ?? id,
        mentions: mentionsIn(input.text),
      });
      return id;
    },
    seedDirectMessage(input) {
      for (const person of [input.from, input.to]) people.set(person.id, person);
      const at = input.at ?? now();
      const id = input.id ?? mintSnowflake(at);
      directMessages.push({ id, senderId: input.from.id, recipientId: input.to.id, text: input.text, at });
      return id;
    },
    recordCreated(item) {
      if (item.kind === 'dm') {
        directMessages.push({ id: item.id, senderId: account.id, recipientId: item.participantId ?? '0', text: item.text, at: item.at });
        return;
      }
      const parent = item.inReplyTo ? posts.find((p) => p.id === item.inReplyTo) : undefined;
      posts.push({
        id: item.id, authorId: account.id, text: item.text, at: item.at,
        inReplyTo: item.inReplyTo ? { id: item.inReplyTo, userId: parent?.authorId ?? null } : null,
        quotedId: null, repostOfId: null,
        conversationId: parent?.conversationId ?? item.inReplyTo ?? item.id,
        mentions: mentionsIn(item.text),
      });
    },
    answer(endpoint, path, query, accountId) {
      const problem = checkReadParams(endpoint, query);
      if (problem) return xProblems.invalidRequest(problem);
      if (endpoint === 'dm_events') return directMessagesAnswer(query, accountId);
      if (endpoint === 'mentions') {
        const userId = /^\/2\/users\/(\d{1,20})\/mentions$/.exec(path)![1]!;
        // A reply mentions the author it answers, as X counts it, even without an @ in the text.
        return postsAnswer(posts.filter((p) => p.mentions.some((m) => m.id === userId) || p.inReplyTo?.userId === userId), query);
      }
      const search = parseSearchQuery(query.get('query') ?? '');
      if (typeof search === 'string') return xProblems.invalidRequest(search);
      return postsAnswer(posts.filter((p) => matchesSearch(search, { text: p.text, isRepost: p.repostOfId !== null })), query);
    },
  };
}
