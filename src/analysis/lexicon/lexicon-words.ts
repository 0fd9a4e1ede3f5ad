// The notation lexicon modules are written in, and its expansion into automaton patterns.

import { serbianLatinToCyrillic } from '../text/serbian-script.ts';

/**
 * Per language, a comma-separated list: "word", "a phrase", "stem*" (any ending), and an
 * optional "=0.4" weight overriding the entry's default. Serbian ('sr') is written once in
 * Latin with diacritics; its Cyrillic twin is generated. Patterns are folded later, so
 * "şikayet" also matches "sikayet".
 */
export type LexiconWords = Partial<Record<
  'en' | 'ru' | 'uk' | 'bg' | 'tr' | 'sr' | 'lv' | 'de' | 'fr' | 'es' | 'it' | 'pt' | 'nl' | 'pl' | 'any', string
>>;

export interface LexiconWord {
  pattern: string;
  isStem: boolean;
  weight: number | undefined;
}

function parse(item: string): LexiconWord {
  const [body = '', weightText] = item.split('=');
  const trimmed = body.trim();
  const isStem = trimmed.endsWith('*');
  // The automaton matches literal text: a stem marker inside a phrase would never match.
  if (trimmed.slice(0, -1).includes('*')) throw new Error(`lexicon entry "${trimmed}": '*' may only end an entry`);
  return {
    pattern: isStem ? trimmed.slice(0, -1) : trimmed,
    isStem,
    weight: weightText === undefined ? undefined : Number(weightText),
  };
}

export function expandWords(words: LexiconWords): LexiconWord[] {
  const out: LexiconWord[] = [];
  for (const [language, list] of Object.entries(words)) {
    for (const item of list.split(',')) {
      if (item.trim() === '') continue;
      const word = parse(item);
      out.push(word);
      if (language === 'sr') out.push({ ...word, pattern: serbianLatinToCyrillic(word.pattern) });
    }
  }
  return out;
}
