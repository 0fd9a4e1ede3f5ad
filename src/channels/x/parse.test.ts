import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ParleyError } from '../../domain/errors.ts';
import { parseAccountActivity } from './parse.ts';
import { mintSnowflake, timeOfSnowflake } from './snowflake.ts';

const BRAND = { userId: '1498765432109876543', handle: 'NordaAir' };
const NOW = new Date('2026-09-14T12:00:00Z');

const fixture = (name: string) => fs.readFileSync(new URL(`./__fixtures__/${name}.json`, import.meta.url));
const parse = (name: string) => parseAccountActivity(fixture(name), BRAND, NOW);
const parseBody = (body: unknown) => parseAccountActivity(Buffer.from(JSON.stringify(body)), BRAND, NOW);

function errorOf(run: () => unknown): ParleyError {
  try {
    run();
  } catch (error) {
    if (error instanceof ParleyError) return error;
    throw error;
  }
  throw new Error('expected a ParleyError');
}

describe('parsing Account Activity deliveries', () => {
  it('reads a mention as an inbound public post with its author, text and time', () => {
    const [event, ...rest] = parse('mention');
    expect(rest).toHaveLength(0);
    expect(event).toEqual({
      externalId: '1967412345678901234',
      direction: 'in',
      visibility: 'public',
      author: { externalId: '1205290247124217856', handle: 'anna_petrova', displayName: 'Анна Петрова', followers: 212 },
      text: '@NordaAir мой багаж не прилетел в Ригу, рейс NA 214. Что делать? & кто ответит?',
      attachments: [],
      inReplyToExternalId: undefined,
      threadKey: undefined,
      sentAt: new Date(1789373532418).toISOString(),
    });
  });

  it('keeps ids above 2^53 exactly, reading id_str and never the rounded numeric id', () => {
    const raw = fixture('mention').toString('utf8');
    const id = '1967412345678901234';
    expect(String(Number(id))).not.toBe(id);
    expect(raw).toContain(`"id": ${id}`);
    const [event] = parse('mention');
    expect(event!.externalId).toBe(id);
    expect(event!.author.externalId).toBe('1205290247124217856');
    const [dm] = parse('dm-incoming');
    expect(dm!.externalId).toBe('1967451122334455667');
  });

  it('reads the whole text of a post over 140 characters from extended_tweet, links expanded', () => {
    const [event] = parse('mention-extended');
    expect(event!.text).toBe('@NordaAir Sveiki! Mans lidojums no Rīgas uz Londonu tika atcelts, un lietotnē nevaru pārrezervēt biļeti. Jau divas stundas gaidu uz līnijas. Lūdzu, palīdziet — rezervācijas kods ABC123. Sīkāk: https://help.example.com/cases/4411');
    expect(event!.text).not.toContain('t.co');
    expect(event!.author.displayName).toBe('Jānis Bērziņš');
  });

  it('names the parent of a reply, lists its photo, and drops the photo link from the text', () => {
    const [event] = parse('reply-to-brand');
    expect(event!.inReplyToExternalId).toBe('1967415001234567168');
    expect(event!.text).toBe('@NordaAir Вот фото бирки. Номер RIX 482913');
    expect(event!.attachments).toEqual([
      { type: 'image', url: 'https://pbs.twimg.com/media/GXbag1XWgAAtag.jpg', name: null, mimeType: null, size: null },
    ]);
  });

  it('gives each customer answering a brand post its own thread, while a known parent still wins in ingest', () => {
    const [event] = parse('reply-to-brand');
    expect(event!.threadKey).toBe('1967415001234567168/1205290247124217856');
  });

  it('reads a quote post as a new public post of its author', () => {
    const [event] = parse('quote');
    expect(event).toMatchObject({
      externalId: '1967443301122334720', direction: 'in', visibility: 'public',
      author: { externalId: '1344556677889900032', handle: 'elifyilmaz', displayName: 'Elif Yılmaz' },
      inReplyToExternalId: undefined, threadKey: undefined,
    });
    expect(event!.text).toBe('Bu indirim sadece yeni müşteriler için mi? Ben 5 yıldır sizinle uçuyorum 🙄 https://twitter.com/NordaAir/status/1967100000000000000');
  });

  it("records the brand's own reply made outside Parley as outbound to the customer it answers", () => {
    const [event] = parse('brand-reply');
    expect(event).toMatchObject({
      externalId: '1967415001234567168', direction: 'out', visibility: 'public',
      author: { externalId: BRAND.userId, handle: 'NordaAir' },
      recipient: { externalId: '1205290247124217856', handle: 'anna_petrova' },
      inReplyToExternalId: '1967412345678901234',
    });
  });

  it("opens no conversation for the brand's broadcasts or for reposts", () => {
    expect(parse('brand-broadcast')).toEqual([]);
  });

  it('reads a DM with the names from the users map, as a private inbound message', () => {
    const [event] = parse('dm-incoming');
    expect(event).toEqual({
      externalId: '1967451122334455667',
      direction: 'in',
      visibility: 'private',
      author: { externalId: '1622334455667788990', handle: 'marko_jov', displayName: 'Марко Јовановић', followers: 88 },
      text: 'Здраво, платио сам картицом два пута за исту карту. Број резервације је QX7P2L, погледајте https://bank.example.rs/izvod/77',
      attachments: [],
      sentAt: new Date(1789382764925).toISOString(),
    });
  });

  it("records the brand's own DM as outbound, addressed to the customer", () => {
    const [event] = parse('dm-outgoing');
    expect(event).toMatchObject({
      externalId: '1967452233445566778', direction: 'out', visibility: 'private',
      author: { externalId: BRAND.userId, handle: 'NordaAir', displayName: 'Norda Air' },
      recipient: { externalId: '1622334455667788990', handle: 'marko_jov', displayName: 'Марко Јовановић' },
    });
  });

  it('accepts likes, follows and deletes as valid deliveries that open no conversation', () => {
    expect(parse('favorite')).toEqual([]);
    expect(parse('follow')).toEqual([]);
    expect(parse('tweet-delete')).toEqual([]);
  });

  it('takes timestamp_ms as a string or a number, and falls back to created_at and then to the id', () => {
    const tweet = JSON.parse(fixture('mention').toString('utf8')) as { tweet_create_events: Record<string, unknown>[] };
    const post = tweet.tweet_create_events[0]!;
    const as = (patch: Record<string, unknown>) => parseBody({ ...tweet, tweet_create_events: [{ ...post, ...patch }] })[0]!.sentAt;
    expect(as({ timestamp_ms: 1789373532418 })).toBe('2026-09-14T08:12:12.418Z');
    expect(as({ timestamp_ms: undefined })).toBe('2026-09-14T08:12:12.000Z');
    const id = mintSnowflake(new Date('2026-09-01T00:00:00Z'));
    expect(as({ timestamp_ms: undefined, created_at: undefined, id_str: id })).toBe('2026-09-01T00:00:00.000Z');
    expect(as({ timestamp_ms: undefined, created_at: 'not a date', id_str: '12' })).toBe(NOW.toISOString());
  });

  it('accepts booleans sent as strings', () => {
    const body = JSON.parse(fixture('mention-extended').toString('utf8')) as { tweet_create_events: Record<string, unknown>[] };
    body.tweet_create_events[0]!.truncated = 'true';
    const [event] = parseBody({ ...body, user_has_blocked: 'true' });
    expect(event!.text).toContain('rezervācijas kods ABC123');
  });

  it('refuses a body that is not an Account Activity delivery with a clear 400', () => {
    expect(errorOf(() => parseAccountActivity(Buffer.from('{"for_user_id":'), BRAND)).code).toBe('bad_request');
    expect(errorOf(() => parseBody([1, 2])).code).toBe('bad_request');
    const unknown = errorOf(() => parseBody({ for_user_id: BRAND.userId, something_else: [] }));
    expect(unknown.status).toBe(400);
    expect(unknown.message).toContain('tweet_create_events');
  });

  it('refuses a delivery whose events lack what X always sends', () => {
    const missingUser = errorOf(() => parseBody({ for_user_id: BRAND.userId, tweet_create_events: [{ id_str: '1', text: 'hi' }] }));
    expect(missingUser.code).toBe('validation_failed');
    const numericId = errorOf(() => parseBody({ for_user_id: BRAND.userId, tweet_create_events: [{ id_str: 1967412345678901234, text: 'x', user: { id_str: '1' } }] }));
    expect(numericId.code).toBe('validation_failed');
  });

  it('refuses a delivery addressed to another subscribed account', () => {
    const other = errorOf(() => parseAccountActivity(fixture('mention'), { userId: '42', handle: 'other' }));
    expect(other.code).toBe('bad_request');
    expect(other.message).toContain('1498765432109876543');
  });
});

describe('snowflake ids', () => {
  it('decode to the time they were minted, and mint above 2^53', () => {
    const at = new Date('2026-09-14T08:12:12.418Z');
    const id = mintSnowflake(at);
    expect(BigInt(id) > 2n ** 53n).toBe(true);
    expect(timeOfSnowflake(id)?.toISOString()).toBe(at.toISOString());
    expect(timeOfSnowflake('2975699229')).toBeNull();
  });
});
