import { describe, expect, it } from 'vitest';
import { KeywordAutomaton, type KeywordPattern } from './keyword-automaton.ts';
import { foldText } from '../text/fold.ts';

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
});
