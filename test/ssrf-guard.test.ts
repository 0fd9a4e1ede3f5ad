// Deliveries to addresses on Parley's own network are refused unless an admin allows them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.ts';
import { startApiReceiver, type ApiReceiver } from '../src/channels/api/emulator.ts';
import { signBody } from '../src/channels/api/index.ts';
import { connectStream } from './support/stream-client.ts';

describe('the SSRF guard on outbound deliveries', () => {
  let t: TestServer;
  let receiver: ApiReceiver;
  beforeAll(async () => {
    t = await startTestServer('sqlite', { env: { PARLEY_ALLOW_PRIVATE_NETWORK: 'false' } });
    receiver = await startApiReceiver();
  });
  afterAll(async () => {
    await receiver?.close();
    await t?.close();
  });

  it('ends a reply to a loopback deliveryUrl as failed, saying why, without calling it', async () => {
    const channel = await (await t.api('/api/v1/channels', { method: 'POST', json: { network: 'api', name: 'Local', config: { deliveryUrl: receiver.url } } })).json() as { id: string; secret: string };
    const raw = JSON.stringify({ events: [{ id: 's-1', from: { id: 'c' }, text: 'hi' }] });
    await fetch(`${t.url}/webhooks/api/${channel.id}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-parley-signature': signBody(channel.secret, raw) }, body: raw });
    const list = await (await t.api('/api/v1/conversations')).json() as { items: { id: string }[] };
    const stream = await connectStream(t.url, { authorization: `Bearer ${t.token}` });
    try {
      const { message } = await (await t.api(`/api/v1/conversations/${list.items[0]!.id}/replies`, { method: 'POST', json: { text: 'hello' } })).json() as { message: { id: string } };
      const failed = await stream.waitFor((e) => e.type === 'message.updated' && e.data.id === message.id && e.data.deliveryStatus === 'failed');
      expect(String(failed.data.deliveryError)).toMatch(/private or local address/);
      expect(receiver.requests).toHaveLength(0);
    } finally {
      stream.close();
    }
  });
});
