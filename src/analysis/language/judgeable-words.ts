// The words of a social post that say something about its language: no handles, tags, links, emoji.

import { isLetterCode, isLetterOrMarkCode } from '../text/fold.ts';

/**
 * @handles and #hashtags are names, often English or brand-made whatever the post's language;
 * URLs and emails are not language at all; emoji and digits carry no language. What remains
 * are the runs of letters (with inner apostrophes: "don't", "кур'єр", "l'aéroport").
 */
// An email starts where a token starts and has no second '@': written as `\S+@\S+\.\S+` it took
// time cubic in a run of '@' (10,000 of them: 145 s).
const NOT_LANGUAGE = /(?:https?:\/\/|www\.)\S+|(?<!\S)[^\s@]+@[^\s@]+\.[^\s@]+|[@#][\p{L}\p{N}_.]+/gu;
/**
 * The same without the email branch, for texts where no '@' follows a non-space (handles only):
 * that branch cannot match there, and trying it at every character is the pattern's main cost.
 */
const NOT_LANGUAGE_WITHOUT_EMAILS = /(?:https?:\/\/|www\.)\S+|[@#][\p{L}\p{N}_.]+/gu;
const GLUED_AT = /\S@/;

export function judgeableWords(text: string): string[] {
  // Most messages have no link, handle or tag: skip the replacement pass for them.
  const hasNonLanguage = text.includes('@') || text.includes('#') || text.includes('http') || text.includes('www.');
  if (!hasNonLanguage) return wordsOf(text);
  return wordsOf(text.replace(GLUED_AT.test(text) ? NOT_LANGUAGE : NOT_LANGUAGE_WITHOUT_EMAILS, ' '));
}

const ASTRAL_LETTER = /^\p{L}$/u;
const ASTRAL_LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;

/** The length of the character at `at` (2 for a surrogate pair) if it is in the class, else 0. */
function letterLength(text: string, at: number, orMark: boolean): number {
  if (at >= text.length) return 0;
  const code = text.charCodeAt(at);
  if (code < 0xd800 || code > 0xdbff) return (orMark ? isLetterOrMarkCode(code) : isLetterCode(code)) ? 1 : 0;
  const codePoint = text.codePointAt(at) as number;
  if (codePoint <= 0xffff) return 0;
  return (orMark ? ASTRAL_LETTER_OR_MARK : ASTRAL_LETTER).test(String.fromCodePoint(codePoint)) ? 2 : 0;
}

function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019;
}

/**
 * The runs of /\p{L}[\p{L}\p{M}]*(?:['’]\p{L}[\p{L}\p{M}]*)*‍/gu, read with the character tables
 * of text/fold.ts: the regular expression's Unicode classes cost more than the rest of
 * language detection's own work on a typical message.
 */
function wordsOf(text: string): string[] {
  const words: string[] = [];
  let at = 0;
  while (at < text.length) {
    const first = letterLength(text, at, false);
    if (first === 0) {
      const code = text.charCodeAt(at);
      at += code >= 0xd800 && code <= 0xdbff && text.codePointAt(at) as number > 0xffff ? 2 : 1;
      continue;
    }
    const start = at;
    at += first;
    for (;;) {
      let step = letterLength(text, at, true);
      while (step > 0) {
        at += step;
        step = letterLength(text, at, true);
      }
      if (!isApostrophe(text.charCodeAt(at))) break;
      const afterApostrophe = letterLength(text, at + 1, false);
      if (afterApostrophe === 0) break;
      at += 1 + afterApostrophe;
    }
    words.push(text.slice(start, at));
  }
  return words;
}
