import { describe, expect, it } from 'vitest';
import { firstTime, metaTimeToIso } from './time.ts';

describe('Meta time normalisation', () => {
  it('reads seconds (changes[]) and milliseconds (messaging[]) as the same instant', () => {
    expect(metaTimeToIso(1795514400)).toBe('2026-11-24T10:00:00.000Z');
    expect(metaTimeToIso(1795514400123)).toBe('2026-11-24T10:00:00.123Z');
  });

  it('reads numeric strings, like the postback sample\'s "timestamp":"1527459824"', () => {
    expect(metaTimeToIso('1527459824')).toBe('2018-05-27T22:23:44.000Z');
  });

  it('reads Graph dates with a colon-less offset', () => {
    expect(metaTimeToIso('2025-03-22T18:20:04+0000')).toBe('2025-03-22T18:20:04.000Z');
    expect(metaTimeToIso('2025-03-22T20:20:04+0200')).toBe('2025-03-22T18:20:04.000Z');
  });

  it.each([[null], [undefined], [-5], [0], ['yesterday'], [Number.NaN], [{}], ['9'.repeat(60)]])('gives nothing for %s', (value) => {
    expect(metaTimeToIso(value)).toBeUndefined();
  });

  it('falls back through candidates to now', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    expect(firstTime(now, undefined, 'bad', 1795514400)).toBe('2026-11-24T10:00:00.000Z');
    expect(firstTime(now)).toBe('2026-01-01T00:00:00.000Z');
  });
});
