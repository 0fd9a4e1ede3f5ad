// Passwords and PINs written after a password word ("password: hunter2", "şifrem 1234abc").

import type { KeywordHit } from '../automaton/keyword-automaton.ts';
import { foldText } from '../text/fold.ts';
import { NEUTRAL_KINDS, type PiiKeywordKind } from './pii-keywords.ts';
import type { PiiSpan } from './pii-span.ts';
import { findCodeSecret } from './code-secret.ts';
import { findEnteredSecrets } from './password-entry.ts';
import { findChangedSecrets, findCredentialPairs, findSecondSecret, findSecretBeforeKeyword, hasLoginBefore } from './password-layouts.ts';
import { COPULAS, DESCRIBING_WORDS, FILLERS } from './password-words.ts';

/**
 * After the keyword: the rest of an inflected form ("şifrem", "лозинку"), then an optional
 * copula or separator ("is", "je", "ir", "это", ":", "="), then the secret itself.
 */
const AFTER_KEYWORD = /^[\p{L}]*\s*((?:(?:is|was|je|је|ir|bija|bu|это|е|est|ist|es|é|è|:|=|-|–|—)\s*){0,2})["'«“„‘‚`(]?([^\s"'»”“„‘’`()]{3,64})/iu;

/**
 * "pw (all lowercase) margaritaville": an aside about the secret between the word and the secret
 * reads like a copula. An aside holding a secret ("password (Tiger123) is …") is left to the rules.
 */
const ASIDE = /^(\p{L}*\s*)\(([^()\d]{1,30})\)/u;

function withAsideAsCopula(rest: string): string {
  const aside = ASIDE.exec(rest);
  if (aside === null) return rest;
  const width = aside[0].length - (aside[1] as string).length;
  return `${aside[1] as string}${' '.repeat(width - 2)}is${rest.slice(aside[0].length)}`;
}

/** "wifi key is 8812 4490 3317": digits read out in groups are one secret. */
function withDigitGroups(text: string, span: PiiSpan): PiiSpan {
  if (!/^\d+$/.test(text.slice(span.start, span.end))) return span;
  const groups = /^(?: \d{2,4})+(?![\p{L}\p{N}]|[.:/]\d)/u.exec(text.slice(span.end, span.end + 40));
  if (groups === null) return span;
  const digits = text.slice(span.start, span.end + groups[0].length).replace(/\D/g, '').length;
  return digits <= 16 ? { ...span, end: span.end + groups[0].length } : span;
}

/**
 * An exclamation mark right after a secret ends the sentence only if a new one begins after it:
 * in "my password is still Marmite2019! but it says locked" and "parole ir Jūrmala7!, bet" the
 * sentence goes on, so the mark is the secret's last character (passwords often end in one).
 */
function withTrailingBang(text: string, span: PiiSpan): PiiSpan {
  if (text[span.end] !== '!' || !/[\p{L}\p{N}]$/u.test(text.slice(span.start, span.end))) return span;
  const after = text.slice(span.end + 1, span.end + 3);
  return /^(?:,|\s\p{Ll})/u.test(after) ? { ...span, end: span.end + 1 } : span;
}

/**
 * A secret is reported only when the writer clearly gives one: after ':' or '=', or when it
 * contains a digit or symbol. "I changed the password yesterday" and "şifremi değiştirmiş"
 * (changed my password) name a password without giving it.
 */
function looksGiven(separator: string, secret: string): boolean {
  return /[:=]/.test(separator) || hasDigitOrSymbol(secret.replace(/[.,!?;]+$/, ''));
}

/** An apostrophe or hyphen between letters is spelling ("doesn't", "c'est", "e-mail"), not a symbol. */
function hasDigitOrSymbol(secret: string): boolean {
  return /[\d\p{P}\p{S}]/u.test(secret.replace(/(?<=\p{L})['’-](?=\p{L})/gu, ''));
}

/** Letters with digits or symbols: "Lena_1985", "Kx9!mmp2", not "2023" or "кабинета". */
function isMixed(secret: string): boolean {
  return /\p{L}/u.test(secret) && hasDigitOrSymbol(secret);
}

/** "пароль от вайфая 40417733": digits alone need six or more, so a year or a count is not taken. */
function isLongPin(secret: string): boolean {
  return /^\d{6,16}$/.test(secret);
}

/**
 * "my password is sunflower": a secret of letters alone, taken only right after a copula, as the
 * last word of its clause, and when it does not describe the password ("is wrong", "is expired").
 */
function isWordSecret(secret: string, endsClause: boolean): boolean {
  const word = foldText(secret);
  return endsClause && /^[A-Za-z\u00c0-\u024f]{4,32}$/.test(secret) && !DESCRIBING_WORDS.has(word) && !DESCRIBING_ENDING.test(word);
}

/**
 * Endings of participles and adjectives, which describe ("is expired", "is mandatory", "je
 * promenjena", "ir nomainīta"), in folded Latin script. Cyrillic letters-only words are not taken at all:
 * secrets are typed in Latin letters.
 */
const DESCRIBING_ENDING = /(?:ed|ing|ly|ble|ive|ous|ful|less|ory|ary|jena|jen|vana|ita|its|eta|ets)$/;

/** "pass" is also a ticket ("bus pass 4417"): it introduces a secret only with a copula and letters in it. */
const WEAK_KEYWORDS = new Set(['pass']);

/**
 * Writers also put words between the keyword and the secret: "пароль у меня Qwerty_2023" (my
 * password is …), "пароль от личного кабинета Lena_1985", "the pass I set was Rover2019".
 * Filler words are a closed class; other words are at most three, and without a copula only two
 * and only before a secret that mixes letters with digits or symbols: "password reset for order
 * 55231" names an order, not a password.
 */
const MAX_WORDS_BEFORE_SECRET = 4;
/** Fillers included: "пароль от приложения до сих пор …" (the app's password is still …). */
const MAX_TOKENS_BEFORE_SECRET = 7;
const MAX_NOUNS_WITHOUT_COPULA = 2;
const TOKEN = /[^\s]+/gu;
const WORD = /^\p{L}+(?:['’-]\p{L}+)*$/u;

interface Found {
  start: number;
  secret: string;
}

/** The secret after filler words, or null. `rest` starts right after the keyword's stem. */
function secretAfterFillers(rest: string, isWeak: boolean): Found | null {
  const inflection = /^\p{L}*/u.exec(rest)?.[0].length ?? 0;
  const tokens = [...rest.slice(inflection).matchAll(TOKEN)];
  let nouns = 0;
  let hasCopula = false;
  let separator = '';
  let lastCopulaIndex = -1;
  let fillers = 0;
  for (const [index, token] of tokens.entries()) {
    const bare = token[0].replace(/[,;!?]+$/, '');
    const folded = foldText(bare.replace(/:$/, ''));
    const secret = bare.replace(/^["'«“„‘‚`(]/, '').replace(/["'»”“’`).]+$/, '');
    const isQuoted = /^["'«“„‘‚`]/.test(bare) && secret.length >= 3 && /^\S+$/.test(secret);
    const endsClause = token[0] !== bare || /[.]$/.test(bare) || index === tokens.length - 1;
    const followsCopula = index > 0 && separator !== '' && lastCopulaIndex === index - 1;
    if (COPULAS.has(folded) || bare.endsWith(':')) {
      separator += bare;
      hasCopula = true;
      lastCopulaIndex = index;
    } else if (FILLERS.has(folded)) {
      // A filler word is fine anywhere before the secret, and does not count as one of its words.
      fillers++;
    } else if (isQuoted) {
      // "кодовое слово в банке «Барсик»": quoting gives the secret, whatever its shape.
      return nouns <= MAX_NOUNS_WITHOUT_COPULA ? { start: inflection + (token.index as number) + bare.indexOf(secret), secret } : null;
    } else if (hasCopula && /^\p{L}+$/u.test(secret)) {
      // "is on the router": a word secret comes right after the copula, never after fillers.
      const isSecret = followsCopula && !isWeak && isWordSecret(secret, endsClause);
      return isSecret ? { start: inflection + (token.index as number) + bare.indexOf(secret), secret } : null;
    } else if (WORD.test(bare)) {
      nouns++;
    } else {
      if (secret.length < 3 || secret.length > 64 || (isWeak && !(hasCopula && /\p{L}/u.test(secret)))) return null;
      const isGiven = hasCopula ? looksGiven(separator, secret) : nouns <= MAX_NOUNS_WITHOUT_COPULA && (isMixed(secret) || isLongPin(secret));
      return isGiven ? { start: inflection + (token.index as number) + bare.indexOf(secret), secret } : null;
    }
    const words = index + 1 - fillers;
    if (words > MAX_WORDS_BEFORE_SECRET + (hasCopula ? 1 : 0) || index + 1 > MAX_TOKENS_BEFORE_SECRET || token[0] !== bare) return null;
  }
  return null;
}

/**
 * Whether a keyword of another kind sits between the password word and the secret: "PIN for
 * order 7XK2LQ" gives an order, "пароль от лицевого счёта 123456" an account number.
 */
function hasOtherKeywordBetween(keywords: readonly KeywordHit<PiiKeywordKind>[], from: number, to: number): boolean {
  return keywords.some((hit) => hit.data !== 'password' && hit.data !== 'code' && hit.data !== 'login' && !NEUTRAL_KINDS.has(hit.data) && hit.start >= from && hit.end <= to);
}

/** The secret after one password word, or null. */
function secretAfterKeyword(text: string, folded: string, hit: KeywordHit<PiiKeywordKind>, keywords: readonly KeywordHit<PiiKeywordKind>[]): PiiSpan | null {
  // "user marcus_b pass sunflower88": after a user name, "pass" is no ticket.
  const isWeak = WEAK_KEYWORDS.has(folded.slice(hit.start, hit.end)) && !hasLoginBefore(text, keywords, hit.start);
  const rest = withAsideAsCopula(text.slice(hit.end, hit.end + 90));
  const match = AFTER_KEYWORD.exec(rest);
  const separator = match?.[1] ?? '';
  const secret = (match?.[2] ?? '').replace(/[.,!?;]+$/, '');
  let found: Found | null = null;
  if (match !== null && secret.length >= 3 && looksGiven(separator, secret) && !(isWeak && (separator === '' || !/\p{L}/u.test(secret)))) {
    found = { start: match[0].length - (match[2] as string).length, secret };
  } else {
    found = secretAfterFillers(rest, isWeak);
  }
  if (found === null || hasOtherKeywordBetween(keywords, hit.end, hit.end + found.start)) return null;
  return withDigitGroups(text, { type: 'password', start: hit.end + found.start, end: hit.end + found.start + found.secret.length });
}

export function findPasswords(text: string, keywords: readonly KeywordHit<PiiKeywordKind>[], folded: string): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const hit of keywords) {
    let span: PiiSpan | null = null;
    if (hit.data === 'code') {
      const code = findCodeSecret(text, folded, hit, keywords);
      if (code !== null) span = { type: 'password', ...code };
    } else if (hit.data === 'password') {
      span = secretAfterKeyword(text, folded, hit, keywords) ?? findSecretBeforeKeyword(text, folded, hit);
    }
    if (span === null) continue;
    if (hit.data === 'password') span = withTrailingBang(text, span);
    spans.push(span);
    const second = findSecondSecret(text, span);
    if (second !== null) spans.push(second);
  }
  if (keywords.some((hit) => hit.data === 'login')) spans.push(...findCredentialPairs(text, keywords));
  spans.push(...findChangedSecrets(text));
  if (keywords.some((hit) => hit.data === 'entry' || hit.data === 'password')) {
    for (const span of findEnteredSecrets(text, keywords)) spans.push(withTrailingBang(text, span));
  }
  return spans;
}
