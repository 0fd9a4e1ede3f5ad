import { describe, expect, it } from 'vitest';
import { foldText, isLetterCode, isLetterOrDigitCode, isLetterOrMarkCode, isWordAt } from './fold.ts';

describe('foldText', () => {
  it('keeps the length of the text so spans found in folded text point into the original', () => {
    const samples = ['İSTANBUL Havalimanı', 'ŠTA ĆE BITI', 'Ļoti ĀTRI', 'СРОЧНО Ёлка', 'emoji 😡👍 ok'];
    for (const sample of samples) expect(foldText(sample)).toHaveLength(sample.length);
  });

  it('lowercases and removes Latin diacritics so unaccented spellings match', () => {
    expect(foldText('Şikayet ÇOK kötü')).toBe('sikayet cok kotu');
    expect(foldText('Kašnjenje, ĐAK, ćao')).toBe('kasnjenje, dak, cao');
    expect(foldText('Lūdzu, steidzami! Ģimene, ķēde, ļoti, ņem')).toBe('ludzu, steidzami! gimene, kede, loti, nem');
  });

  it('folds both Turkish i letters to i', () => {
    expect(foldText('İptal ıslak')).toBe('iptal islak');
  });

  it('keeps Cyrillic letters but treats ё as е', () => {
    expect(foldText('Всё Плохо, ЙОД, Ђак, Љубав')).toBe('все плохо, йод, ђак, љубав');
  });

  it('returns an already folded word as it is and a long text folded twice in a row the same way', () => {
    const word = 'steidzami';
    expect(foldText(word)).toBe(word);
    const long = 'ПОМОГИТЕ, internet NE RADI već tri dana, Şikayet ediyorum, lūdzu palīdziet!';
    const first = foldText(long);
    expect(foldText(long)).toBe(first);
    expect(foldText(`${long}!`)).toBe(`${first}!`);
  });
});

describe('character classes', () => {
  it('agree with the Unicode properties the regular expressions used', () => {
    for (let code = 0; code < 0x10000; code += 7) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCharCode(code);
      expect(isLetterCode(code), char).toBe(/\p{L}/u.test(char));
      expect(isLetterOrDigitCode(code), char).toBe(/[\p{L}\p{N}]/u.test(char));
      expect(isLetterOrMarkCode(code), char).toBe(/[\p{L}\p{M}]/u.test(char));
    }
  });
});

describe('isWordAt', () => {
  it('treats letters and digits as word characters and emoji, spaces and punctuation as not', () => {
    expect(isWordAt('ž', 0)).toBe(true);
    expect(isWordAt('ђ', 0)).toBe(true);
    expect(isWordAt('7', 0)).toBe(true);
    expect(isWordAt('😡', 0)).toBe(false);
    expect(isWordAt(' ', 0)).toBe(false);
    expect(isWordAt('a', 5)).toBe(false);
  });
});
