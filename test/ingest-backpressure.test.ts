// A flood is refused at the door with 503 and Retry-After, so the server's memory stays bounded
// and the network retries; nothing refused is half-stored.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.ts';
import { signBody } from '../src/channels/api/index.ts';
import { createDeliveryGate } from '../src/ingest/delivery-gate.ts';

describe('deliveries past the in-flight bound', () => {
  let t: TestServer;
  let channelId: string;
  let secret: string;

  beforeAll(async () => {
    // No place at all: every delivery meets a full gate, deterministically.
    t = await startTestServer('sqlite', { maxDeliveriesInFlight: 0 });
    const res = await t.api('/api/v1/channels', { method: 'POST', json: { network: 'api', name: 'Flooded', config: { deliveryUrl: 'http://127.0.0.1:9/x' } } });
    const channel = await res.json() as { id: string; secret: string };
    channelId = channel.id;
    secret = channel.secret;
  });
  afterAll(async () => { await t?.close(); });

  it('are refused with 503, a Retry-After and a problem body, and none of their events is stored', async () => {
    const raw = JSON.stringify({ events: [{ id: 'flood-1', from: { id: 'u1', name: 'Ana', handle: 'ana' }, text: 'hello', visibility: 'public', sentAt: '2026-11-25T10:00:00Z' }] });
    const res = await fetch(`${t.url}/webhooks/api/${channelId}`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-parley-signature': signBody(secret, raw) }, body: raw,
    });
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('2');
    expect(await res.json()).toMatchObject({ code: 'unavailable', retryAfterSeconds: 2 });
    const meta = await fetch(`${t.url}/webhooks/meta`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"object":"page","entry":[]}' });
    expect(meta.status).toBe(503);
    const list = await (await t.api('/api/v1/conversations?view=all')).json() as { items: unknown[] };
    expect(list.items).toEqual([]);
  });
});

describe('the delivery gate', () => {
  it('counts places taken and given back, and refuses only while full', () => {
    const gate = createDeliveryGate(2);
    gate.enter();
    gate.enter();
    expect(() => gate.enter()).toThrow(/retry in 2 s/);
    gate.leave();
    expect(gate.inFlight).toBe(1);
    expect(() => gate.enter()).not.toThrow();
    gate.leave();
    gate.leave();
    gate.leave();
    expect(gate.inFlight).toBe(0);
  });
});
