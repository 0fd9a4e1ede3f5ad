// A local stand-in for X's v2 API: writes (posts, DMs, media upload) and the reads polling uses
// (mentions, recent search, DM events); checks OAuth 1.0a signatures (query parameters included),
// OAuth 2.0 user tokens (renewed at /2/oauth2/token) or the app bearer token, answers in X's formats
// (snowflake ids, x-rate-limit-* headers, problem bodies), and can be told to fail, for tests and the demo.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expectedSignature, parseAuthorizationHeader, type OAuth1Credentials } from './oauth1.ts';
import { safeEqual } from '../signature.ts';
import { mintSnowflake } from './snowflake.ts';
import { weightedLength, MAX_POST_WEIGHT, MAX_DIRECT_MESSAGE_LENGTH } from './limits.ts';
import { xProblems, type ScriptedAnswer } from './emulator-answers.ts';
import { createReadStore, readEndpointOf, type SeedDirectMessageInput, type SeedPostInput } from './emulator-reads.ts';
import type { XPerson } from './activity-deliveries.ts';
import { createMediaStore, type MediaUpload } from './emulator-media.ts';
import { createUserTokenIssuer, type OAuth2ClientOptions, type UserTokenIssuer } from './emulator-oauth2.ts';
import { createAccountStore, type EmulatedWebhook } from './emulator-account.ts';

export { xProblems, type ScriptedAnswer } from './emulator-answers.ts';
export type { SeedDirectMessageInput, SeedPostInput } from './emulator-reads.ts';
export type { MediaUpload } from './emulator-media.ts';
export type { OAuth2ClientOptions } from './emulator-oauth2.ts';

export interface CreatedItem {
  kind: 'post' | 'dm';
  /** data.id of a post, data.dm_event_id of a DM. */
  id: string;
  text: string;
  /** reply.in_reply_to_tweet_id of a post. */
  inReplyTo: string | null;
  /** :participant_id of a DM. */
  participantId: string | null;
  /** media.media_ids of a post, attachments[].media_id of a DM. */
  mediaIds: string[];
  at: Date;
}

export interface RecordedRequest {
  method: string;
  path: string;
  /** The decoded query parameters (reads carry since_id, pagination tokens and fields here). */
  query: Record<string, string>;
  body: unknown;
  rawBody: string;
  authorization: Record<string, string> | null;
  isSignatureValid: boolean;
  status: number;
}

export interface XEmulator {
  /** The base URL to use as a channel's apiBaseUrl. */
  url: string;
  /** Posts and DMs X accepted, in order. */
  created: CreatedItem[];
  /** Every request, refused ones included, with the status it got. */
  requests: RecordedRequest[];
  /** Media uploads by media id, with the bytes assembled at FINALIZE. */
  media: Map<string, MediaUpload>;
  /** The OAuth 2.0 user token X holds for the account, when the emulator was given one. */
  userTokens: UserTokenIssuer | null;
  /** Answers to give to the next write requests (posts, DMs, media upload steps), in order, before behaving normally again. */
  script(...answers: ScriptedAnswer[]): void;
  /** Answers to give to the next read (GET) requests, in order, before behaving normally again. */
  scriptRead(...answers: ScriptedAnswer[]): void;
  /** A post on X, as someone wrote it: served by the mentions timeline and recent search. Returns its id. */
  seedPost(input: SeedPostInput): string;
  /** A DM to or from the connected account: served by GET /2/dm_events. Returns its event id. */
  seedDirectMessage(input: SeedDirectMessageInput): string;
  /** Makes replies to this post fail as X does for a deleted post. */
  deletePost(id: string): void;
  /** Registers an app webhook for the health check to find; change the returned object's state to simulate a lapse. */
  registerWebhook(url: string, state?: { valid?: boolean; subscribed?: boolean }): EmulatedWebhook;
  /** true: the user token is refused with 401 everywhere, as after the user revokes the app. */
  revokeToken(isRevoked: boolean): void;
  /** Resolves when `count` posts and DMs have been accepted. */
  waitFor(count: number, timeoutMs?: number): Promise<CreatedItem[]>;
  close(): Promise<void>;
}

export interface XEmulatorOptions {
  credentials: OAuth1Credentials;
  /** The account the access token belongs to (default: the id the token starts with, handle "account"). */
  account?: XPerson;
  /** The app's bearer token; when set, the mentions timeline and recent search accept it. */
  bearerToken?: string;
  /** false: the app lacks DM permission and GET /2/dm_events answers 403, as X does. */
  canReadDirectMessages?: boolean;
  /** An OAuth 2.0 client and the user's tokens: writes then also accept that bearer. */
  oauth2?: OAuth2ClientOptions;
  /** STATUS answers a video stays in_progress for after FINALIZE (default 1; 0: ready at once). */
  videoProcessingChecks?: number;
  /** Requests allowed per 15-minute window per endpoint before X's own 429 (default 300). */
  windowLimit?: number;
  port?: number;
  now?: () => Date;
}

const WINDOW_MS = 15 * 60_000;
/** How far oauth_timestamp may drift from the server clock, as OAuth servers commonly allow. */
const CLOCK_SKEW_S = 300;

interface Window { resetAt: number; used: number }

export async function startXEmulator(options: XEmulatorOptions): Promise<XEmulator> {
  const now = options.now ?? (() => new Date());
  const windowLimit = options.windowLimit ?? 300;
  const created: CreatedItem[] = [];
  const requests: RecordedRequest[] = [];
  const pending: ScriptedAnswer[] = [];
  const pendingReads: ScriptedAnswer[] = [];
  // A user access token starts with the user's id ("370773112-…").
  const accountId = options.account?.id ?? /^\d+/.exec(options.credentials.accessToken)?.[0] ?? '0';
  const reads = createReadStore(options.account ?? { id: accountId, screenName: 'account', name: 'Account' }, now);
  const accountEndpoints = createAccountStore(options.account ?? { id: accountId, screenName: 'account', name: 'Account' });
  let isTokenRevoked = false;
  const deleted = new Set<string>();
  const seenNonces = new Set<string>();
  const postedTexts = new Set<string>();
  const windows = new Map<string, Window>();
  const waiters: { count: number; resolve: () => void }[] = [];
  const media = createMediaStore(now, options.videoProcessingChecks ?? 1);
  const userTokens = options.oauth2 ? createUserTokenIssuer(options.oauth2) : null;

  /** Counts one request in its endpoint's 15-minute window and reports the window as X does. */
  function countRequest(endpoint: string): { headers: Record<string, string>; isExhausted: boolean; resetAt: number } {
    const at = now().getTime();
    let window = windows.get(endpoint);
    if (!window || window.resetAt <= at) {
      window = { resetAt: at + WINDOW_MS, used: 0 };
      windows.set(endpoint, window);
    }
    window.used++;
    const resetAt = Math.ceil(window.resetAt / 1000);
    return {
      headers: {
        'x-rate-limit-limit': String(windowLimit),
        'x-rate-limit-remaining': String(Math.max(0, windowLimit - window.used)),
        'x-rate-limit-reset': String(resetAt),
      },
      isExhausted: window.used > windowLimit,
      resetAt,
    };
  }

  function isSigned(method: string, url: string, authorization: Record<string, string> | null): boolean {
    const { credentials } = options;
    if (!authorization || authorization.oauth_signature_method !== 'HMAC-SHA1' || authorization.oauth_version !== '1.0') return false;
    if (authorization.oauth_consumer_key !== credentials.consumerKey || authorization.oauth_token !== credentials.accessToken) return false;
    const expected = expectedSignature({ method, url }, authorization, credentials.consumerSecret, credentials.accessTokenSecret);
    return safeEqual(authorization.oauth_signature ?? '', expected);
  }

  /** The timestamp and nonce checks that stop a captured request from being replayed. */
  function isFresh(authorization: Record<string, string>): boolean {
    const stamp = Number(authorization.oauth_timestamp);
    if (!Number.isInteger(stamp) || Math.abs(stamp - now().getTime() / 1000) > CLOCK_SKEW_S) return false;
    const nonce = `${authorization.oauth_timestamp}:${authorization.oauth_nonce ?? ''}`;
    if (!authorization.oauth_nonce || seenNonces.has(nonce)) return false;
    seenNonces.add(nonce);
    return true;
  }

  function accept(item: CreatedItem) {
    created.push(item);
    reads.recordCreated(item);
    for (const w of waiters.filter((w) => created.length >= w.count)) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve();
    }
  }

  /** GET reads: bearer (where X allows it) or OAuth 1.0a, then the window, then the answer. */
  function handleRead(path: string, query: URLSearchParams, bearer: string | null, authorization: Record<string, string> | null, isSignatureValid: boolean): ScriptedAnswer {
    const accountEndpoint = accountEndpoints.endpointOf(path);
    if (accountEndpoint) {
      const window = countRequest(accountEndpoint.name);
      const answer = (a: ScriptedAnswer): ScriptedAnswer => ({ ...a, headers: { ...window.headers, ...a.headers } });
      const scripted = pendingReads.shift();
      if (scripted) return answer(scripted);
      const hasBearer = bearer !== null && !!options.bearerToken && safeEqual(bearer, options.bearerToken);
      if (accountEndpoint.auth === 'app' && !hasBearer) return answer(xProblems.unauthorized());
      if (accountEndpoint.auth === 'user') {
        if (hasBearer) return answer(xProblems.unsupportedAuthentication());
        if (isTokenRevoked || !isSignatureValid || !authorization || !isFresh(authorization)) return answer(xProblems.unauthorized());
      }
      if (window.isExhausted) return answer(xProblems.rateLimited(window.resetAt));
      return answer(accountEndpoints.answer(path, now()));
    }
    const endpoint = readEndpointOf(path);
    if (!endpoint) return xProblems.notFound(path);
    const window = countRequest(endpoint);
    const answer = (a: ScriptedAnswer): ScriptedAnswer => ({ ...a, headers: { ...window.headers, ...a.headers } });
    const scripted = pendingReads.shift();
    if (scripted) return answer(scripted);
    const hasBearer = bearer !== null && !!options.bearerToken && safeEqual(bearer, options.bearerToken);
    if (hasBearer && endpoint === 'dm_events') return answer(xProblems.unsupportedAuthentication());
    if (!hasBearer && (isTokenRevoked || !isSignatureValid || !authorization || !isFresh(authorization))) return answer(xProblems.unauthorized());
    if (window.isExhausted) return answer(xProblems.rateLimited(window.resetAt));
    if (endpoint === 'dm_events' && options.canReadDirectMessages === false) return answer(xProblems.missingPermission());
    return answer(reads.answer(endpoint, path, query, accountId));
  }

  /** A user-context write: a fresh OAuth 1.0a signature, or the user's current OAuth 2.0 bearer. */
  function isUserAuthorized(bearer: string | null, authorization: Record<string, string> | null, isSignatureValid: boolean): boolean {
    if (isTokenRevoked) return false;
    if (userTokens?.isCurrent(bearer)) return true;
    return isSignatureValid && !!authorization && isFresh(authorization);
  }

  async function handleMedia(method: string, path: string, query: URLSearchParams, body: unknown, form: FormData | null, isAuthorized: boolean): Promise<ScriptedAnswer> {
    const window = countRequest('media');
    const answer = (a: ScriptedAnswer): ScriptedAnswer => ({ ...a, headers: { ...window.headers, ...a.headers } });
    const scripted = pending.shift();
    if (scripted) return answer(scripted);
    if (!isAuthorized) return answer(xProblems.unauthorized());
    if (window.isExhausted) return answer(xProblems.rateLimited(window.resetAt));
    return answer(await media.answer(method, path, query, body, form) ?? xProblems.notFound(path));
  }

  function handle(method: string, path: string, body: unknown, isAuthorized: boolean): ScriptedAnswer {
    const dm = /^\/2\/dm_conversations\/with\/(\d{1,20})\/messages$/.exec(path);
    if (method !== 'POST' || (path !== '/2/tweets' && !dm)) return xProblems.notFound(path);
    const window = countRequest(dm ? 'dm' : 'post');
    const answer = (a: ScriptedAnswer): ScriptedAnswer => ({ ...a, headers: { ...window.headers, ...a.headers } });
    const scripted = pending.shift();
    if (scripted) return answer(scripted);
    if (!isAuthorized) return answer(xProblems.unauthorized());
    if (window.isExhausted) return answer(xProblems.rateLimited(window.resetAt));
    const fields = (body && typeof body === 'object' ? body : {}) as { text?: unknown; media?: { media_ids?: unknown }; attachments?: unknown };
    const text = fields.text ?? '';
    // Text may be left out when media is attached; then the media carries the message.
    const mediaIds = dm
      ? (fields.attachments === undefined ? undefined : Array.isArray(fields.attachments) ? fields.attachments.map((a: unknown) => (a as { media_id?: unknown } | null)?.media_id) : null)
      : fields.media?.media_ids;
    if (mediaIds !== undefined) {
      const refusal = media.checkAttachable(mediaIds, dm ? 'dm' : 'post');
      if (refusal) return answer(refusal);
    }
    const attached = (mediaIds ?? []) as string[];
    if (typeof text !== 'string' || (!text.trim() && attached.length === 0)) return answer(xProblems.invalidRequest('$.text: is missing but it is required'));
    if (dm) {
      if (text.length > MAX_DIRECT_MESSAGE_LENGTH) return answer(xProblems.invalidRequest('$.text: must be at most 10000 characters'));
      const id = mintSnowflake(now());
      const participantId = dm[1]!;
      accept({ kind: 'dm', id, text, inReplyTo: null, participantId, mediaIds: attached, at: now() });
      // A one-to-one conversation id is the two user ids, lower first.
      const [low, high] = [participantId, accountId].sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : 1));
      return answer({ status: 201, body: { data: { dm_conversation_id: `${low}-${high}`, dm_event_id: id } } });
    }
    if (weightedLength(text) > MAX_POST_WEIGHT) return answer(xProblems.invalidRequest('$.text: the text is too long (over 280 weighted characters)'));
    const inReplyTo = (body as { reply?: { in_reply_to_tweet_id?: unknown } }).reply?.in_reply_to_tweet_id;
    if (inReplyTo !== undefined && (typeof inReplyTo !== 'string' || !/^\d{1,20}$/.test(inReplyTo))) {
      return answer(xProblems.invalidRequest('$.reply.in_reply_to_tweet_id: must be a string of digits'));
    }
    if (typeof inReplyTo === 'string' && deleted.has(inReplyTo)) return answer(xProblems.deletedParent());
    if (text && postedTexts.has(text)) return answer(xProblems.duplicateContent());
    if (text) postedTexts.add(text);
    const id = mintSnowflake(now());
    accept({ kind: 'post', id, text, inReplyTo: inReplyTo ?? null, participantId: null, mediaIds: attached, at: now() });
    return answer({ status: 201, body: { data: { id, text, edit_history_tweet_ids: [id] } } });
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => void (async () => {
      const rawBytes = Buffer.concat(chunks);
      const rawBody = rawBytes.toString('utf8');
      const path = (req.url ?? '/').split('?')[0]!;
      const query = new URL(req.url ?? '/', 'http://emulator').searchParams;
      // The signed URL is the one the client called: scheme, the Host it sent, and the path.
      const url = `http://${req.headers.host ?? '127.0.0.1'}${req.url ?? '/'}`;
      let body: unknown = null;
      try { body = JSON.parse(rawBody); } catch { /* an empty or broken body is refused below */ }
      const authorization = parseAuthorizationHeader(req.headers.authorization);
      const method = req.method ?? 'GET';
      const isSignatureValid = isSigned(method, url, authorization);
      const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? null;
      const contentType = req.headers['content-type'] ?? '';
      const form = contentType.startsWith('multipart/form-data')
        ? await new Request(url, { method: 'POST', headers: { 'content-type': contentType }, body: rawBytes }).formData().catch(() => null)
        : null;
      let reply: ScriptedAnswer;
      if (path === '/2/oauth2/token' && method === 'POST') {
        reply = userTokens ? userTokens.answerTokenRequest(req.headers.authorization, rawBody) : xProblems.notFound(path);
      } else if (path.startsWith('/2/media/upload')) {
        reply = await handleMedia(method, path, query, body, form, isUserAuthorized(bearer, authorization, isSignatureValid));
      } else if (method === 'GET') {
        reply = handleRead(path, query, bearer, authorization, isSignatureValid);
      } else {
        reply = handle(method, path, body, isUserAuthorized(bearer, authorization, isSignatureValid));
      }
      requests.push({ method, path, query: Object.fromEntries(query), body, rawBody, authorization, isSignatureValid, status: reply.status });
      res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', ...reply.headers });
      res.end(JSON.stringify(reply.body ?? {}));
    })());
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    created,
    requests,
    media: media.uploads,
    userTokens,
    script: (...answers) => { pending.push(...answers); },
    scriptRead: (...answers) => { pendingReads.push(...answers); },
    seedPost: (input) => reads.seedPost(input),
    seedDirectMessage: (input) => reads.seedDirectMessage(input),
    deletePost: (id) => { deleted.add(id); },
    registerWebhook: (url, state) => accountEndpoints.registerWebhook(url, state),
    revokeToken: (isRevoked) => { isTokenRevoked = isRevoked; },
    waitFor(count, timeoutMs = 10_000) {
      if (created.length >= count) return Promise.resolve(created);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`waited ${timeoutMs} ms for ${count} posts/DMs; got ${created.length}`)), timeoutMs);
        waiters.push({ count, resolve: () => { clearTimeout(timer); resolve(created); } });
      });
    },
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
