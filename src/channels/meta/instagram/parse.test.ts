import { describe, expect, it } from 'vitest';
import { readMetaDelivery } from '../delivery.ts';
import { toInboundEvents, type MetaEvent } from '../meta-event.ts';
import { IG_USER_ID, readFixture } from '../__fixtures__/index.ts';
import { parseInstagramBody, parseInstagramDelivery, parseInstagramSignals } from './parse.ts';
import { UNKNOWN_MENTION_AUTHOR } from './parse-changes.ts';

const now = new Date('2027-01-01T00:00:00Z');
const parse = (name: string) => parseInstagramDelivery(readMetaDelivery(readFixture(name)), { ownId: IG_USER_ID, now });
const messages = (events: MetaEvent[]) => events.flatMap((e) => (e.kind === 'message' ? [e.event] : []));

describe('parsing Instagram comment deliveries', () => {
  const list = messages(parse('instagram-comments.json').events);
  const find = (id: string) => list.find((e) => e.externalId === id);

  it('reads a comment on media as a public message with the commenter\'s username, timed by the entry (seconds)', () => {
    expect(find('17870913679156914')).toEqual({
      externalId: '17870913679156914', direction: 'in', visibility: 'public',
      author: { externalId: '17841400000000101', handle: 'mehmet.ozturk', displayName: null },
      text: 'Kargom nerede? Üç gündür bekliyorum 😤', attachments: [], threadKey: '17870913679156914',
      sentAt: '2026-11-24T10:00:30.000Z',
    });
  });

  it('joins a reply to its parent comment', () => {
    expect(find('17873440459141021')).toMatchObject({ text: 'У меня то же самое 😢', threadKey: '17870913679156914', inReplyToExternalId: '17870913679156914' });
  });

  it('reads comments on ads and live comments', () => {
    expect(find('17874444444444444')?.text).toBe('Vai ir arī zaļā krāsā? 💚');
    expect(find('17875555555555555')?.text).toBe('Merhaba! 👋');
  });

  it('files @mentions in comments and captions under a thread that remembers the media', () => {
    expect(find('17876666666666666')).toMatchObject({ threadKey: 'mention:17911111111111111:17876666666666666', author: UNKNOWN_MENTION_AUTHOR });
    expect(find('17922222222222222')).toMatchObject({ threadKey: 'mention:17922222222222222', text: '[mentioned you in the caption of media 17922222222222222]' });
  });
});

describe('parsing Instagram DM deliveries', () => {
  const { events } = parse('instagram-messaging.json');
  const list = messages(events);
  const find = (id: string) => list.find((e) => e.externalId.startsWith(id));

  it('reads a DM as a private message in milliseconds', () => {
    expect(list[0]).toMatchObject({ direction: 'in', visibility: 'private', text: 'Здравствуйте! Можно вернуть куртку? 🧥', sentAt: '2026-11-24T10:00:01.000Z', author: { externalId: '1254459154682919' } });
  });

  it('shows a story reply with the story kept as an attachment', () => {
    expect(find('ig_story_reply_0001')).toMatchObject({
      text: '[story reply] Bu ceket hangi bedenlerde var?',
      attachments: [{ type: 'other', name: 'story', url: 'https://lookaside.fbsbx.com/ig_messaging_cdn/?asset_id=17999&signature=abc' }],
    });
  });

  it('shows a story mention, reactions and an unsupported message sensibly', () => {
    expect(find('ig_story_mention_01')?.text).toBe('[mentioned you in their story]');
    expect(list.filter((e) => e.externalId.startsWith('reaction:')).map((e) => e.text)).toEqual(['[reacted ❤️]', '[removed a reaction]']);
    expect(find('ig_unsupported_001')?.text).toBe('[a message type this channel cannot show]');
  });

  it('takes an echo (inside messages on Instagram) as the account\'s own message to the customer', () => {
    expect(find('ig_our_reply_00001')).toMatchObject({ direction: 'out', recipient: { externalId: '1254459154682919' }, text: 'Paldies! Atbildēsim drīz.' });
  });

  it('reads messaging_seen (read.mid) and a deleted message', () => {
    expect(events).toContainEqual({ kind: 'receipt', status: 'read', customerExternalId: '1254459154682919', messageExternalIds: ['ig_our_reply_00001'], watermark: '2026-11-24T10:00:06.000Z' });
    expect(events.find((e) => e.kind === 'remove')).toMatchObject({ event: { externalId: 'ig_deleted_0000001' } });
  });

  it('keeps a shared reel as a titled attachment', () => {
    expect(find('ig_share_00000001')?.attachments).toEqual([{ type: 'other', url: 'https://lookaside.fbsbx.com/ig_messaging_cdn/?asset_id=18001', name: 'Ziemas kolekcija ❄️', mimeType: null, size: null }]);
  });
});

describe('the shapes Meta documents for Instagram Login', () => {
  it('reads field/value printed straight under the entry, and a DM whose entry time is in seconds', () => {
    const list = toInboundEvents(parse('instagram-login-shapes.json').events);
    expect(list.map((e) => [e.externalId, e.visibility, e.text, e.sentAt])).toEqual([
      ['17877777777777777', 'public', 'Спасибо за быстрый ответ! 🙌', '2026-11-24T10:00:40.000Z'],
      ['ig_login_dm_000001', 'private', 'Labdien! Kur ir mans pasūtījums?', '2026-11-24T10:00:41.000Z'],
    ]);
  });

  it('refuses a Page delivery sent to an Instagram channel', () => {
    expect(() => parseInstagramDelivery(readMetaDelivery(readFixture('messenger-batch.json')), { ownId: IG_USER_ID, now })).toThrow(/takes "instagram" deliveries/);
  });
});

describe('Instagram receipts as delivery signals', () => {
  it('gives messaging_seen (read.mid) as a read signal for that message, timed by the item', () => {
    expect(parseInstagramSignals(readFixture('instagram-messaging.json'), IG_USER_ID, now)).toEqual([
      { kind: 'delivery', status: 'read', customerExternalId: '1254459154682919', messageExternalIds: ['ig_our_reply_00001'], watermark: '2026-11-24T10:00:06.000Z', at: '2026-11-24T10:00:06.000Z' },
    ]);
  });

  it('makes no message of a seen receipt', () => {
    // The seen item is the only one timed 10:00:06; nothing ingest stores comes from it.
    const events = parseInstagramBody(readFixture('instagram-messaging.json'), IG_USER_ID, now);
    expect(events.length).toBeGreaterThan(0);
    expect(events.filter((e) => e.sentAt === '2026-11-24T10:00:06.000Z')).toEqual([]);
    expect(parseInstagramSignals(readFixture('instagram-comments.json'), IG_USER_ID, now)).toEqual([]);
  });
});
