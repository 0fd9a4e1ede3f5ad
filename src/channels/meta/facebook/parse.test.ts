import { describe, expect, it } from 'vitest';
import { ParleyError } from '../../../domain/errors.ts';
import { readMetaDelivery } from '../delivery.ts';
import { toInboundEvents, type MetaEvent } from '../meta-event.ts';
import { toMetaJson } from '../meta-json.ts';
import { PAGE_ID, readFixture } from '../__fixtures__/index.ts';
import { parseFacebookBody, parseFacebookDelivery, parseFacebookSignals } from './parse.ts';

const now = new Date('2027-01-01T00:00:00Z');
const parse = (raw: Buffer) => parseFacebookDelivery(readMetaDelivery(raw), { ownId: PAGE_ID, now });
const messages = (events: MetaEvent[]) => events.flatMap((e) => (e.kind === 'message' ? [e.event] : []));

describe('parsing Page feed deliveries', () => {
  const { events, skipped } = parse(readFixture('feed-comments-batch.json'));
  const byId = new Map(messages(events).map((e) => [e.externalId, e]));

  it('reads every change of every batched entry, leaving reactions out', () => {
    expect([...byId.keys()]).toEqual(['122101_880001', '122101_880002', '122101_880003', '122555_990001']);
    expect(skipped).toEqual([]);
  });

  it('makes a top-level comment a public message that starts its own thread, in its author\'s words', () => {
    expect(byId.get('122101_880001')).toEqual({
      externalId: '122101_880001', direction: 'in', visibility: 'public',
      author: { externalId: '6789012345678901', handle: null, displayName: 'Анна Петрова' },
      text: 'Здравствуйте! Где мой заказ №4512? Жду уже неделю 😡', attachments: [],
      threadKey: '122101_880001', sentAt: '2026-11-24T10:00:00.000Z',
    });
  });

  it('joins a reply to its top-level comment', () => {
    expect(byId.get('122101_880002')).toMatchObject({
      text: 'Aynı sorunu yaşıyorum, siparişim hâlâ gelmedi. Çok üzgünüm 😢',
      threadKey: '122101_880001', inReplyToExternalId: '122101_880001', sentAt: '2026-11-24T10:00:02.000Z',
    });
  });

  it('marks the Page\'s own comment as direction out', () => {
    expect(byId.get('122101_880003')).toMatchObject({ direction: 'out', author: { externalId: PAGE_ID }, inReplyToExternalId: '122101_880001' });
  });

  it('takes comments on ads (dark posts, not published on the timeline) like any other, with their photo', () => {
    expect(byId.get('122555_990001')).toMatchObject({
      direction: 'in', text: 'Sveiki! Vai šī akcija ir spēkā arī Rīgā? 🙏', threadKey: '122555_990001',
      attachments: [{ type: 'image', url: 'https://scontent.xx.fbcdn.net/v/t39.30808-6/comment-photo.jpg' }],
      sentAt: '2026-11-24T10:01:00.000Z',
    });
  });

  it('keeps edits, removals and hiding for what they are', () => {
    const result = parse(readFixture('feed-edits-and-removals.json')).events;
    expect(result.map((e) => e.kind)).toEqual(['edit', 'remove', 'moderation']);
    expect(result[0]).toMatchObject({ kind: 'edit', event: { externalId: '122101_880001', text: 'Здравствуйте! Где мой заказ №4512? Уже нашла трек-номер, спасибо 🙂' } });
    expect(result[1]).toMatchObject({ kind: 'remove', event: { externalId: '122101_880002', text: '', inReplyToExternalId: '122101_880001' } });
    expect(result[2]).toEqual({ kind: 'moderation', externalId: '122555_990001', isHidden: true, at: '2026-11-24T10:09:55.000Z' });
  });

  it('reads mentions of the Page and visitor posts, and leaves the Page\'s own posts out', () => {
    const list = messages(parse(readFixture('feed-mentions-and-visitor-posts.json')).events);
    expect(list.map((e) => [e.externalId, e.text, e.threadKey])).toEqual([
      ['100045678901234_556677', 'Paldies @Parley Demo Shop par ātro piegādi! 🚚', '100045678901234_556677'],
      ['556688_771122', '[mentioned the Page in a comment]', '556688_771122'],
      [`${PAGE_ID}_123999`, 'Вы работаете в выходные?', `${PAGE_ID}_123999`],
    ]);
    expect(list[0]!.author).toEqual({ externalId: '9012345678901234', handle: null, displayName: 'Jānis Kalniņš' });
  });
});

describe('parsing Messenger deliveries', () => {
  const { events } = parse(readFixture('messenger-batch.json'));
  const find = (id: string) => messages(events).find((e) => e.externalId === id);

  it('reads a text message with its time in milliseconds', () => {
    expect(find('m_AG5Hz2Uq7tuwNEhXfYYKj8mJEM_QPpz5jdCK48PnKAjSdjfipqxqMvK8ma6AC8fplwlqLP_5cgXIbu7I3rBN0P')).toEqual({
      externalId: 'm_AG5Hz2Uq7tuwNEhXfYYKj8mJEM_QPpz5jdCK48PnKAjSdjfipqxqMvK8ma6AC8fplwlqLP_5cgXIbu7I3rBN0P',
      direction: 'in', visibility: 'private', author: { externalId: '24031234567890123', handle: null, displayName: null },
      text: 'Добрый день! Заказ №4512 не пришёл 😡', attachments: [], sentAt: '2026-11-24T10:00:01.000Z',
    });
  });

  it('reads a quick reply as the words the customer tapped', () => {
    expect(find('m_quickreply000001')?.text).toBe('Jā, lūdzu');
  });

  it('maps image, video, file, audio and location attachments, and drops a javascript: link', () => {
    expect(find('m_attachments00001')?.attachments).toEqual([
      { type: 'image', url: 'https://scontent.xx.fbcdn.net/v/t1.15752-9/parcel.jpg', name: null, mimeType: null, size: null },
      { type: 'video', url: 'https://video.xx.fbcdn.net/v/t42.3356-2/unboxing.mp4', name: null, mimeType: null, size: null },
      { type: 'file', url: 'https://cdn.fbsbx.com/v/t59.2708-21/receipt.pdf', name: null, mimeType: null, size: null },
      { type: 'audio', url: 'https://cdn.fbsbx.com/v/t59.3654-21/voice.mp4', name: null, mimeType: null, size: null },
      { type: 'location', url: 'geo:56.9496,24.1052', name: 'Pinned Location', mimeType: null, size: null },
      { type: 'other', url: null, name: 'javascript link', mimeType: null, size: null },
    ]);
  });

  it('reads a postback as the title of the button', () => {
    expect(find('m_postback0000001')?.text).toBe('İade talebi');
  });

  it('recognises the echo of Parley\'s own send and keeps an echo typed elsewhere as direction out', () => {
    expect(events).toContainEqual({ kind: 'own-echo', externalId: 'm_ourOwnSend000001' });
    expect(find('m_ourOwnSend000001')).toBeUndefined();
    expect(find('m_typedInInbox0001')).toMatchObject({
      direction: 'out', author: { externalId: PAGE_ID }, recipient: { externalId: '24031234567890123' }, text: 'Sent from Meta Business Suite ✅',
    });
  });

  it('reads delivery (no timestamp: the watermark is the time) and read receipts', () => {
    const receipts = events.filter((e) => e.kind === 'receipt');
    expect(receipts).toEqual([
      { kind: 'receipt', status: 'delivered', customerExternalId: '24031234567890123', messageExternalIds: ['m_ourOwnSend000001'], watermark: '2026-11-24T10:00:05.500Z' },
      { kind: 'receipt', status: 'read', customerExternalId: '24031234567890123', messageExternalIds: [], watermark: '2026-11-24T10:00:06.500Z' },
    ]);
  });

  it('shows a reaction as text, answering the message reacted to', () => {
    const reaction = messages(events).find((e) => e.text.startsWith('[reacted'));
    expect(reaction).toMatchObject({ text: '[reacted ❤️]', inReplyToExternalId: 'm_ourOwnSend000001', direction: 'in' });
  });

  it('reads a message edit and a reply to an earlier message', () => {
    expect(events.find((e) => e.kind === 'edit')).toMatchObject({ event: { text: 'Добрый день! Заказ №4512 пришёл, спасибо!' } });
    expect(find('m_replyto00000001')).toMatchObject({ inReplyToExternalId: 'm_ourOwnSend000001' });
  });

  it('reads standby[] messages (a thread another app controls) too', () => {
    expect(find('m_standby00000001')?.author.externalId).toBe('24039876543210987');
  });
});

describe('what a facebook delivery becomes for ingest', () => {
  it('turns an edit and a removal into change events on the original comment', () => {
    const events = toInboundEvents(parse(readFixture('feed-edits-and-removals.json')).events);
    expect(events.map((e) => [e.externalId, e.change, e.text === ''])).toEqual([
      ['122101_880001', 'edit', false],
      ['122101_880002', 'remove', true],
    ]);
    expect(toInboundEvents(parse(readFixture('feed-edits-and-removals.json')).events)).toEqual(events);
  });

  it('drops receipts and Parley\'s own echoes', () => {
    const events = toInboundEvents(parse(readFixture('messenger-batch.json')).events);
    expect(events.map((e) => e.externalId)).not.toContain('m_ourOwnSend000001');
    // 12 items: text, quick reply, attachments, postback, two echoes, delivery, read, reaction, edit, reply, standby.
    expect(events).toHaveLength(9);
  });
});

describe('refusing what is not this channel\'s', () => {
  it('leaves out entries for another Page of the same app', () => {
    const raw = Buffer.from(toMetaJson({ object: 'page', entry: [{ id: '999', time: 1, messaging: [{ sender: { id: '1' }, recipient: { id: '999' }, timestamp: 1, message: { mid: 'm_x', text: 'hi' } }] }] }));
    const result = parse(raw);
    expect(result.events).toEqual([]);
    expect(result.skipped).toEqual(['entry for Page 999, not this channel\'s Page']);
  });

  it.each([
    ['an Instagram delivery', { object: 'instagram', entry: [] }, 'validation_failed'],
    ['no entry array', { object: 'page' }, 'validation_failed'],
    ['not JSON', '{"object":', 'bad_request'],
  ])('refuses %s with a 400', (_name, body, code) => {
    const raw = Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
    try {
      parse(raw);
      expect.unreachable();
    } catch (error) {
      expect((error as ParleyError).code).toBe(code);
    }
  });

  it('skips a malformed item and keeps the rest of the batch', () => {
    const raw = Buffer.from(JSON.stringify({ object: 'page', entry: [{ id: PAGE_ID, time: 1, changes: [{ field: 'feed', value: { item: 'comment' } }, { field: 'feed', value: { item: 'comment', verb: 'add', comment_id: '1_2', post_id: `${PAGE_ID}_1`, from: { id: '5' }, message: 'ok', created_time: 1795514400 } }], messaging: [{ sender: 'nope' }] }] }));
    const result = parse(raw);
    expect(messages(result.events).map((e) => e.text)).toEqual(['ok']);
    expect(result.skipped).toHaveLength(2);
  });
});

describe('receipts as delivery signals', () => {
  it('gives message_deliveries (mids and watermark) and message_reads (watermark) as signals for the customer', () => {
    expect(parseFacebookSignals(readFixture('messenger-batch.json'), PAGE_ID, now)).toEqual([
      { kind: 'delivery', status: 'delivered', customerExternalId: '24031234567890123', messageExternalIds: ['m_ourOwnSend000001'], watermark: '2026-11-24T10:00:05.500Z', at: '2026-11-24T10:00:05.500Z' },
      { kind: 'delivery', status: 'read', customerExternalId: '24031234567890123', messageExternalIds: [], watermark: '2026-11-24T10:00:06.500Z', at: '2026-11-24T10:00:06.500Z' },
    ]);
  });

  it('takes a delivery of receipts alone as no messages and some signals, and a delivery without receipts as none', () => {
    const receiptsOnly = Buffer.from(toMetaJson({ object: 'page', entry: [{ id: PAGE_ID, time: 1795514409000, messaging: [
      { sender: { id: '24031234567890123' }, recipient: { id: PAGE_ID }, delivery: { watermark: 1795514405500 } },
      { sender: { id: '24031234567890123' }, recipient: { id: PAGE_ID }, timestamp: 1795514407000, read: { watermark: 1795514406500 } },
    ] }] }));
    expect(parseFacebookBody(receiptsOnly, PAGE_ID, now)).toEqual([]);
    expect(parseFacebookSignals(receiptsOnly, PAGE_ID, now).map((s) => [s.status, s.messageExternalIds, s.watermark])).toEqual([
      ['delivered', [], '2026-11-24T10:00:05.500Z'],
      ['read', [], '2026-11-24T10:00:06.500Z'],
    ]);
    expect(parseFacebookSignals(readFixture('feed-comments-batch.json'), PAGE_ID, now)).toEqual([]);
  });

  it('takes no receipt for another Page of the same app', () => {
    const other = Buffer.from(toMetaJson({ object: 'page', entry: [{ id: '999', time: 1, messaging: [{ sender: { id: '1' }, recipient: { id: '999' }, delivery: { watermark: 1795514405500 } }] }] }));
    expect(parseFacebookSignals(other, PAGE_ID, now)).toEqual([]);
  });
});
