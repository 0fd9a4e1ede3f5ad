// End to end through the real server: connect an api channel, receive a signed message, see it
// in the REST API and on the stream, reply, and receive the signed delivery at a local receiver.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.ts';
import { startApiReceiver, type ApiReceiver } from '../src/channels/api/emulator.ts';
import { signBody } from '../src/channels/api/index.ts';
import { connectStream, type StreamClient } from './support/stream-client.ts';
import { DIALECTS } from './support/stores.ts';

describe.each(DIALECTS)('the api channel end to end on %s', (dialect) => {
  let t: TestServer;
  let receiver: ApiReceiver;
  let stream: StreamClient;
  let channelId: string;
  let secret: string;

  beforeAll(async () => {
    t = await startTestServer(dialect, { outboxBackoffMs: () => 50 });
    receiver = await startApiReceiver();
    const res = await t.api('/api/v1/channels', { method: 'POST', json: { network: 'api', name: 'Shop backend', config: { deliveryUrl: receiver.url } } });
    expect(res.status).toBe(201);
    const channel = await res.json() as { id: string; secret: string; config: Record<string, unknown> };
    channelId = channel.id;
    secret = channel.secret;
    receiver.setSecret(secret);
    stream = await connectStream(t.url, { authorization: `Bearer ${t.token}` });
  });
  afterAll(async () => {
    stream?.close();
    await receiver?.close();
    await t?.close();
  });

  const deliver = (body: unknown, sign: (raw: string) => string = (raw) => signBody(secret, raw)) => {
    const raw = JSON.stringify(body);
    return fetch(`${t.url}/webhooks/api/${channelId}`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-parley-signature': sign(raw) }, body: raw,
    });
  };

  it('never shows the channel secret again', async () => {
    const res = await t.api(`/api/v1/channels/${channelId}`);
    const text = await res.text();
    expect(res.status).toBe(200);
    expect(text).not.toContain(secret);
  });

  it('takes a signed message, shows it in the inbox and on the stream, and delivers the reply signed', async () => {
    const res = await deliver({ events: [{ id: 'ext-1', from: { id: 'u1', name: 'Ana', handle: 'ana' }, text: 'Where is my parcel? 📦', visibility: 'public', sentAt: '2026-11-24T10:00:00Z' }] });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ accepted: 1 });

    const created = await stream.waitFor((e) => e.type === 'message.created' && e.data.externalId === 'ext-1');
    expect(created.data.text).toBe('Where is my parcel? 📦');

    const list = await (await t.api('/api/v1/conversations?sort=newest')).json() as { items: { id: string; version: number; snippet: string; contact: { name: string } }[] };
    const conversation = list.items.find((c) => c.snippet.includes('parcel'))!;
    expect(conversation.contact.name).toBe('Ana');

    const detail = await (await t.api(`/api/v1/conversations/${conversation.id}`)).json() as { messages: { text: string }[]; contact: { identities: unknown[] }; priority: { factors: unknown[] } };
    expect(detail.messages.map((m) => m.text)).toEqual(['Where is my parcel? 📦']);
    expect(detail.contact.identities).toHaveLength(1);
    expect(Array.isArray(detail.priority.factors)).toBe(true);

    const reply = await t.api(`/api/v1/conversations/${conversation.id}/replies`, {
      method: 'POST', json: { text: 'On its way — arriving tomorrow.', visibility: 'public', baseVersion: conversation.version },
    });
    expect(reply.status).toBe(201);
    const { message } = await reply.json() as { message: { id: string; deliveryStatus: string } };
    expect(message.deliveryStatus).toBe('queued');

    const [delivery] = await receiver.waitFor(1);
    expect(delivery!.isSignatureValid).toBe(true);
    expect(delivery!.idempotencyKey).toBe(message.id);
    expect(delivery!.body).toMatchObject({ text: 'On its way — arriving tomorrow.', inReplyTo: 'ext-1', to: { id: 'u1', handle: 'ana' }, visibility: 'public' });

    const sent = await stream.waitFor((e) => e.type === 'message.updated' && e.data.id === message.id && e.data.deliveryStatus === 'sent');
    expect(sent.data.externalId).toBe('rcv-1');
  });

  it('refuses a bad or missing signature with 401 problem+json and stores nothing', async () => {
    const body = { events: [{ id: 'forged-1', from: { id: 'x' }, text: 'forged' }] };
    const bad = await deliver(body, () => 'sha256=' + '0'.repeat(64));
    expect(bad.status).toBe(401);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    const missing = await fetch(`${t.url}/webhooks/api/${channelId}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect(missing.status).toBe(401);
    const search = await (await t.api('/api/v1/search?q=forged')).json() as { items: unknown[] };
    expect(search.items).toHaveLength(0);
  });

  it('answers malformed JSON, a wrong shape, an unknown channel and an oversized body with clear errors', async () => {
    const raw = '{"events": [';
    const malformed = await fetch(`${t.url}/webhooks/api/${channelId}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-parley-signature': signBody(secret, raw) }, body: raw });
    expect(malformed.status).toBe(400);
    expect((await malformed.json() as { code: string }).code).toBe('bad_request');

    const wrongShape = await deliver({ events: [{ text: 'no id' }] });
    expect(wrongShape.status).toBe(400);
    expect((await wrongShape.json() as { code: string }).code).toBe('validation_failed');

    const unknown = await fetch(`${t.url}/webhooks/api/ch_unknown`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(unknown.status).toBe(404);

    const huge = JSON.stringify({ events: [{ id: 'big', from: { id: 'u' }, text: 'x'.repeat(1024 * 1024 + 10) }] });
    const tooBig = await fetch(`${t.url}/webhooks/api/${channelId}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-parley-signature': signBody(secret, huge) }, body: huge });
    expect(tooBig.status).toBe(413);
    expect(tooBig.headers.get('content-type')).toContain('application/problem+json');
  });

  it('accepts a duplicate delivery without storing it twice', async () => {
    const body = { events: [{ id: 'dup-1', from: { id: 'u9' }, text: 'duplicate check unique-word-zebra' }] };
    expect((await deliver(body)).status).toBe(200);
    const again = await deliver(body);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ accepted: 1 });
    const search = await (await t.api('/api/v1/search?q=unique-word-zebra')).json() as { items: unknown[] };
    expect(search.items).toHaveLength(1);
  });

  it('retries after 429 honouring Retry-After, and ends a 400 as failed with the reason', async () => {
    await deliver({ events: [{ id: 'retry-1', from: { id: 'u-retry' }, text: 'please answer', visibility: 'private' }] });
    const list = await (await t.api('/api/v1/conversations?kind=private&sort=newest')).json() as { items: { id: string; contactId: string }[] };
    const conversationId = list.items[0]!.id;
    const before = receiver.delivered.length;

    receiver.script({ status: 429, headers: { 'retry-after': '1' } });
    const startedAt = Date.now();
    const first = await (await t.api(`/api/v1/conversations/${conversationId}/replies`, { method: 'POST', json: { text: 'first try' } })).json() as { message: { id: string } };
    await receiver.waitFor(before + 1);
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(900);
    await stream.waitFor((e) => e.type === 'message.updated' && e.data.id === first.message.id && e.data.deliveryStatus === 'sent');

    receiver.script({ status: 400, body: { error: 'recipient blocked the brand' } });
    const second = await (await t.api(`/api/v1/conversations/${conversationId}/replies`, { method: 'POST', json: { text: 'second try' } })).json() as { message: { id: string } };
    const failed = await stream.waitFor((e) => e.type === 'message.updated' && e.data.id === second.message.id && e.data.deliveryStatus === 'failed');
    expect(String(failed.data.deliveryError)).toContain('recipient blocked the brand');

    const health = await (await t.api(`/api/v1/channels/${channelId}`)).json() as { lastError: string | null };
    expect(health.lastError).toContain('recipient blocked the brand');

    const retry = await t.api(`/api/v1/messages/${second.message.id}/retry`, { method: 'POST', json: {} });
    expect(retry.status).toBe(200);
    await stream.waitFor((e) => e.type === 'message.updated' && e.data.id === second.message.id && e.data.deliveryStatus === 'sent');
    const healed = await (await t.api(`/api/v1/channels/${channelId}`)).json() as { lastError: string | null; lastEventAt: string | null };
    expect(healed.lastError).toBeNull();
    expect(healed.lastEventAt).not.toBeNull();
  });

  it('refuses a reply sent on a stale view with 409', async () => {
    await deliver({ events: [{ id: 'stale-1', from: { id: 'u-stale' }, text: 'stale check' }] });
    const list = await (await t.api('/api/v1/conversations?sort=newest')).json() as { items: { id: string; version: number; snippet: string }[] };
    const conversation = list.items.find((c) => c.snippet === 'stale check')!;
    await t.api(`/api/v1/conversations/${conversation.id}/tags`, { method: 'POST', json: { add: ['shipping'] } });
    const res = await t.api(`/api/v1/conversations/${conversation.id}/replies`, { method: 'POST', json: { text: 'late', baseVersion: conversation.version } });
    expect(res.status).toBe(409);
    const problem = await res.json() as { code: string; currentVersion: number };
    expect(problem.code).toBe('stale_version');
    expect(problem.currentVersion).toBe(conversation.version + 1);
  });
});
