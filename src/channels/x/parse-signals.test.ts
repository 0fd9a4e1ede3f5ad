import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseActivitySignals } from './parse-signals.ts';
import { parseAccountActivity } from './parse.ts';

const BRAND = { userId: '1498765432109876543', handle: 'NordaAir' };
const NOW = new Date('2026-09-14T12:00:00Z');
const fixture = (name: string) => fs.readFileSync(new URL(`./__fixtures__/${name}.json`, import.meta.url));
const signalsOf = (name: string) => parseActivitySignals(fixture(name), BRAND, NOW);

describe('reading likes and follows from Account Activity deliveries', () => {
  it('reads a customer\'s like of a brand post, its time from the numeric timestamp_ms, and opens no conversation', () => {
    expect(signalsOf('favorite')).toEqual([{
      kind: 'contact_activity', activity: 'favorite', externalId: 'favorite:306365f99a761d92af4753775e89f7a4',
      author: { externalId: '1205290247124217856', handle: 'anna_petrova', displayName: 'Анна Петрова' },
      subjectExternalId: '1967393600000000000', at: '2026-09-14T11:49:59.643Z',
    }]);
    expect(parseAccountActivity(fixture('favorite'), BRAND, NOW)).toEqual([]);
  });

  it('reads a follow of the brand, its time from the string created_timestamp, keyed by who and when', () => {
    expect(signalsOf('follow')).toEqual([{
      kind: 'contact_activity', activity: 'follow', externalId: 'follow:1588123456789012480:1789386630171',
      author: { externalId: '1588123456789012480', handle: 'janis_b', displayName: 'Jānis Bērziņš' },
      subjectExternalId: null, at: '2026-09-14T11:50:30.171Z',
    }]);
    expect(signalsOf('unfollow')).toMatchObject([{ activity: 'unfollow', externalId: 'unfollow:1588123456789012480:1789391400000' }]);
  });

  it('ignores the brand\'s own likes and follows', () => {
    expect(signalsOf('favorite-by-brand')).toEqual([]);
    expect(signalsOf('follow-by-brand')).toEqual([]);
  });

  it('gives the same signals for a redelivery, and reads no signals from posts and DMs', () => {
    expect(signalsOf('favorite')).toEqual(signalsOf('favorite'));
    for (const name of ['mention', 'dm-incoming', 'brand-reply', 'tweet-delete']) expect(signalsOf(name)).toEqual([]);
  });

  it('skips an odd item but keeps the rest, and reads nothing meant for another account', () => {
    const body = JSON.parse(fixture('favorite').toString('utf8')) as { favorite_events: Record<string, unknown>[] };
    const broken = { ...body, favorite_events: [{ ...body.favorite_events[0], user: { id: 5 } }, body.favorite_events[0]] };
    expect(parseActivitySignals(Buffer.from(JSON.stringify(broken)), BRAND, NOW)).toHaveLength(1);
    expect(parseActivitySignals(fixture('favorite'), { userId: '42', handle: 'other' }, NOW)).toEqual([]);
    const numericId = { ...body, favorite_events: [{ ...body.favorite_events[0], user: { id_str: 1205290247124217856 } }] };
    expect(parseActivitySignals(Buffer.from(JSON.stringify(numericId)), BRAND, NOW)).toEqual([]);
  });

  it('never throws on random JSON', () => {
    const anyJson = fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v));
    const shaped = fc.record({
      for_user_id: fc.constantFrom(BRAND.userId, '1', 7),
      favorite_events: fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 3 }),
      follow_events: fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 3 }),
    }).map((v) => JSON.stringify(v));
    fc.assert(fc.property(fc.oneof(anyJson, shaped), (input) => {
      const out = parseActivitySignals(Buffer.from(input), BRAND, NOW);
      return Array.isArray(out);
    }), { numRuns: 500 });
  });
});
