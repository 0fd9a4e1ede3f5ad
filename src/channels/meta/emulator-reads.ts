// The Graph emulator's read side, what the health check and backfill ask: debug_token, /me,
// subscribed_apps, a Page's feed and conversations, an Instagram account's media, comments and
// conversations, served from seeded data in Meta's shapes with cursor paging.
import type { ScriptedGraphAnswer } from './emulator.ts';

export interface EmulatedToken {
  /** PAGE: a Page token (debug_token names the Page as profile_id); INSTAGRAM: an Instagram Login token. */
  type: 'PAGE' | 'USER' | 'INSTAGRAM';
  appId: string;
  /** The Page (PAGE) or the Instagram account (INSTAGRAM) the token acts for. */
  ownerId: string;
  expiresAt?: Date | null;
  dataAccessExpiresAt?: Date | null;
  scopes?: string[];
  isRevoked?: boolean;
}

export interface SeededComment { id: string; parentId?: string; from: { id: string; name?: string; username?: string }; text: string; at: Date }

export interface GraphReadStore {
  /** What debug_token says about a token, and whom "me" means with it. */
  setToken(token: string, facts: EmulatedToken): void;
  /** The person removed the app or changed their password: every call with the token is refused (190). */
  revokeToken(token: string): void;
  /** Subscribes an app to a Page's or an Instagram account's webhooks (POST …/subscribed_apps). */
  subscribeApp(objectId: string, app: { id: string; name?: string }, fields: string[]): void;
  unsubscribeApp(objectId: string, appId?: string): void;
  /** A comment (or, with parentId, a reply) on a Page post. */
  seedFeedComment(pageId: string, postId: string, comment: SeededComment): void;
  /** A comment (or reply) on an Instagram media object of the account. */
  seedMediaComment(igUserId: string, mediaId: string, comment: SeededComment, mediaProductType?: string): void;
  /** A private message in a Messenger or Instagram conversation; fromBrand: the Page or account wrote it. */
  seedMessage(o: { ownerId: string; platform: 'messenger' | 'instagram'; customerId: string; mid: string; text: string; at: Date; isFromBrand?: boolean }): void;
  /** The token's refusal, if any, before anything else is answered. */
  refusal(token: string, now: Date): ScriptedGraphAnswer | null;
  /** The answer to a GET this store serves; null: not a read it knows. */
  answer(path: string, params: Record<string, unknown>, token: string, version: string, now: Date): ScriptedGraphAnswer | null;
}

interface Post { id: string; pageId: string; at: number; comments: SeededComment[] }
interface Media { id: string; igUserId: string; at: number; productType: string; comments: SeededComment[] }
interface Message { mid: string; text: string; at: number; isFromBrand: boolean }
interface Thread { id: string; ownerId: string; platform: string; customerId: string; messages: Message[] }

const seconds = (d: Date | number) => Math.floor((d instanceof Date ? d.getTime() : d) / 1000);
/** Graph prints times as "2026-03-22T18:20:04+0000". */
const graphDate = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+0000');
const fault = (code: number, message: string, extra: Record<string, unknown> = {}): ScriptedGraphAnswer =>
  ({ status: 400, body: { error: { message, type: code === 100 ? 'GraphMethodException' : 'OAuthException', code, ...extra, fbtrace_id: 'AemulatorTrace' } } });

export function createGraphReadStore(baseUrl: () => string): GraphReadStore {
  const tokens = new Map<string, EmulatedToken>();
  const subscriptions = new Map<string, { id: string; name: string; subscribed_fields: string[] }[]>();
  const posts = new Map<string, Post>();
  const media = new Map<string, Media>();
  const threads = new Map<string, Thread>();

  /** Offset cursors, and a `next` link carrying the same parameters, as Graph's cursor paging. */
  const paged = <T>(items: T[], path: string, params: Record<string, unknown>, version: string, defaultLimit = 25) => {
    const limit = Math.min(Math.max(Number(params.limit) || defaultLimit, 1), 100);
    const start = typeof params.after === 'string' ? Number(Buffer.from(params.after, 'base64url').toString()) || 0 : 0;
    const data = items.slice(start, start + limit);
    const after = Buffer.from(String(start + data.length)).toString('base64url');
    const hasMore = start + data.length < items.length;
    const query = new URLSearchParams(Object.entries({ ...params, limit: String(limit), after }).map(([k, v]) => [k, String(v)]));
    return {
      data,
      paging: {
        cursors: { before: Buffer.from(String(start)).toString('base64url'), after },
        ...(hasMore ? { next: `${baseUrl()}/${version}/${path}?${query.toString()}` } : {}),
      },
    };
  };
  /** The `.limit(n)` an edge was asked with inside `fields`, e.g. comments.limit(50){…}. */
  const nestedLimit = (fields: unknown, edge: string) => {
    const match = new RegExp(`${edge}(?:\\.[a-z_]+\\([^)]*\\))*?\\.limit\\((\\d+)\\)`).exec(String(fields ?? ''));
    return match ? String(match[1]) : '25';
  };
  const ok = (body: unknown): ScriptedGraphAnswer => ({ status: 200, body });
  const newestFirst = (a: { at: number | Date }, b: { at: number | Date }) => Number(b.at) - Number(a.at);

  const fbComment = (c: SeededComment, postId: string) => ({
    id: c.id, message: c.text, created_time: graphDate(c.at.getTime()), from: { id: c.from.id, ...(c.from.name ? { name: c.from.name } : {}) },
    ...(c.parentId ? { parent: { id: c.parentId } } : {}), post_id: postId,
  });
  const postComments = (post: Post) => [...post.comments].sort(newestFirst).map((c) => fbComment(c, post.id));
  const updatedAt = (post: Post) => Math.max(post.at, ...post.comments.map((c) => c.at.getTime()));

  const igComment = (c: SeededComment) => ({
    id: c.id, text: c.text, timestamp: graphDate(c.at.getTime()), username: c.from.username, from: { id: c.from.id, username: c.from.username },
  });
  const apiMessage = (t: Thread, m: Message) => {
    const customer = { id: t.customerId };
    const brand = { id: t.ownerId };
    return {
      id: m.mid, created_time: graphDate(m.at), message: m.text,
      from: m.isFromBrand ? brand : customer, to: { data: [m.isFromBrand ? customer : brand] },
    };
  };
  const threadMessages = (t: Thread) => [...t.messages].sort((a, b) => b.at - a.at).map((m) => apiMessage(t, m));
  const threadUpdated = (t: Thread) => Math.max(...t.messages.map((m) => m.at));

  return {
    setToken: (token, facts) => { tokens.set(token, { ...facts }); },
    revokeToken: (token) => {
      const facts = tokens.get(token);
      if (facts) facts.isRevoked = true;
    },
    subscribeApp(objectId, app, fields) {
      const list = (subscriptions.get(objectId) ?? []).filter((a) => a.id !== app.id);
      list.push({ id: app.id, name: app.name ?? 'Parley', subscribed_fields: [...fields] });
      subscriptions.set(objectId, list);
    },
    unsubscribeApp(objectId, appId) {
      subscriptions.set(objectId, appId ? (subscriptions.get(objectId) ?? []).filter((a) => a.id !== appId) : []);
    },
    seedFeedComment(pageId, postId, comment) {
      const post = posts.get(postId) ?? { id: postId, pageId, at: comment.at.getTime() - 3600_000, comments: [] };
      post.comments.push(comment);
      posts.set(postId, post);
    },
    seedMediaComment(igUserId, mediaId, comment, mediaProductType = 'FEED') {
      const m = media.get(mediaId) ?? { id: mediaId, igUserId, at: comment.at.getTime() - 3600_000, productType: mediaProductType, comments: [] };
      m.comments.push(comment);
      media.set(mediaId, m);
    },
    seedMessage(o) {
      const key = `${o.ownerId}:${o.platform}:${o.customerId}`;
      const thread = threads.get(key) ?? { id: `t_${threads.size + 1}${o.customerId.slice(-6)}`, ownerId: o.ownerId, platform: o.platform, customerId: o.customerId, messages: [] };
      thread.messages.push({ mid: o.mid, text: o.text, at: o.at.getTime(), isFromBrand: o.isFromBrand ?? false });
      threads.set(key, thread);
    },
    refusal(token, now) {
      const facts = tokens.get(token);
      if (!facts) return null;
      if (facts.isRevoked) return fault(190, 'Error validating access token: The user has not authorized application ' + facts.appId + '.', { error_subcode: 458 });
      if (facts.expiresAt && facts.expiresAt.getTime() <= now.getTime()) {
        return fault(190, `Error validating access token: Session has expired on ${facts.expiresAt.toUTCString()}.`, { error_subcode: 463 });
      }
      return null;
    },
    answer(path, params, token, version, now) {
      const facts = tokens.get(token);
      const parts = path.split('/');
      const node = parts[0] === 'me' ? facts?.ownerId ?? '' : parts[0] ?? '';
      const edge = parts[1];
      if (parts.length > 2) return null;
      if (path === 'debug_token') {
        const input = tokens.get(String(params.input_token ?? ''));
        if (!input) return fault(190, 'Invalid OAuth access token - Cannot parse access token');
        const expired = !!input.expiresAt && input.expiresAt.getTime() <= now.getTime();
        return ok({
          data: {
            app_id: input.appId, type: input.type === 'INSTAGRAM' ? 'USER' : input.type, application: 'Parley',
            data_access_expires_at: input.dataAccessExpiresAt ? seconds(input.dataAccessExpiresAt) : 0,
            expires_at: input.expiresAt ? seconds(input.expiresAt) : 0,
            is_valid: !expired && !input.isRevoked,
            ...(expired ? { error: { code: 190, message: `Error validating access token: Session has expired on ${input.expiresAt!.toUTCString()}.`, subcode: 463 } } : {}),
            scopes: input.scopes ?? ['pages_messaging', 'pages_manage_metadata', 'pages_read_engagement', 'pages_manage_engagement'],
            ...(input.type === 'PAGE' ? { profile_id: input.ownerId } : {}), user_id: '10158000000000001',
          },
        });
      }
      if (parts[0] === 'me' && !edge) {
        // Instagram Login's /me: id is app-scoped, user_id the professional account's id.
        if (!facts) return null;
        return ok(facts.type === 'INSTAGRAM' ? { id: `99${facts.ownerId}`, user_id: facts.ownerId, username: 'norda.air' } : { id: facts.ownerId, name: 'Norda Air' });
      }
      if (edge === 'subscribed_apps') return ok({ data: subscriptions.get(node) ?? [] });
      if (edge === 'feed') {
        const since = Number(params.since) || 0;
        const list = [...posts.values()].filter((p) => p.pageId === node && seconds(updatedAt(p)) >= since).sort((a, b) => b.at - a.at);
        const limit = nestedLimit(params.fields, 'comments');
        const page = paged(list, path, params, version);
        return ok({
          ...page,
          data: page.data.map((p) => ({
            id: p.id, created_time: graphDate(p.at), updated_time: graphDate(updatedAt(p)),
            comments: paged(postComments(p), `${p.id}/comments`, { filter: 'stream', order: 'reverse_chronological', limit, fields: 'id,message,created_time,from{id,name},parent{id}' }, version),
          })),
        });
      }
      if (edge === 'comments' && posts.has(node)) return ok(paged(postComments(posts.get(node)!), path, params, version));
      if (edge === 'conversations') {
        const platform = String(params.platform ?? 'messenger');
        const list = [...threads.values()].filter((t) => t.ownerId === node && t.platform === platform).sort((a, b) => threadUpdated(b) - threadUpdated(a));
        const limit = nestedLimit(params.fields, 'messages');
        const page = paged(list, path, params, version);
        return ok({
          ...page,
          data: page.data.map((t) => ({
            id: t.id, updated_time: graphDate(threadUpdated(t)),
            messages: paged(threadMessages(t), `${t.id}/messages`, { limit, fields: 'id,created_time,from,to,message,attachments' }, version),
          })),
        });
      }
      if (edge === 'messages') {
        const thread = [...threads.values()].find((t) => t.id === node);
        return thread ? ok(paged(threadMessages(thread), path, params, version)) : null;
      }
      if (edge === 'media') {
        const list = [...media.values()].filter((m) => m.igUserId === node).sort((a, b) => b.at - a.at);
        const page = paged(list, path, params, version);
        return ok({ ...page, data: page.data.map((m) => ({ id: m.id, timestamp: graphDate(m.at), media_product_type: m.productType, comments_count: m.comments.length })) });
      }
      if (edge === 'comments' && media.has(node)) {
        const m = media.get(node)!;
        const top = m.comments.filter((c) => !c.parentId).sort(newestFirst);
        const page = paged(top, path, params, version);
        return ok({
          ...page,
          data: page.data.map((c) => ({
            ...igComment(c),
            replies: { data: m.comments.filter((r) => r.parentId === c.id).sort(newestFirst).map(igComment) },
          })),
        });
      }
      return null;
    },
  };
}
