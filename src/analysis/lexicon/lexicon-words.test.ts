import { describe, expect, it } from 'vitest';
import { expandWords } from './lexicon-words.ts';

describe('lexicon notation', () => {
  it('reads words, phrases, stems and weights', () => {
    expect(expandWords({ en: 'urgent*, right now=0.4, asap' })).toEqual([
      { pattern: 'urgent', isStem: true, weight: undefined },
      { pattern: 'right now', isStem: false, weight: 0.4 },
      { pattern: 'asap', isStem: false, weight: undefined },
    ]);
  });

  it('writes every Serbian entry in both scripts', () => {
    expect(expandWords({ sr: 'hitn*' }).map((word) => word.pattern)).toEqual(['hitn', 'хитн']);
  });

  it('refuses a stem marker inside a phrase, which the automaton could never match', () => {
    expect(() => expandWords({ ru: 'утечк* газа' })).toThrow(/may only end/);
  });
});
