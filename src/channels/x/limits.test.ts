import { describe, expect, it } from 'vitest';
import { MAX_POST_WEIGHT, weightedLength, xLimits } from './limits.ts';

describe("X's weighted length", () => {
  it('counts Latin, Cyrillic, Turkish and Latvian letters as 1', () => {
    expect(weightedLength('Where is my bag?')).toBe(16);
    expect(weightedLength('Где мой багаж?')).toBe(14);
    expect(weightedLength('Bavulum nerede? İğşçöü')).toBe(22);
    expect(weightedLength('Kur ir mana soma? āēīūļņ')).toBe(24);
    expect(weightedLength('Ђорђе, где је мој пртљаг?')).toBe(25);
  });

  it('counts CJK characters and emoji as 2, an emoji sequence as one emoji', () => {
    expect(weightedLength('荷物はどこ')).toBe(10);
    expect(weightedLength('😀')).toBe(2);
    expect(weightedLength('👩‍👩‍👧‍👦')).toBe(2);
    expect(weightedLength('🇱🇻')).toBe(2);
  });

  it('counts every URL as 23, however long', () => {
    expect(weightedLength('https://example.com')).toBe(23);
    expect(weightedLength(`see https://example.com/${'a'.repeat(200)}`)).toBe(4 + 23);
  });

  it('counts decomposed accents as their composed character (NFC)', () => {
    expect(weightedLength('e\u0301')).toBe(1);
  });

  it('allows 280 weighted characters in a post and 10,000 in a DM', () => {
    expect(xLimits.maxLength).toEqual({ public: MAX_POST_WEIGHT, private: 10_000 });
    expect(xLimits.count('a'.repeat(280), 'public')).toBe(280);
    expect(xLimits.count('字'.repeat(140), 'public')).toBe(280);
    expect(xLimits.count('字'.repeat(141), 'public')).toBeGreaterThan(MAX_POST_WEIGHT);
  });

  it('counts DMs by characters: CJK and emoji weigh one there', () => {
    expect(xLimits.count('字'.repeat(140), 'private')).toBe(140);
  });
});
