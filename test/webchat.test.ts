// The webchat channel end to end against a real server: sessions, sockets, replies, history.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { pino } from 'pino';
import { startTestServer, type TestServer } from './support/server.ts';
import { DIALECTS } from './support/stores.ts';
import { startServer, type RunningServer } from '../src/server/start-server.ts';

const SITE = 'https://shop.example';

interface Frame {
  type: string;
  id?: string;
  messageId?: string;
  code?: string;
  detail?: string;
  message?: { id: string; direction: 'in' | 'out'; text: string; sentAt: string; authorName: string | null };
}

interface Session { visitorId: string; token: string }

/** A visitor's socket that keeps every frame, so a test can wait for the one it expects. */
class VisitorSocket {
  readonly frames: Frame[] = [];
  private waiters: (() => void)[] = [];

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      this.frames.push(JSON.parse(String(data)) as Frame);
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  static open(url: string, origin?: string): Promise<VisitorSocket> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url, origin ? { origin } : {});
      const visitor = new VisitorSocket(socket);
      socket.once('open', () => resolve(visitor));
      socket.once('unexpected-response', (_request, response) => reject(new Error(`refused with ${response.statusCode}`)));
      socket.once('error', reject);
    });
  }

  send(frame: unknown): void {
    this.socket.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
  }

  async next(matches: (frame: Frame) => boolean, timeoutMs = 5000): Promise<Frame> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const found = this.frames.find(matches);
      if (found) return found;
      const left = until - Date.now();
      if (left <= 0) throw new Error(`no matching frame; got ${JSON.stringify(this.frames)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => { clearTimeout(timer); resolve(); });
      });
    }
  }

  close(): void {
    this.socket.close();
  }
}

describe.each(DIALECTS)('webchat channel (%s)', (dialect) => {
  let server: TestServer;
  let channelId: string;
  const sockets: VisitorSocket[] = [];

  const startSession = async (init: { origin?: string | null; token?: string; body?: unknown } = {}) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (init.origin !== null) headers.origin = init.origin ?? SITE;
    if (init.token) headers.authorization = `Bearer ${init.token}`;
    return fetch(`${server.url}/webchat/${channelId}/sessions`, { method: 'POST', headers, body: JSON.stringify(init.body ?? {}) });
  };
  const newVisitor = async (body?: unknown): Promise<Session> => {
    const response = await startSession({ body });
    expect(response.status).toBe(201);
    return (await response.json()) as Session;
  };
  const socketUrl = (token: string) => `${server.url.replace(/^http/, 'ws')}/webchat/${channelId}/socket?token=${encodeURIComponent(token)}`;
  const connect = async (session: Session, origin: string = SITE) => {
    const socket = await VisitorSocket.open(socketUrl(session.token), origin);
    sockets.push(socket);
    return socket;
  };
  const say = async (socket: VisitorSocket, id: string, text: string) => {
    socket.send({ type: 'message', id, text });
    return socket.next((f) => (f.type === 'ack' || f.type === 'error') && f.id === id);
  };
  const history = async (token: string, origin: string = SITE) =>
    fetch(`${server.url}/webchat/${channelId}/history`, { headers: { authorization: `Bearer ${token}`, origin } });
  const conversationOf = async (messageId: string) => {
    const list = await server.api(`/api/v1/conversations?channelId=${channelId}&sort=newest&limit=200`);
    expect(list.status).toBe(200);
    const { items } = (await list.json()) as { items: { id: string }[] };
    for (const item of items) {
      const detail = (await (await server.api(`/api/v1/conversations/${item.id}`)).json()) as ConversationDetail;
      if (detail.messages.some((m) => m.id === messageId)) return detail;
    }
    throw new Error(`no conversation holds ${messageId}`);
  };

  interface ConversationDetail {
    conversation: { id: string; channelId: string; kind: string };
    messages: { id: string; direction: string; text: string; visibility: string }[];
    contact: { name: string | null } | null;
    channel: { network: string } | null;
  }

  beforeAll(async () => {
    server = await startTestServer(dialect);
    const response = await server.api('/api/v1/channels', {
      method: 'POST', json: { network: 'webchat', name: 'Site chat', config: { allowedOrigins: [SITE] } },
    });
    expect(response.status).toBe(201);
    const channel = (await response.json()) as { id: string; network: string; config: unknown; secret?: string; secrets?: unknown };
    expect(channel.network).toBe('webchat');
    expect(channel.config).toEqual({ allowedOrigins: [SITE] });
    expect(channel.secret).toBeUndefined();
    expect(channel.secrets).toBeUndefined();
    channelId = channel.id;
  });

  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await server?.close();
  });

  it('serves the widget as one cacheable script that renders text, never HTML', async () => {
    const response = await fetch(`${server.url}/webchat/widget.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/javascript/);
    expect(response.headers.get('cache-control')).toMatch(/max-age=\d+/);
    const script = await response.text();
    expect(script).toContain('attachShadow');
    expect(script).toContain('localStorage');
    expect(script).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
    const again = await fetch(`${server.url}/webchat/widget.js`, { headers: { 'if-none-match': response.headers.get('etag') ?? '' } });
    expect(again.status).toBe(304);
  });

  it('takes a visitor message over the socket, acknowledges it once stored, and opens a conversation', async () => {
    const visitor = await newVisitor();
    expect(visitor.token).toMatch(new RegExp(`^v1\\.${visitor.visitorId}\\.[0-9a-f]{64}$`));
    const socket = await connect(visitor);
    const ack = await say(socket, 'c-1', 'Hello, where is my order?');
    expect(ack).toMatchObject({ type: 'ack', id: 'c-1', messageId: expect.stringMatching(/^msg_/) });

    const detail = await conversationOf(ack.messageId!);
    expect(detail.conversation).toMatchObject({ channelId, kind: 'private' });
    expect(detail.channel?.network).toBe('webchat');
    expect(detail.messages).toEqual([expect.objectContaining({ id: ack.messageId, direction: 'in', visibility: 'private', text: 'Hello, where is my order?' })]);
  });

  it('delivers the agent\'s reply live to every tab of the visitor', async () => {
    const visitor = await newVisitor();
    const tab1 = await connect(visitor);
    const tab2 = await connect(visitor);
    const ack = await say(tab1, 'c-1', 'Is anyone there?');
    const { conversation } = await conversationOf(ack.messageId!);

    const reply = await server.api(`/api/v1/conversations/${conversation.id}/replies`, { method: 'POST', json: { text: 'Yes, Ada here. Checking now.' } });
    expect(reply.status).toBe(201);
    for (const tab of [tab1, tab2]) {
      const frame = await tab.next((f) => f.type === 'message' && f.message?.direction === 'out');
      expect(frame.message).toMatchObject({ direction: 'out', text: 'Yes, Ada here. Checking now.', authorName: null });
    }
    // The other tab also shows what the first one sent.
    const echoed = await tab2.next((f) => f.type === 'message' && f.message?.direction === 'in');
    expect(echoed.message).toMatchObject({ id: ack.messageId, text: 'Is anyone there?' });
  });

  it('keeps the visitor across page loads', async () => {
    const first = await newVisitor();
    const firstPage = await connect(first);
    const ack1 = await say(firstPage, 'c-1', 'First page');
    firstPage.close();

    const reload = await startSession({ token: first.token });
    expect(reload.status).toBe(200);
    const again = (await reload.json()) as Session;
    expect(again.visitorId).toBe(first.visitorId);
    const secondPage = await connect(again);
    const ack2 = await say(secondPage, 'c-2', 'Second page');

    const detail = await conversationOf(ack2.messageId!);
    expect(detail.messages.map((m) => m.id)).toEqual([ack1.messageId, ack2.messageId]);
  });

  it('shows the visitor their own history, oldest first, without internal notes', async () => {
    const visitor = await newVisitor();
    const socket = await connect(visitor);
    const ack = await say(socket, 'c-1', 'My parcel is late');
    const { conversation } = await conversationOf(ack.messageId!);
    expect((await server.api(`/api/v1/conversations/${conversation.id}/notes`, { method: 'POST', json: { text: 'INTERNAL: VIP, refund approved' } })).status).toBe(201);
    expect((await server.api(`/api/v1/conversations/${conversation.id}/replies`, { method: 'POST', json: { text: 'Sorry! A refund is on its way.' } })).status).toBe(201);
    await socket.next((f) => f.type === 'message' && f.message?.direction === 'out');

    const response = await history(visitor.token);
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(SITE);
    const { messages } = (await response.json()) as { messages: Frame['message'][] };
    expect(messages.map((m) => [m!.direction, m!.text])).toEqual([['in', 'My parcel is late'], ['out', 'Sorry! A refund is on its way.']]);
    expect(JSON.stringify(messages)).not.toContain('INTERNAL');

    const query = await fetch(`${server.url}/webchat/${channelId}/history?token=${encodeURIComponent(visitor.token)}`, { headers: { origin: SITE } });
    expect(((await query.json()) as { messages: unknown[] }).messages).toHaveLength(2);

    const stranger = await newVisitor();
    expect(((await (await history(stranger.token)).json()) as { messages: unknown[] }).messages).toEqual([]);
  });

  it('refuses a site the channel does not allow', async () => {
    const visitor = await newVisitor();
    expect((await startSession({ origin: 'https://evil.example' })).status).toBe(403);
    expect((await startSession({ origin: null })).status).toBe(403);
    await expect(VisitorSocket.open(socketUrl(visitor.token), 'https://evil.example')).rejects.toThrow(/403/);
    await expect(VisitorSocket.open(socketUrl(visitor.token))).rejects.toThrow(/403/);
    expect((await history(visitor.token, 'https://evil.example')).status).toBe(403);

    const preflight = (origin: string) => fetch(`${server.url}/webchat/${channelId}/sessions`, {
      method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    const allowed = await preflight(SITE);
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(SITE);
    const refused = await preflight('https://evil.example');
    expect(refused.status).toBe(403);
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses a forged visitor token', async () => {
    const visitor = await newVisitor();
    const forged = `v1.${visitor.visitorId}.${'0'.repeat(64)}`;
    await expect(VisitorSocket.open(socketUrl(forged), SITE)).rejects.toThrow(/401/);
    await expect(VisitorSocket.open(socketUrl('garbage'), SITE)).rejects.toThrow(/401/);
    expect((await history(forged)).status).toBe(401);
    const fallback = await fetch(`${server.url}/webhooks/webchat/${channelId}`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-parley-visitor': forged }, body: JSON.stringify({ id: 'c-1', text: 'hi' }),
    });
    expect(fallback.status).toBe(401);
    // A session asked for with a forged token is a new visitor, never the one it names.
    const renewed = await startSession({ token: forged });
    expect(renewed.status).toBe(201);
    expect(((await renewed.json()) as Session).visitorId).not.toBe(visitor.visitorId);
  });

  it('stores a message resent with the same client id once', async () => {
    const visitor = await newVisitor();
    const socket = await connect(visitor);
    const first = await say(socket, 'same-id', 'Only once please');
    socket.close();
    const reconnected = await connect(visitor);
    const second = await say(reconnected, 'same-id', 'Only once please');
    expect(second.type).toBe('ack');
    expect(second.messageId).toBe(first.messageId);
    const detail = await conversationOf(first.messageId!);
    expect(detail.messages.filter((m) => m.text === 'Only once please')).toHaveLength(1);
  });

  it('round-trips hostile text exactly, both ways', async () => {
    const hostile = '<script>alert("x")</script><img src=x onerror=alert(1)> \u200b\u200d\u2060 \u202eevil\u202c '
      + 'שלום עולם مرحبا 👩🏽‍💻🇸🇪 &amp; \n  line two  ';
    const visitor = await newVisitor();
    const socket = await connect(visitor);
    const ack = await say(socket, 'c-1', hostile);
    const detail = await conversationOf(ack.messageId!);
    expect(detail.messages[0]!.text).toBe(hostile);

    const answer = `Re: ${hostile}`;
    expect((await server.api(`/api/v1/conversations/${detail.conversation.id}/replies`, { method: 'POST', json: { text: answer } })).status).toBe(201);
    const live = await socket.next((f) => f.type === 'message' && f.message?.direction === 'out');
    // Replies are trimmed by the care layer; the characters inside come through untouched.
    expect(live.message!.text).toBe(answer.trim());
    const { messages } = (await (await history(visitor.token)).json()) as { messages: Frame['message'][] };
    expect(messages.map((m) => m!.text)).toEqual([hostile, answer.trim()]);
  });

  it('answers malformed frames with an error frame and keeps the socket open', async () => {
    const socket = await connect(await newVisitor());
    socket.send('{not json');
    expect(await socket.next((f) => f.type === 'error')).toMatchObject({ code: 'bad_request' });
    socket.send({ type: 'message', id: 'long', text: 'a'.repeat(5001) });
    expect(await socket.next((f) => f.type === 'error' && f.id === 'long')).toMatchObject({ code: 'text_too_long' });
    socket.send({ type: 'message', id: 'blank', text: '   ' });
    expect(await socket.next((f) => f.type === 'error' && f.id === 'blank')).toMatchObject({ code: 'validation_failed' });
    expect((await say(socket, 'fine', '😀'.repeat(5000))).type).toBe('ack');
  });

  it('limits a visitor to 20 messages per 10 seconds with a clear error', async () => {
    const socket = await connect(await newVisitor());
    for (let i = 0; i < 21; i++) socket.send({ type: 'message', id: `m-${i}`, text: `message ${i}` });
    const refused = await socket.next((f) => f.type === 'error' && f.id === 'm-20');
    expect(refused).toMatchObject({ code: 'too_many_requests', detail: expect.stringMatching(/too many/) });
    await socket.next((f) => f.type === 'ack' && f.id === 'm-19');
    expect(socket.frames.filter((f) => f.type === 'ack')).toHaveLength(20);
  });

  it('takes messages over the HTTP fallback when the socket is down', async () => {
    const visitor = await newVisitor();
    const response = await fetch(`${server.url}/webhooks/webchat/${channelId}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-parley-visitor': visitor.token, origin: SITE },
      body: JSON.stringify({ messages: [{ id: 'h-1', text: 'sent over HTTP' }, { id: 'h-2', text: 'and again' }] }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ accepted: 2 });
    expect(response.headers.get('access-control-allow-origin')).toBe(SITE);

    // The socket resends one of them: it is acknowledged, not stored again.
    const socket = await connect(visitor);
    const ack = await say(socket, 'h-1', 'sent over HTTP');
    const { messages } = (await (await history(visitor.token)).json()) as { messages: Frame['message'][] };
    expect(messages.map((m) => m!.text)).toEqual(['sent over HTTP', 'and again']);
    expect(messages[0]!.id).toBe(ack.messageId);
  });

  it('keeps the name a visitor gives as their contact name', async () => {
    const visitor = await newVisitor({ name: 'Ana Lima', email: 'ana@example.com' });
    const socket = await connect(visitor);
    const ack = await say(socket, 'c-1', 'Hi, Ana here');
    const detail = await conversationOf(ack.messageId!);
    expect(detail.contact?.name).toBe('Ana Lima');
  });
});

describe('webchat channel scaled out (postgres + redis)', () => {
  let first: TestServer;
  let second: RunningServer;
  let channelId: string;
  const sockets: VisitorSocket[] = [];

  beforeAll(async () => {
    first = await startTestServer('postgres', { env: { PARLEY_REDIS_URL: 'redis://127.0.0.1:6379' } });
    // A second instance over the same database, key and Redis: a visitor may land on either.
    second = await startServer(first.server.services.config, { logger: pino({ level: 'silent' }), outboxPollMs: 100 });
    const response = await first.api('/api/v1/channels', {
      method: 'POST', json: { network: 'webchat', name: 'Site chat', config: { allowedOrigins: ['*'] } },
    });
    channelId = ((await response.json()) as { id: string }).id;
  });

  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await second?.close();
    await first?.close();
  });

  it('delivers a reply to the visitor on whichever instance holds their sockets', async () => {
    const session = (await (await fetch(`${second.url}/webchat/${channelId}/sessions`, { method: 'POST' })).json()) as Session;
    const open = async (url: string) => {
      const socket = await VisitorSocket.open(`${url.replace(/^http/, 'ws')}/webchat/${channelId}/socket?token=${session.token}`);
      sockets.push(socket);
      return socket;
    };
    const onSecond = await open(second.url);
    const onFirst = await open(first.url);
    onSecond.send({ type: 'message', id: 'c-1', text: 'Hello from a tab on the second instance' });
    const ack = await onSecond.next((f) => f.type === 'ack');
    const echoed = await onFirst.next((f) => f.type === 'message' && f.message?.direction === 'in');
    expect(echoed.message!.id).toBe(ack.messageId);

    const { items } = (await (await first.api(`/api/v1/conversations?channelId=${channelId}`)).json()) as { items: { id: string }[] };
    expect(items).toHaveLength(1);
    await first.api(`/api/v1/conversations/${items[0]!.id}/replies`, { method: 'POST', json: { text: 'Answered from the first instance' } });
    for (const tab of [onSecond, onFirst]) {
      const reply = await tab.next((f) => f.type === 'message' && f.message?.direction === 'out');
      expect(reply.message!.text).toBe('Answered from the first instance');
    }
  });
});
