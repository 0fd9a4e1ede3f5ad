import { describe, expect, it } from 'vitest';
import { serbianLatinToCyrillic, serbianTwin } from './serbian-script.ts';

describe('serbianLatinToCyrillic', () => {
  it('writes Serbian Latin words in Cyrillic, digraphs included', () => {
    expect(serbianLatinToCyrillic('hitno')).toBe('хитно');
    expect(serbianLatinToCyrillic('kašnjenje')).toBe('кашњење');
    expect(serbianLatinToCyrillic('ljubazan džep đak ćao')).toBe('љубазан џеп ђак ћао');
  });

  it('keeps the stem marker and spaces', () => {
    expect(serbianLatinToCyrillic('ne mogu da se prijav*')).toBe('не могу да се пријав*');
  });
});

describe('serbianTwin', () => {
  it('spells Serbian words in the other script, and leaves words outside both alphabets alone', () => {
    expect(serbianTwin('kašnjenje')).toBe('кашњење');
    expect(serbianTwin('хитно')).toBe('hitno');
    expect(serbianTwin('ђак џеп')).toBe('đak džep');
    expect(serbianTwin('delay')).toBeNull();
    expect(serbianTwin('срочный')).toBeNull();
  });
});
