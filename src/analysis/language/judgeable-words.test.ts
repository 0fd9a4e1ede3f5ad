import { describe, expect, it } from 'vitest';
import { judgeableWords } from './judgeable-words.ts';
import { dominantScript } from './scripts.ts';

describe('judgeableWords', () => {
  it('keeps runs of letters with inner apostrophes and drops handles, tags, links, emails, digits and emoji', () => {
    expect(judgeableWords("@AirNova don't l'aéroport, кур'єр 😡 #delay 42 https://x.co/a www.q.com ana@mail.rs"))
      .toEqual(["don't", "l'aéroport", "кур'єр"]);
  });

  it('keeps combining marks inside a word but never starts a word with one', () => {
    expect(judgeableWords('cafe\u0301 \u0301x')).toEqual(['cafe\u0301', 'x']);
  });

  it('reads letters outside the Basic Multilingual Plane as letters', () => {
    expect(judgeableWords('𝐀𝐢𝐫 ok 😀abc')).toEqual(['𝐀𝐢𝐫', 'ok', 'abc']);
  });

  it('ends a word at an apostrophe that no letter follows', () => {
    expect(judgeableWords("students' 'tis ab’’c")).toEqual(['students', 'tis', 'ab', 'c']);
  });
});

describe('dominantScript', () => {
  it('counts letters per script and gives a tie to the script seen first', () => {
    expect(dominantScript(['abc', 'где'])).toEqual({ script: 'latin', letters: 6, hasKana: false });
    expect(dominantScript(['где', 'abc'])).toEqual({ script: 'cyrillic', letters: 6, hasKana: false });
    expect(dominantScript(['123'])).toEqual({ script: null, letters: 0, hasKana: false });
  });
});
