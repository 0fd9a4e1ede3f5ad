import { describe, expect, it } from 'vitest';
import { ParleyError } from './errors.ts';
import { parseIsoDuration } from './iso-duration.ts';

describe('ISO-8601 durations', () => {
  it.each([
    ['PT6H', 6 * 3_600_000], ['PT30M', 30 * 60_000], ['P1D', 86_400_000], ['P1DT12H', 36 * 3_600_000], ['PT90S', 90_000], ['PT1H30M', 90 * 60_000],
  ])('reads %s', (text, ms) => {
    expect(parseIsoDuration(text)).toBe(ms);
  });

  it.each(['', 'P', 'PT', '6h', 'P1M', 'P1Y', 'PT-1H', 'P1DT', 'PT1.5H'])('refuses %j with validation_failed', (text) => {
    expect(() => parseIsoDuration(text)).toThrowError(ParleyError);
  });
});
