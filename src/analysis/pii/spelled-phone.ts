// Phone numbers partly spelled out to slip past filters: "07842 six one nine three five zero".

import { isPhone } from './numbers.ts';
import type { PiiSpan } from './pii-span.ts';

/** Digit words of the core languages and English, folded; the index is the digit. */
const DIGIT_WORDS: readonly (readonly string[])[] = [
  ['zero', 'oh', 'ноль', 'нуль', 'sifir', 'nula', 'nulle'],
  ['one', 'один', 'bir', 'jedan', 'jedna', 'viens'],
  ['two', 'два', 'iki', 'dva', 'divi'],
  ['three', 'три', 'uc', 'tri', 'tris'],
  ['four', 'четыре', 'dort', 'cetiri', 'cetri'],
  ['five', 'пять', 'bes', 'pet', 'pieci'],
  ['six', 'шесть', 'alti', 'sest', 'sesi'],
  ['seven', 'семь', 'yedi', 'sedam', 'septini'],
  ['eight', 'восемь', 'sekiz', 'osam', 'astoni'],
  ['nine', 'девять', 'dokuz', 'devet', 'devini'],
];
const DIGIT_OF = new Map(DIGIT_WORDS.flatMap((words, digit) => words.map((word) => [word, String(digit)] as const)));
const WORD_ALTERNATIVES = [...DIGIT_OF.keys()].sort((a, b) => b.length - a.length).join('|');
/** Digit groups and digit words in a row, with at least three words: fewer are ordinary speech. */
const MIXED_RUN = new RegExp(`(?<![\\p{L}\\p{N}])(?:\\+?\\d+|${WORD_ALTERNATIVES})(?:[ -](?:\\d+|${WORD_ALTERNATIVES})){3,}(?![\\p{L}\\p{N}])`, 'gu');
const MIN_WORDS = 3;

/** Whether the text has enough digit words at all: most messages have none, and the run pattern is slow. */
function hasDigitWords(folded: string): boolean {
  let words = 0;
  for (const token of folded.split(/[\s\-,.;:!?]+/)) if (DIGIT_OF.has(token) && ++words >= MIN_WORDS) return true;
  return false;
}

export function findSpelledPhones(text: string, folded: string, language: string | null): PiiSpan[] {
  const spans: PiiSpan[] = [];
  if (!hasDigitWords(folded)) return spans;
  for (const match of folded.matchAll(MIXED_RUN)) {
    const tokens = match[0].split(/[ -]/);
    const words = tokens.filter((token) => DIGIT_OF.has(token)).length;
    if (words < MIN_WORDS || words === tokens.length) continue;
    const number = tokens.map((token) => DIGIT_OF.get(token) ?? token).join('');
    const digits = number.replace(/\D/g, '').length;
    if (digits < 7 || digits > 15 || !isPhone(number, language, true)) continue;
    spans.push({ type: 'phone', start: match.index, end: match.index + match[0].length });
  }
  return spans;
}
