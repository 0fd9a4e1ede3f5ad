import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { customerMessage, entry, feedComment, graphAnswers, instagramDelivery, pageDelivery, startGraphEmulator, type GraphEmulator } from './emulator.ts';
import { isValidMetaSignature } from './signature.ts';

const TOKEN = 'EAAemulatortoken';
const post = (graph: GraphEmulator, path: string, init: { json?: unknown; form?: string; token?: string | null; method?: string } = {}) =>
  fetch(`${graph.url}/v25.0/${path}`, {
    method: init.method ?? 'POST',
    headers: {
      ...(init.token === null ? {} : { authorization: `Bearer ${init.token ?? TOKEN}` }),
      ...(init.json !== undefined ? { 'content-type': 'application/json' } : init.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
    },
    ...(init.json !== undefined ? { body: JSON.stringify(init.json) } : init.form ? { body: init.form } : {}),
  });

describe('the Graph API emulator', () => {
  let graph: GraphEmulator;
  let now = new Date('2026-11-24T10:00:00Z');
  beforeAll(async () => { graph = await startGraphEmulator({ accessTokens: [TOKEN], now: () => now }); });
  afterAll(async () => { await graph.close(); });

  it('answers the Send API like Meta and records the call', async () => {
    const res = await post(graph, '1755847768034402/messages', { json: { recipient: { id: '42' }, messaging_type: 'RESPONSE', message: { text: 'Sveiki' } } });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ recipient_id: '42', message_id: expect.stringMatching(/^m_/) });
    expect(graph.accepted.at(-1)).toMatchObject({ path: '1755847768034402/messages', token: TOKEN, version: 'v25.0' });
  });

  it('takes the token as the access_token parameter too, and refuses a wrong or missing one with code 190', async () => {
    expect((await post(graph, '1_2/comments?access_token=' + TOKEN, { form: 'message=hi', token: null })).status).toBe(200);
    const wrong = await post(graph, '1_2/comments', { form: 'message=hi', token: 'EAAnope' });
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toMatchObject({ error: { code: 190, type: 'OAuthException', fbtrace_id: expect.any(String) } });
    expect((await post(graph, '1_2/comments', { form: 'message=hi', token: null })).status).toBe(400);
  });

  it('validates like Meta: a message is needed, and text over 2,000 characters is refused', async () => {
    expect(await (await post(graph, '1_2/comments', { json: {} })).json()).toMatchObject({ error: { code: 100 } });
    const long = await post(graph, 'me/messages', { json: { recipient: { id: '42' }, message: { text: 'x'.repeat(2001) } } });
    expect(await long.json()).toMatchObject({ error: { code: 100, message: expect.stringContaining('2000') } });
  });

  it('hides, unhides and deletes comments', async () => {
    expect(await (await post(graph, '1_2?is_hidden=true')).json()).toEqual({ success: true });
    expect(await (await post(graph, '178?hide=false')).json()).toEqual({ success: true });
    expect(await (await post(graph, '1_2', { method: 'DELETE' })).json()).toEqual({ success: true });
  });

  it('plays scripted errors in order, then goes back to normal', async () => {
    graph.script(graphAnswers.rateLimited(613, 2), graphAnswers.serverError());
    const first = await post(graph, 'me/messages', { json: { recipient: { id: '42' }, message: { text: 'a' } } });
    expect(first.status).toBe(400);
    expect(JSON.parse(first.headers.get('x-business-use-case-usage')!)).toMatchObject({ '1755847768034402': [{ estimated_time_to_regain_access: 2 }] });
    expect((await post(graph, 'me/messages', { json: { recipient: { id: '42' }, message: { text: 'a' } } })).status).toBe(500);
    expect((await post(graph, 'me/messages', { json: { recipient: { id: '42' }, message: { text: 'a' } } })).status).toBe(200);
  });

  it('refuses a RESPONSE to a customer whose last message is over 24 hours old (10/2018278), not a HUMAN_AGENT one', async () => {
    graph.noteInbound('77', new Date('2026-11-24T09:00:00Z'));
    now = new Date('2026-11-25T10:00:00Z');
    const late = await post(graph, 'me/messages', { json: { recipient: { id: '77' }, messaging_type: 'RESPONSE', message: { text: 'late' } } });
    expect(await late.json()).toMatchObject({ error: { code: 10, error_subcode: 2018278 } });
    const tagged = await post(graph, 'me/messages', { json: { recipient: { id: '77' }, messaging_type: 'MESSAGE_TAG', tag: 'HUMAN_AGENT', message: { text: 'late' } } });
    expect(tagged.status).toBe(200);
    now = new Date('2026-11-24T10:00:00Z');
  });

  it('takes HUMAN_AGENT up to 7 days after the customer\'s last message, then refuses it like Meta', async () => {
    graph.noteInbound('79', new Date('2026-11-24T09:00:00Z'));
    now = new Date('2026-12-01T08:59:00Z');
    const tagged = { recipient: { id: '79' }, messaging_type: 'MESSAGE_TAG', tag: 'HUMAN_AGENT', message: { text: 'still here' } };
    expect((await post(graph, 'me/messages', { json: tagged })).status).toBe(200);
    now = new Date('2026-12-01T09:01:00Z');
    const late = await post(graph, 'me/messages', { json: tagged });
    expect(late.status).toBe(400);
    expect(await late.json()).toMatchObject({ error: { code: 10, error_subcode: 2018278, message: expect.stringContaining('outside of allowed window') } });
    const badTag = await post(graph, 'me/messages', { json: { ...tagged, tag: 'ANYTHING' } });
    expect(await badTag.json()).toMatchObject({ error: { code: 100 } });
    now = new Date('2026-11-24T10:00:00Z');
  });

  it('takes one private reply per known comment within 7 days of it, with Meta\'s errors otherwise', async () => {
    const target = http.createServer((_req, res) => res.end('ok'));
    await new Promise<void>((r) => target.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(target.address() as AddressInfo).port}/hook`;
    const at = new Date('2026-11-20T10:00:00Z');
    await graph.deliver(url, pageDelivery(entry('1755847768034402', at, { changes: [
      feedComment({ commentId: '5001_6001', postId: '1755847768034402_5001', from: { id: '3101', name: 'Ana' }, message: 'Kur ir pasūtījums?', createdTime: at }),
    ] })), 'app-secret');
    await graph.deliver(url, instagramDelivery({ id: '17841405309211844', time: Math.floor(at.getTime() / 1000), changes: [
      { field: 'comments', value: { from: { id: '17841400000000101', username: 'mehmet' }, media: { id: '1789', media_product_type: 'FEED' }, id: '17870000000000001', text: 'Kargom?' } },
    ] }), 'app-secret');
    target.close();
    const reply = (commentId: string) => post(graph, 'me/messages', { json: { recipient: { comment_id: commentId }, message: { text: 'Rakstām privāti' } } });

    const first = await reply('5001_6001');
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ message_id: expect.stringMatching(/^m_/) });
    expect(await (await reply('5001_6001')).json()).toMatchObject({ error: { code: 10900, message: '(#10900) Activity already replied to' } });
    expect(await (await reply('9_9')).json()).toMatchObject({ error: { code: 100, error_subcode: 33 } });

    const instagram = await reply('17870000000000001');
    expect(await instagram.json()).toMatchObject({ recipient_id: '17841400000000101' });

    graph.noteComment('5002_6002', new Date('2026-11-17T09:00:00Z'), '3102');
    expect(await (await reply('5002_6002')).json()).toMatchObject({ error: { code: 10903 } });
  });

  it('delivers webhooks signed over Meta\'s escaped bytes, and opens the sender\'s window', async () => {
    const received: { body: Buffer; signature: string | undefined }[] = [];
    const target = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => { received.push({ body: Buffer.concat(chunks), signature: req.headers['x-hub-signature-256'] as string }); res.end('ok'); });
    });
    await new Promise<void>((r) => target.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(target.address() as AddressInfo).port}/hook`;
    const at = new Date('2026-11-24T09:59:00Z');
    await graph.deliver(url, pageDelivery(entry('1755847768034402', at, { messaging: [customerMessage({ ownId: '1755847768034402', customerId: '88', mid: 'm_1', text: 'Ģirts 🚀', timestamp: at })] })), 'app-secret');
    target.close();
    expect(received[0]!.body.toString()).toContain('\\u0122irts \\ud83d\\ude80');
    expect(isValidMetaSignature(received[0]!.body, received[0]!.signature, 'app-secret')).toBe(true);
    now = new Date('2026-11-25T09:58:00Z');
    expect((await post(graph, 'me/messages', { json: { recipient: { id: '88' }, messaging_type: 'RESPONSE', message: { text: 'in time' } } })).status).toBe(200);
    now = new Date('2026-11-24T10:00:00Z');
  });
});
