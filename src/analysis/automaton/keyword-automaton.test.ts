import { describe, expect, it } from 'vitest';
import { KeywordAutomaton, type KeywordPattern } from './keyword-automaton.ts';
import { foldText, isWordAt } from '../text/fold.ts';

function automaton(words: string[]): KeywordAutomaton<string> {
  const patterns: KeywordPattern<string>[] = words.map((word) => {
    const isStem = word.endsWith('*');
    const text = foldText(isStem ? word.slice(0, -1) : word);
    return { text, isStem, data: word };
  });
  return new KeywordAutomaton(patterns);
}

function found(words: string[], text: string): string[] {
  return automaton(words).scan(foldText(text)).map((hit) => `${hit.data}@${text.slice(hit.start, hit.end)}`);
}

describe('KeywordAutomaton', () => {
  it('finds whole words only, not words inside other words', () => {
    expect(found(['sue', 'down'], 'I will sue you, pursue this, the site is down')).toEqual(['sue@sue', 'down@down']);
  });

  it('matches a stem against every inflected form that starts with it', () => {
    expect(found(['срочн*', 'steidzam*', 'hitn*'], 'Срочно! steidzami, hitna pomoć, несрочно')).toEqual([
      'срочн*@Срочн', 'steidzam*@steidzam', 'hitn*@hitn',
    ]);
  });

  it('matches without diacritics and case once both sides are folded', () => {
    expect(found(['şikayet*', 'kašnjenj*'], 'SIKAYETIM var, kasnjenje opet')).toEqual(['şikayet*@SIKAYET', 'kašnjenj*@kasnjenj']);
  });

  it('finds overlapping keywords and phrases in one pass', () => {
    expect(found(['не', 'не работает', 'работает'], 'у меня не работает интернет').sort()).toEqual(
      ['не работает@не работает', 'не@не', 'работает@работает'],
    );
  });

  it('drops hits contained in a longer hit but keeps hits that only overlap', () => {
    const contained = automaton(['не', 'не работает', 'работает']).scanMaximal(foldText('не работает'));
    expect(contained.map((hit) => hit.data)).toEqual(['не работает']);
    const overlapping = automaton(['still no', 'no internet']).scanMaximal(foldText('still no internet'));
    expect(overlapping.map((hit) => hit.data)).toEqual(['still no', 'no internet']);
  });

  it('matches emoji without word boundaries, with or without a variation selector', () => {
    expect(found(['😡', '❤'], 'ugh😡😡 love it ❤️')).toEqual(['😡@😡', '😡@😡', '❤@❤']);
  });

  it('reports UTF-16 offsets into the original text', () => {
    const text = '👍 İptal edildi';
    const [hit] = automaton(['iptal']).scan(foldText(text));
    expect(text.slice(hit?.start, hit?.end)).toBe('İptal');
  });

  it('finds the same hits as a direct search with more states than get a full transition row', () => {
    // Enough patterns over a wide alphabet that most states are deep ones, read through edge
    // lists and failure links rather than a full row.
    const letters = 'abcdefghijklmnopqrstuvwxyzабвгдежзийклмнопрстуфхцчшщ';
    let seed = 7;
    const random = (below: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % below;
    };
    const words = Array.from({ length: 3000 }, () => Array.from({ length: 3 + random(5) }, () => letters[random(8 + random(letters.length - 8))]).join(''));
    const unique = [...new Set(words)];
    const scanner = automaton(unique);
    const text = `${unique.slice(0, 300).join(' ')} ${unique.slice(-300).join('-')} ${unique.slice(500, 600).join('')}`;
    const direct: string[] = [];
    for (const word of unique) {
      for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        if (!isWordAt(text, at - 1) && !isWordAt(text, at + word.length)) direct.push(`${at}:${word}`);
      }
    }
    const scanned = scanner.scan(text).map((hit) => `${hit.start}:${hit.data}`);
    expect(scanned.sort()).toEqual(direct.sort());
    expect(scanned.length).toBeGreaterThan(500);
  });
});
