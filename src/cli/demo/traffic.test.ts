import { describe, expect, it } from 'vitest';
import { parseApiDelivery } from '../../channels/api/parse.ts';
import { signBody } from '../../channels/api/index.ts';
import { DEMO_SCRIPT, type DemoMessage } from './corpus.ts';
import { buildDelivery, demoExternalId, startTraffic } from './traffic.ts';

const post = DEMO_SCRIPT.find((m) => m.replyTo)!;
const parent = DEMO_SCRIPT.find((m) => m.key === post.replyTo)!;
const dm = DEMO_SCRIPT.find((m) => m.visibility === 'private')!;

describe('buildDelivery', () => {
  it('makes a body the api channel parses, a reply pointing at its parent from the same round', () => {
    const sentAt = new Date('2026-03-01T10:00:00Z');
    const [event] = parseApiDelivery(Buffer.from(buildDelivery(post, 2, 'run', sentAt)));
    expect(event).toMatchObject({
      externalId: demoExternalId('run', 2, post.key),
      inReplyToExternalId: demoExternalId('run', 2, parent.key),
      visibility: 'public', text: post.text, sentAt: sentAt.toISOString(),
      author: { externalId: post.customer.id, handle: post.customer.handle, displayName: post.customer.name },
    });
  });

  it('sends a private message as private', () => {
    const [event] = parseApiDelivery(Buffer.from(buildDelivery(dm, 1, 'run', new Date())));
    expect(event?.visibility).toBe('private');
    expect(event?.inReplyToExternalId).toBeUndefined();
  });
});

describe('startTraffic', () => {
  it('posts the script in order, signed, starting over with new ids, until stopped', async () => {
    const script: DemoMessage[] = DEMO_SCRIPT.slice(0, 2);
    const requests: { url: string; body: string; signature: string | null }[] = [];
    const sent: string[] = [];
    const fakeFetch: typeof fetch = async (url, init) => {
      const body = String(init?.body);
      requests.push({ url: String(url), body, signature: new Headers(init?.headers).get('x-parley-signature') });
      return new Response(JSON.stringify({ accepted: 1 }), { status: 200 });
    };
    const traffic = startTraffic({
      webhookUrl: 'http://127.0.0.1:1/webhooks/api/ch_1', secret: 's3cret', runTag: 't', fetch: fakeFetch, script,
      minDelayMs: 1, maxDelayMs: 2, onSent: (m) => sent.push(m.key), onError: (m, reason) => { throw new Error(`${m.key}: ${reason}`); },
    });
    await expect.poll(() => requests.length).toBeGreaterThanOrEqual(3);
    await traffic.stop();
    const settled = requests.length;
    await new Promise((r) => setTimeout(r, 20));
    expect(requests.length).toBe(settled);
    expect(sent.slice(0, 3)).toEqual([script[0]!.key, script[1]!.key, script[0]!.key]);
    for (const r of requests) expect(r.signature).toBe(signBody('s3cret', r.body));
    const ids = requests.map((r) => (JSON.parse(r.body) as { events: { id: string }[] }).events[0]!.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('reports a refused delivery and keeps going', async () => {
    const errors: string[] = [];
    const traffic = startTraffic({
      webhookUrl: 'http://127.0.0.1:1/x', secret: 's', runTag: 't', script: DEMO_SCRIPT.slice(0, 1),
      fetch: async () => new Response('{"code":"invalid_signature"}', { status: 401 }),
      minDelayMs: 1, maxDelayMs: 1, onSent: () => {}, onError: (_m, reason) => errors.push(reason),
    });
    await expect.poll(() => errors.length).toBeGreaterThanOrEqual(2);
    await traffic.stop();
    expect(errors[0]).toContain('HTTP 401');
  });
});
