import { describe, expect, it } from 'vitest';
import { hashOf, WordAnswerCache } from './word-answer-cache.ts';

describe('WordAnswerCache', () => {
  it('finds a stored word inside any text by its characters, not by the string it came from', () => {
    const cache = new WordAnswerCache();
    cache.store('airnova', hashOf('airnova', 0, 7), [3]);
    const text = 'fly airnova today';
    expect(cache.find(text, 4, 11, hashOf(text, 4, 11))).toEqual([3]);
    expect(cache.find(text, 0, 3, hashOf(text, 0, 3))).toBeUndefined();
  });

  it('starts empty again once half full, so it never grows without bound', () => {
    const cache = new WordAnswerCache();
    for (let i = 0; i < 20_000; i++) cache.store(`w${i}`, hashOf(`w${i}`, 0, `w${i}`.length), []);
    expect(cache.find('w19999', 0, 6, hashOf('w19999', 0, 6))).toEqual([]);
    expect(cache.find('w0', 0, 2, hashOf('w0', 0, 2))).toBeUndefined();
  });
});
