// PINs, one-time and access codes: digits given after a code word ("PIN 4471", "код из смс 4829").

import type { KeywordHit } from '../automaton/keyword-automaton.ts';
import { foldText } from '../text/fold.ts';
import { NEUTRAL_KINDS, type PiiKeywordKind } from './pii-keywords.ts';
import { CODE_QUALIFIERS, COPULAS, FILLERS } from './password-words.ts';

/**
 * A code is four to twelve digits, often read out in groups ("552 918", "84 27 19"). Glued to a
 * time, a date or a decimal ("12.04", "14:30") it is something else.
 */
const DIGITS = /^(?:\d{2,4}(?: \d{2,4}){1,3}|\d{4,12})(?![\p{L}\p{N}_]|[.:/,]\d)/u;
const PRICE_AFTER = /^\s?(?:[$€£₽₺%]|rub|руб|usd|eur|tl\b|din|дин|rsd|zł|грн)/i;
/** Words allowed between the code word and the digits ("код из смс 4829", "access code for the app was …"). */
const MAX_WORDS_BEFORE_DIGITS = 4;
const WORD = /^[\p{L}][\p{L}'’-]*:?$/u;

export interface CodeSecret {
  start: number;
  end: number;
}

function wordBefore(folded: string, at: number): string {
  return /(\p{L}+)[\s-]*$/u.exec(folded.slice(Math.max(0, at - 24), at))?.[1] ?? '';
}

function wordAfter(folded: string, at: number): string {
  return /^\p{L}*[\s-]+(\p{L}+)/u.exec(folded.slice(at, at + 30))?.[1] ?? '';
}

/**
 * The digits a code word gives, or null. Words between are few and end no clause ("code, then
 * 4471" is not the code), and a qualifier next to the code word or another keyword right before it
 * names another code: "promo code 4471", "rezervācijas kods 123456".
 */
export function findCodeSecret(text: string, folded: string, hit: KeywordHit<PiiKeywordKind>,
  keywords: readonly KeywordHit<PiiKeywordKind>[]): CodeSecret | null {
  if (CODE_QUALIFIERS.has(wordBefore(folded, hit.start)) || CODE_QUALIFIERS.has(wordAfter(folded, hit.end))) return null;
  if (keywords.some((other) => other !== hit && other.data !== 'code' && !NEUTRAL_KINDS.has(other.data) && other.end <= hit.start && hit.start - other.end <= 2)) return null;
  const inflection = /^\p{L}*/u.exec(text.slice(hit.end, hit.end + 20))?.[0].length ?? 0;
  let at = hit.end + inflection;
  for (let words = 0; words <= MAX_WORDS_BEFORE_DIGITS; words++) {
    const gap = /^[\s:=—–-]*/.exec(text.slice(at, at + 10))?.[0].length ?? 0;
    at += gap;
    const digits = DIGITS.exec(text.slice(at, at + 20));
    if (digits !== null) {
      const end = at + digits[0].length;
      return PRICE_AFTER.test(text.slice(end, end + 5)) ? null : { start: at, end };
    }
    const token = /^\S+/.exec(text.slice(at, at + 40))?.[0] ?? '';
    const word = foldText(token.replace(/:$/, ''));
    if (token === '' || !WORD.test(token) || (words === MAX_WORDS_BEFORE_DIGITS && !COPULAS.has(word) && !FILLERS.has(word))) return null;
    if (keywords.some((other) => other.data !== 'code' && !NEUTRAL_KINDS.has(other.data) && other.start >= at && other.start < at + token.length)) return null;
    at += token.length;
  }
  return null;
}
