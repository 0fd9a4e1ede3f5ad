// Files on replies through the HTTP API: checked uploads, signed links the receiver can fetch,
// one reply per upload, and networks that cannot carry files saying so before anything is queued.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.ts';
import { signBody } from '../src/channels/api/index.ts';
import { startApiReceiver, type ApiReceiver } from '../src/channels/api/emulator.ts';
import { DIALECTS } from './support/stores.ts';
import { MAX_UPLOAD_BYTES } from '../src/domain/upload-kinds.ts';

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('rest of a tiny picture')]);
interface Uploaded { id: string; name: string; mimeType: string; type: string; size: number; url: string }
interface Delivered { text: string; attachments: { type: string; url: string; name: string; mimeType: string; size: number }[] }

describe.each(DIALECTS)('attachments on %s', (dialect) => {
  let t: TestServer;
  let receiver: ApiReceiver;
  let conversationId: string;

  const upload = (bytes: Buffer, type: string, name = 'photo.png') =>
    t.api(`/api/v1/uploads?name=${encodeURIComponent(name)}`, { method: 'POST', headers: { 'content-type': type }, body: new Uint8Array(bytes) });
  const reply = (json: Record<string, unknown>) => t.api(`/api/v1/conversations/${conversationId}/replies`, { method: 'POST', json });

  beforeAll(async () => {
    receiver = await startApiReceiver();
    t = await startTestServer(dialect, { outboxBackoffMs: () => 50 });
    const channel = await (await t.api('/api/v1/channels', { method: 'POST', json: { network: 'api', name: 'shop', config: { deliveryUrl: receiver.url } } })).json() as { id: string; secret: string };
    receiver.setSecret(channel.secret);
    const raw = JSON.stringify({ events: [{ id: 'att-1', from: { id: 'cust-1', name: 'Cleo' }, text: 'The box arrived broken', visibility: 'private' }] });
    expect((await fetch(`${t.url}/webhooks/api/${channel.id}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-parley-signature': signBody(channel.secret, raw) }, body: raw })).status).toBe(200);
    conversationId = ((await (await t.api('/api/v1/conversations')).json()) as { items: { id: string }[] }).items[0]!.id;
  });
  afterAll(async () => { await t?.close(); await receiver?.close(); });

  it('stores an upload and serves it from its signed link only, as inert content', async () => {
    const res = await upload(PNG, 'image/png', '../../label ✓.png');
    expect(res.status).toBe(201);
    const file = await res.json() as Uploaded;
    expect(file).toMatchObject({ name: 'label ✓.png', mimeType: 'image/png', type: 'image', size: PNG.length });
    const served = await fetch(file.url);
    expect(served.status).toBe(200);
    expect(Buffer.from(await served.arrayBuffer())).toEqual(PNG);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(served.headers.get('content-security-policy')).toContain('sandbox');
    const unsigned = new URL(file.url);
    unsigned.searchParams.set('sig', 'A'.repeat(43));
    expect((await fetch(unsigned)).status).toBe(404);
    unsigned.searchParams.delete('sig');
    expect((await fetch(unsigned)).status).toBe(404);
  });

  it('refuses files that are not what they claim, types that could run script, and oversized ones', async () => {
    const html = await upload(Buffer.from('<html><script>alert(document.cookie)</script></html>'), 'image/png');
    expect(html.status).toBe(415);
    expect(((await html.json()) as { detail: string }).detail).toContain('does not look like image/png');
    expect((await upload(Buffer.from('<svg onload="alert(1)"/>'), 'image/svg+xml', 'x.svg')).status).toBe(415);
    expect((await upload(Buffer.from('<p>hi</p>'), 'text/html', 'x.html')).status).toBe(415);
    const big = Buffer.concat([PNG, Buffer.alloc(MAX_UPLOAD_BYTES)]);
    const tooBig = await upload(big, 'image/png');
    expect(tooBig.status).toBe(413);
    expect(tooBig.headers.get('content-type')).toContain('application/problem+json');
  });

  it('sends the files with the reply as links the receiver can fetch, and sends each upload once', async () => {
    const photo = await (await upload(PNG, 'image/png', 'damage.png')).json() as Uploaded;
    const note = await (await upload(Buffer.from('Return label: RMA-2231\n'), 'text/plain', 'label.txt')).json() as Uploaded;
    const res = await reply({ text: 'Sorry about that, Cleo. Here is your return label.', attachmentIds: [photo.id, note.id] });
    expect(res.status, await res.clone().text()).toBe(201);
    const [delivery] = await receiver.waitFor(1);
    const body = delivery!.body as unknown as Delivered;
    expect(body.attachments.map((a) => [a.name, a.mimeType, a.type])).toEqual([['damage.png', 'image/png', 'image'], ['label.txt', 'text/plain', 'file']]);
    const label = await fetch(body.attachments[1]!.url);
    expect(await label.text()).toBe('Return label: RMA-2231\n');
    expect(label.headers.get('content-disposition')).toMatch(/^attachment;/);
    // The conversation shows what was sent.
    const detail = await (await t.api(`/api/v1/conversations/${conversationId}`)).json() as { messages: { direction: string; attachments: { name: string }[] }[] };
    expect(detail.messages.find((m) => m.direction === 'out')!.attachments.map((a) => a.name)).toEqual(['damage.png', 'label.txt']);

    const again = await reply({ text: 'And once more', attachmentIds: [photo.id] });
    expect(again.status).toBe(400);
    expect(((await again.json()) as { detail: string }).detail).toContain('already sent');
  });

  it('sends a file with no text, but not a reply with neither', async () => {
    const photo = await (await upload(PNG, 'image/png', 'only.png')).json() as Uploaded;
    expect((await reply({ attachmentIds: [photo.id] })).status).toBe(201);
    expect((await reply({ text: '   ' })).status).toBe(400);
  });

  it("keeps one workspace's uploads out of another's replies", async () => {
    const other = await startTestServer(dialect);
    try {
      const foreign = await (await other.api('/api/v1/uploads?name=a.png', { method: 'POST', headers: { 'content-type': 'image/png' }, body: new Uint8Array(PNG) })).json() as Uploaded;
      const res = await reply({ text: 'with a file from elsewhere', attachmentIds: [foreign.id] });
      expect(res.status).toBe(400);
    } finally {
      await other.close();
    }
  });
});
