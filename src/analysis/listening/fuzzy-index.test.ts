import { describe, expect, it } from 'vitest';
import { editDistance, FuzzyIndex } from './fuzzy-index.ts';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swapped neighbours as one edit each', () => {
    expect(editDistance('airnova', 'airnova', 2)).toBe(0);
    expect(editDistance('airnova', 'airnvoa', 2)).toBe(1);
    expect(editDistance('airnova', 'airova', 2)).toBe(1);
    expect(editDistance('airnova', 'aernova', 2)).toBe(1);
    expect(editDistance('airnova', 'arnva', 2)).toBe(2);
    expect(editDistance('airnova', 'skynova', 2)).toBe(3);
  });
});

describe('FuzzyIndex', () => {
  it('finds misspellings within each term\'s own distance', () => {
    const index = new FuzzyIndex();
    const airnova = index.add('airnova', 2);
    const tele = index.add('tele', 1);
    const found = (word: string): number[] => {
      const ids: number[] = [];
      index.lookup(word, (id) => ids.push(id));
      return ids;
    };
    expect(found('airnvoa')).toEqual([airnova]);
    expect(found('arnova')).toEqual([airnova]);
    expect(found('airplane')).toEqual([]);
    expect(found('tel')).toEqual([tele]);
    expect(found('tale')).toEqual([tele]);
    expect(found('tall')).toEqual([]);
  });

  it('looks up every word of a text, letters and digits together, whatever separates them', () => {
    const index = new FuzzyIndex();
    const airnova = index.add('airnova', 2);
    const gate7 = index.add('gate7', 1);
    const ids: number[] = [];
    index.lookupWords('#airnvoa… gate8, 😡airnova7 𝐚irnova', (id) => ids.push(id));
    expect(ids).toEqual([airnova, gate7, airnova, airnova]);
  });
});
