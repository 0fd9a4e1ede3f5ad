import { afterEach, describe, expect, it } from 'vitest';
import { signBody } from '../../channels/api/index.ts';
import { startDeliveryReceiver, type DeliveredReply, type Receiver } from './receiver.ts';

describe('the demo delivery receiver', () => {
  let receiver: Receiver | undefined;
  afterEach(async () => { await receiver?.close(); receiver = undefined; });

  async function start(secret: string | undefined) {
    const replies: DeliveredReply[] = [];
    const rejected: string[] = [];
    receiver = await startDeliveryReceiver({ secret: () => secret, onReply: (r) => replies.push(r), onRejected: (r) => rejected.push(r) });
    return { receiver, replies, rejected };
  }

  const delivery = JSON.stringify({ id: 'msg_1', text: 'Здравствуйте! Мы уже проверяем 🙏', visibility: 'private', to: { id: 'u1', handle: 'olga' } });
  const post = (url: string, body: string, headers: Record<string, string>) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  it('accepts a signed delivery, answers with an id and repeats it for the same Idempotency-Key', async () => {
    const { receiver, replies } = await start('secret-1');
    const headers = { 'x-parley-signature': signBody('secret-1', delivery), 'idempotency-key': 'out_1' };
    const first = await post(receiver.url, delivery, headers);
    const again = await post(receiver.url, delivery, headers);
    expect(first.status).toBe(200);
    const id = ((await first.json()) as { id: string }).id;
    expect(((await again.json()) as { id: string }).id).toBe(id);
    expect(replies).toEqual([
      { externalId: id, isRepeat: false, to: 'olga', text: 'Здравствуйте! Мы уже проверяем 🙏', visibility: 'private' },
      { externalId: id, isRepeat: true, to: 'olga', text: 'Здравствуйте! Мы уже проверяем 🙏', visibility: 'private' },
    ]);
  });

  it('refuses a delivery with a wrong or missing signature', async () => {
    const { receiver, replies, rejected } = await start('secret-1');
    expect((await post(receiver.url, delivery, { 'x-parley-signature': signBody('other', delivery) })).status).toBe(401);
    expect((await post(receiver.url, delivery, {})).status).toBe(401);
    expect(replies).toEqual([]);
    expect(rejected).toHaveLength(2);
  });

  it('refuses everything until it knows the secret', async () => {
    const { receiver } = await start(undefined);
    expect((await post(receiver.url, delivery, { 'x-parley-signature': signBody('', delivery) })).status).toBe(401);
  });
});
