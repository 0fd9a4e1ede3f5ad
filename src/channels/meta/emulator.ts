// A local stand-in for Meta's Graph API: takes the send, reply and moderation calls with Meta's
// validation and Meta-shaped answers and errors (scriptable), and delivers signed webhooks.
import http from 'node:http';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { HUMAN_AGENT_WINDOW_MS, PRIVATE_REPLY_WINDOW_MS, STANDARD_WINDOW_MS } from './messaging-window.ts';
import { signDelivery } from './webhook-builders.ts';
import { createGraphReadStore, type GraphReadStore } from './emulator-reads.ts';

export * from './webhook-builders.ts';

export interface GraphEmulatorCall {
  method: string;
  /** The path after the version: "123_456/comments", "me/messages". */
  path: string;
  version: string;
  /** Query and body parameters together, as Graph reads them. */
  params: Record<string, unknown>;
  /** The access token, from the bearer header or the access_token parameter. */
  token: string | null;
  status: number;
  response: unknown;
}

export interface ScriptedGraphAnswer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface GraphEmulator {
  /** Put this in graphApiBaseUrl. */
  url: string;
  /** Every request, refused ones included. */
  calls: GraphEmulatorCall[];
  /** Requests answered 2xx, in arrival order. */
  accepted: GraphEmulatorCall[];
  /** Answers to give to the next requests, in order, before going back to normal. */
  script(...answers: ScriptedGraphAnswer[]): void;
  /** Resolves when `count` requests have been accepted. */
  waitFor(count: number, timeoutMs?: number): Promise<GraphEmulatorCall[]>;
  allowToken(token: string): void;
  /** Opens a customer's 24-hour window, as their message would (deliver() does it itself). */
  noteInbound(customerId: string, at: Date): void;
  /** Makes a comment (or visitor post) known for private replies, as its webhook would (deliver() does it itself). */
  noteComment(commentId: string, at: Date, authorId: string, network?: 'facebook' | 'instagram'): void;
  /** Signs a delivery with the app secret in Meta's escaped form and POSTs it to a webhook URL. */
  deliver(webhookUrl: string, payload: unknown, appSecret: string): Promise<Response>;
  /** The read side (debug_token, subscribed_apps, feed, conversations, media): seed it, revoke or expire tokens. */
  reads: GraphReadStore;
  close(): Promise<void>;
}

const fbtrace = () => randomBytes(8).toString('base64').replace(/[^A-Za-z0-9]/g, 'x');
// Graph names most errors, throttling included, "OAuthException"; unsupported calls "GraphMethodException".
const graphError = (code: number, message: string, extra: Record<string, unknown> = {}) =>
  ({ error: { message, type: code === 100 ? 'GraphMethodException' : 'OAuthException', code, ...extra, fbtrace_id: fbtrace() } });

/**
 * Meta's error bodies for the cases Parley must handle. Graph answers most errors with HTTP 400
 * and the meaning in `code`; throttling also comes as 429 from some surfaces.
 * https://developers.facebook.com/docs/messenger-platform/error-codes
 * https://developers.facebook.com/docs/graph-api/overview/rate-limiting
 */
export const graphAnswers = {
  /** Throttled (4 app, 17 user, 32 Page, 613 custom), optionally with a regain time in minutes. */
  rateLimited(code: 4 | 17 | 32 | 613 = 4, regainMinutes?: number): ScriptedGraphAnswer {
    return {
      status: 400, body: graphError(code, code === 4 ? '(#4) Application request limit reached' : code === 613 ? '(#613) Calls to this api have exceeded the rate limit.' : `(#${code}) User request limit reached`, { is_transient: true }),
      headers: regainMinutes === undefined ? {} : {
        'x-business-use-case-usage': JSON.stringify({ '1755847768034402': [{ type: 'pages', call_count: 100, total_cputime: 40, total_time: 60, estimated_time_to_regain_access: regainMinutes }] }),
      },
    };
  },
  tooManyRequests(): ScriptedGraphAnswer {
    return { status: 429, body: graphError(80006, 'There have been too many messages sent to this Page.') };
  },
  serverError(): ScriptedGraphAnswer {
    return { status: 500, body: graphError(2, 'An unexpected error has occurred. Please retry your request later.', { is_transient: true }) };
  },
  permissionDenied(): ScriptedGraphAnswer {
    return { status: 403, body: graphError(10, '(#10) This endpoint requires the \'pages_messaging\' permission to manage the object') };
  },
  outsideWindow(): ScriptedGraphAnswer {
    return { status: 400, body: graphError(10, '(#10) This message is sent outside of allowed window.', { error_subcode: 2018278 }) };
  },
  /** A second private reply to the same comment. */
  alreadyReplied(): ScriptedGraphAnswer {
    return { status: 400, body: graphError(10900, '(#10900) Activity already replied to') };
  },
  /** A private reply to a comment more than 7 days old. */
  cannotReplyToActivity(): ScriptedGraphAnswer {
    return { status: 400, body: graphError(10903, '(#10903) This user can\'t reply to this activity') };
  },
  userUnavailable(): ScriptedGraphAnswer {
    return { status: 400, body: graphError(551, '(#551) This person isn\'t available right now.', { error_subcode: 1545041 }) };
  },
  invalidToken(): ScriptedGraphAnswer {
    return { status: 400, body: graphError(190, 'Invalid OAuth access token - Cannot parse access token') };
  },
};

export async function startGraphEmulator(options: { accessTokens?: string[]; port?: number; now?: () => Date } = {}): Promise<GraphEmulator> {
  const tokens = new Set(options.accessTokens ?? []);
  const now = options.now ?? (() => new Date());
  const calls: GraphEmulatorCall[] = [];
  const accepted: GraphEmulatorCall[] = [];
  const pending: ScriptedGraphAnswer[] = [];
  const lastInbound = new Map<string, number>();
  const comments = new Map<string, { at: number; authorId: string; network: 'facebook' | 'instagram'; isReplied: boolean }>();
  const waiters: { count: number; resolve: () => void }[] = [];
  let counter = 0;
  let baseUrl = '';
  const reads = createGraphReadStore(() => baseUrl);

  const answer = (method: string, path: string, params: Record<string, unknown>, token: string | null, version: string): ScriptedGraphAnswer => {
    if (!token || (tokens.size > 0 && !tokens.has(token))) return graphAnswers.invalidToken();
    const refused = reads.refusal(token, now());
    if (refused) return refused;
    const scripted = pending.shift();
    if (scripted) return scripted;
    const read = method === 'GET' ? reads.answer(path, params, token, version, now()) : null;
    return read ?? handle(method, path, params);
  };

  const handle = (method: string, path: string, params: Record<string, unknown>): ScriptedGraphAnswer => {
    const [node, edge, ...rest] = path.split('/');
    const ok = (body: unknown): ScriptedGraphAnswer => ({ status: 200, body, headers: { 'x-app-usage': JSON.stringify({ call_count: 1, total_cputime: 1, total_time: 1 }) } });
    if (!node || rest.length > 0) return { status: 400, body: graphError(100, 'Unknown path components') };
    const text = typeof params.message === 'string' ? params.message : '';
    counter += 1;
    if (method === 'DELETE' && !edge) return ok({ success: true });
    if (method !== 'POST') return { status: 400, body: graphError(100, `Unsupported ${method.toLowerCase()} request.`) };
    if (!edge) {
      // POST /{comment-id}?is_hidden=true (Facebook) or ?hide=true (Instagram).
      if (params.is_hidden !== undefined || params.hide !== undefined) return ok({ success: true });
      return { status: 400, body: graphError(100, 'Unsupported post request.') };
    }
    if (edge === 'comments' || edge === 'replies' || edge === 'mentions') {
      if (!text) return { status: 400, body: graphError(100, '(#100) Missing message or attachment') };
      if (edge === 'mentions' && !params.media_id) return { status: 400, body: graphError(100, '(#100) The parameter media_id is required') };
      const id = edge === 'comments' ? `${node.split('_')[0]}_${900_000 + counter}` : String(17_890_000_000_000_000 + counter);
      return ok({ id });
    }
    if (edge === 'messages') return sendApi(params, ok);
    return { status: 400, body: graphError(100, `Unknown edge ${edge}`) };
  };

  // Send API validation: a recipient, a message, the 2,000-character text limit, the window
  // (24 hours, or 7 days with the HUMAN_AGENT tag) and private replies (one per comment, 7 days).
  const sendApi = (params: Record<string, unknown>, ok: (b: unknown) => ScriptedGraphAnswer): ScriptedGraphAnswer => {
    const recipient = objectParam(params.recipient);
    const message = objectParam(params.message);
    const activityId = recipient?.comment_id ?? recipient?.post_id;
    if (!recipient || (!recipient.id && !activityId)) return { status: 400, body: graphError(100, '(#100) The parameter recipient is required') };
    if (!message || (typeof message.text !== 'string' && !message.attachment)) return { status: 400, body: graphError(100, '(#100) Must send either message or state') };
    if (typeof message.text === 'string' && message.text.length > 2000) {
      return { status: 400, body: graphError(100, '(#100) Length of param message[text] must be less than or equal to 2000') };
    }
    if (params.messaging_type === 'MESSAGE_TAG' && params.tag !== 'HUMAN_AGENT') {
      return { status: 400, body: graphError(100, '(#100) Param tag must be one of {CONFIRMED_EVENT_UPDATE, POST_PURCHASE_UPDATE, ACCOUNT_UPDATE, HUMAN_AGENT}') };
    }
    const messageId = `m_${randomBytes(18).toString('base64url')}`;
    if (typeof recipient.id === 'string') {
      const last = lastInbound.get(recipient.id);
      const window = params.messaging_type === 'MESSAGE_TAG' ? HUMAN_AGENT_WINDOW_MS : STANDARD_WINDOW_MS;
      if (last !== undefined && now().getTime() - last > window) return graphAnswers.outsideWindow();
      return ok({ recipient_id: recipient.id, message_id: messageId });
    }
    const activity = comments.get(String(activityId));
    if (!activity) {
      return { status: 400, body: graphError(100, `(#100) Unsupported post request. Object with ID '${String(activityId)}' does not exist, cannot be loaded due to missing permissions, or does not support this operation`, { error_subcode: 33 }) };
    }
    if (activity.isReplied) return graphAnswers.alreadyReplied();
    if (now().getTime() - activity.at > PRIVATE_REPLY_WINDOW_MS) return graphAnswers.cannotReplyToActivity();
    activity.isReplied = true;
    // Instagram answers with the commenter's IGSID (the id its comment webhook gave); Messenger with a
    // PSID, which differs from the id a Page's feed shows for the same person.
    const recipientId = activity.network === 'instagram' ? activity.authorId : `${activity.authorId}0`;
    return ok({ recipient_id: recipientId, message_id: messageId });
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://emulator');
      const [, version = '', ...pathParts] = url.pathname.split('/');
      const params: Record<string, unknown> = Object.fromEntries(url.searchParams);
      const raw = Buffer.concat(chunks).toString('utf8');
      if (raw) {
        try {
          Object.assign(params, String(req.headers['content-type']).includes('json') ? JSON.parse(raw) as Record<string, unknown> : Object.fromEntries(new URLSearchParams(raw)));
        } catch { /* an unreadable body reads as no parameters, and fails validation */ }
      }
      const bearer = /^Bearer (.+)$/i.exec(String(req.headers.authorization ?? ''))?.[1];
      const token = bearer ?? (typeof params.access_token === 'string' ? params.access_token : null);
      delete params.access_token;
      const path = pathParts.map(decodeURIComponent).join('/');
      const reply = /^v\d+\.\d+$/.test(version)
        ? answer(req.method ?? 'GET', path, params, token, version)
        : { status: 400, body: graphError(2500, 'Unknown path components: a Graph API version is required') };
      const call: GraphEmulatorCall = { method: req.method ?? 'GET', path, version, params, token, status: reply.status, response: reply.body };
      calls.push(call);
      res.writeHead(reply.status, { 'content-type': 'application/json; charset=UTF-8', ...reply.headers });
      res.end(JSON.stringify(reply.body ?? {}));
      if (reply.status < 300) {
        accepted.push(call);
        for (const w of waiters.filter((x) => accepted.length >= x.count)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve();
        }
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://127.0.0.1:${port}`;

  const noteInbound = (customerId: string, at: Date) => {
    lastInbound.set(customerId, Math.max(lastInbound.get(customerId) ?? 0, at.getTime()));
  };

  const noteComment = (commentId: string, at: Date, authorId: string, network: 'facebook' | 'instagram' = 'facebook') => {
    if (!comments.has(commentId)) comments.set(commentId, { at: at.getTime(), authorId, network, isReplied: false });
  };

  return {
    url: baseUrl,
    reads,
    noteComment,
    calls,
    accepted,
    script: (...answers) => { pending.push(...answers); },
    allowToken: (token) => { tokens.add(token); },
    noteInbound,
    waitFor(count, timeoutMs = 10_000) {
      if (accepted.length >= count) return Promise.resolve(accepted);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`waited ${timeoutMs} ms for ${count} accepted Graph calls; got ${accepted.length}`)), timeoutMs);
        waiters.push({ count, resolve: () => { clearTimeout(timer); resolve(accepted); } });
      });
    },
    async deliver(webhookUrl, payload, appSecret) {
      for (const item of messagingItems(payload)) {
        if (item.message && !item.message.is_echo && item.sender?.id && typeof item.timestamp === 'number') noteInbound(item.sender.id, new Date(item.timestamp));
      }
      for (const c of commentsIn(payload)) noteComment(c.id, c.at, c.authorId, c.network);
      const signed = signDelivery(payload, appSecret);
      return fetch(webhookUrl, { method: 'POST', headers: signed.headers, body: signed.body });
    },
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** Graph reads JSON-valued parameters from JSON bodies and from form fields alike. */
function objectParam(value: unknown): Record<string, unknown> | null {
  if (value && typeof value === 'object') return value as Record<string, unknown>;
  if (typeof value !== 'string') return null;
  try {
    const parsed = JSON.parse(value.replace(/'/g, '"')) as unknown;
    return parsed && typeof parsed === 'object' ? parsed as Record<string, unknown> : null;
  } catch {
    return null;
  }
}

interface LooseItem { sender?: { id?: string }; timestamp?: unknown; message?: { is_echo?: boolean } }

function messagingItems(payload: unknown): LooseItem[] {
  const entries = (payload as { entry?: unknown }).entry;
  if (!Array.isArray(entries)) return [];
  return entries.flatMap((e) => {
    const list = (e as { messaging?: unknown }).messaging;
    return Array.isArray(list) ? list as LooseItem[] : [];
  });
}

interface LooseChange { field?: string; value?: { item?: string; verb?: string; comment_id?: string; post_id?: string; id?: string; created_time?: number; from?: { id?: string } } }

/** Comments and visitor posts a delivery announces: what a private reply may later answer. */
function commentsIn(payload: unknown): { id: string; at: Date; authorId: string; network: 'facebook' | 'instagram' }[] {
  const p = payload as { object?: unknown; entry?: unknown };
  if (!Array.isArray(p.entry)) return [];
  const network = p.object === 'instagram' ? 'instagram' : 'facebook';
  return p.entry.flatMap((e: { id?: string; time?: number; changes?: LooseChange[] }) => (Array.isArray(e.changes) ? e.changes : []).flatMap((c) => {
    const v = c.value;
    const authorId = v?.from?.id;
    if (!v || !authorId || authorId === e.id) return [];
    if (network === 'instagram' && (c.field === 'comments' || c.field === 'live_comments') && v.id) {
      return [{ id: v.id, at: new Date((e.time ?? 0) * 1000), authorId, network }];
    }
    if (c.field !== 'feed' || v.verb !== 'add' || typeof v.created_time !== 'number') return [];
    const id = v.item === 'comment' ? v.comment_id : v.post_id;
    return id ? [{ id, at: new Date(v.created_time * 1000), authorId, network }] : [];
  }));
}
