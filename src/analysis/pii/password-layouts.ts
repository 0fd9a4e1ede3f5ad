// Secrets placed around a password word rather than after it: "user / secret" pairs, "Qwerty1 is my
// password", and a second secret after the first ("old …, new …").

import type { KeywordHit } from '../automaton/keyword-automaton.ts';
import { foldText } from '../text/fold.ts';
import type { PiiKeywordKind } from './pii-keywords.ts';
import type { PiiSpan } from './pii-span.ts';
import { COPULAS, FILLERS, NEW_OR_OLD_STEMS } from './password-words.ts';

type Keywords = readonly KeywordHit<PiiKeywordKind>[];

/** Letters with digits or symbols ("Kotik2020", "hunter2hunter2"), or six digits and more. */
export function isSecretShaped(token: string): boolean {
  const spelled = token.replace(/(?<=\p{L})['’-](?=\p{L})/gu, '');
  return (/\p{L}/u.test(spelled) && /[\d\p{P}\p{S}]/u.test(spelled)) || /^\d{6,16}$/.test(token);
}

/** Opening and closing quotes of every script the customers write in. */
const QUOTES = /^["'«»“”„‘’‚`]+|["'«»“”„‘’‚`]+$/gu;
const TRAILING = /[.,;:!?)]+$/u;

function bare(token: string): string {
  return token.replace(TRAILING, '').replace(QUOTES, '');
}

/**
 * "login: anna.k / Kotik2020", "creds for the router page: admin / hunter2hunter2": after a login
 * word, a name and a secret joined by a slash or bar. The secret must look like one, so "user
 * 12/05" (a date) or "login via Google/Apple" is not taken.
 */
const PAIR = /(?<=^|\s)([^\s/|]{2,40}) ?[/|] ?([^\s/|]{3,64})/u;
const LOGIN_REACH = 40;

export function findCredentialPairs(text: string, keywords: Keywords): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const hit of keywords) {
    if (hit.data !== 'login') continue;
    const rest = text.slice(hit.end, hit.end + LOGIN_REACH + 60);
    const match = PAIR.exec(rest);
    if (match === null || match.index > LOGIN_REACH || /[.!?]/.test(rest.slice(0, match.index))) continue;
    const name = match[1] as string;
    const secret = bare(match[2] as string);
    if (secret.length < 3 || !isSecretShaped(secret) || !/\p{L}/u.test(name)) continue;
    if (keywords.some((other) => other.start >= hit.end + match.index && other.start < hit.end + match.index + match[0].length)) continue;
    const start = hit.end + match.index + match[0].length - (match[2] as string).length + (match[2] as string).indexOf(secret);
    spans.push({ type: 'password', start, end: start + secret.length });
  }
  return spans;
}

/** Whether a login word comes shortly before `at` in the same clause ("user marcus_b pass …"). */
export function hasLoginBefore(text: string, keywords: Keywords, at: number): boolean {
  return keywords.some((hit) => hit.data === 'login' && hit.end <= at && at - hit.end <= LOGIN_REACH && !/[.!?]/.test(text.slice(hit.end, at)));
}

/**
 * "Qwerty!2024 is my password", "qwe123asd — это мой пароль", "Ankara06🙏 parolam bu": a secret
 * opening its clause, then a copula, a dash or a possessive before the password word, or a
 * possessive password word with a copula after it (Turkish puts "bu" last). Only secret-shaped
 * tokens are taken: "Fine is my password" is not read as a secret.
 */
const CLAUSE_START = /(?:^|[.!?,;:\n(]\s*|\p{Extended_Pictographic}\s*)$/u;
const TOKEN_BEFORE = /(\S+)(\s+)$/u;
const AFTER_POSSESSIVE = /^\p{L}*\s+(?:bu|budur)(?!\p{L})/u;
const DASHES = new Set(['-', '–', '—']);
const KEYWORD_ENDS_CLAUSE = /^\p{L}*\s*(?:[,.!?;)]|$)/u;
/** Copulas and fillers, and up to two words naming what the password is for ("is my online banking password"). */
const MAX_WORDS_BETWEEN = 5;
const MAX_NAMING_WORDS = 2;
const NAMING_WORD = /^\p{L}{2,}$/u;

export function findSecretBeforeKeyword(text: string, folded: string, hit: KeywordHit<PiiKeywordKind>): PiiSpan | null {
  let at = hit.start;
  let hasLink = AFTER_POSSESSIVE.test(folded.slice(hit.end, hit.end + 12));
  let namingWords = 0;
  let hasFillerOrCopula = false;
  for (let words = 0; words <= MAX_WORDS_BETWEEN; words++) {
    const before = TOKEN_BEFORE.exec(text.slice(Math.max(0, at - 70), at));
    if (before === null) return null;
    const token = before[1] as string;
    const tokenStart = at - before[0].length;
    const word = foldText(token);
    if (COPULAS.has(word) || FILLERS.has(word)) {
      // "my" alone links nothing ("iPhone15 my password …"); a dash links only a password word that
      // ends its clause ("X — password reset" names a reset).
      const isDash = DASHES.has(word);
      if (COPULAS.has(word) && (!isDash || KEYWORD_ENDS_CLAUSE.test(text.slice(hit.end, hit.end + 20)))) hasLink = true;
      hasFillerOrCopula = true;
      at = tokenStart;
      continue;
    }
    // "online banking", "wifi": naming words sit right before the password word, before any filler.
    if (!hasFillerOrCopula && namingWords < MAX_NAMING_WORDS && NAMING_WORD.test(token)) {
      namingWords++;
      at = tokenStart;
      continue;
    }
    const secret = bare(token.replace(/\p{Extended_Pictographic}+$/u, ''));
    if (!hasLink || secret.length < 4 || !isSecretShaped(secret) || /[@#]|:\/\//.test(secret)) return null;
    if (!CLAUSE_START.test(text.slice(Math.max(0, tokenStart - 3), tokenStart))) return null;
    const start = tokenStart + token.indexOf(secret);
    return { type: 'password', start, end: start + secret.length };
  }
  return null;
}

/**
 * After a secret, "…, new Zima!2024", "… yenisi Kedi.2024", "…, jaunā Riga2024!": a new-or-old word,
 * an optional copula, and a second secret-shaped token.
 */
const SECOND = /^\s*[,;]?\s*(?:(?:and|и|а|ve|i|un|und|et|y|e|en|та|і)\s+)?(\p{L}+)\s*(?:(?:one|is|was|je|ir|это|bu|est|ist|es|é|è|[:=—–-])\s*)?(["'«“„‘]?)(\S+)/u;

export function findSecondSecret(text: string, first: PiiSpan): PiiSpan | null {
  const rest = text.slice(first.end, first.end + 60);
  const match = SECOND.exec(rest);
  if (match === null) return null;
  const marker = foldText(match[1] as string);
  if (!NEW_OR_OLD_STEMS.some((stem) => marker.startsWith(stem))) return null;
  const raw = match[3] as string;
  const secret = bare(raw);
  if (!isSecretShaped(secret) || (match[2] === '' && secret.length < 4)) return null;
  const start = first.end + match.index + match[0].length - raw.length + raw.indexOf(secret);
  return { type: 'password', start, end: start + secret.length };
}

/**
 * "changed it from bluefish7 to BlueFish#77": a password changed without naming the word
 * "password". Two secret-shaped tokens sharing a stem of four letters or more (a password and its
 * variant) are both taken; "from 4G to 5G" or "from BA2490 to BA2491" share no such stem.
 */
const FROM_TO = /(?<![\p{L}\p{N}])(?:from|с|со|sa|od|no|von|de|da|dal|z|ze|van)\s+(\S{4,64})\s+(?:to|на|na|uz|auf|zu|à|a|al|para|in|naar|do|в)\s+(\S{4,64})/giu;
const SHARED_STEM = 4;

function letterStem(token: string): string {
  return (/\p{L}{4,}/u.exec(token.toLowerCase())?.[0] ?? '');
}

function mixedWords(text: string): number {
  let count = 0;
  for (const token of text.split(/\s+/)) if (/\d/.test(token) && /\p{L}/u.test(token)) count++;
  return count;
}

export function findChangedSecrets(text: string): PiiSpan[] {
  const spans: PiiSpan[] = [];
  // Variants almost always differ by a digit, so two words with letters and digits must be there
  // before the (slow) pattern is tried.
  if (mixedWords(text) < 2) return spans;
  for (const match of text.matchAll(FROM_TO)) {
    const old = bare(match[1] as string);
    const fresh = bare(match[2] as string);
    const stem = letterStem(old);
    if (!isSecretShaped(old) || !isSecretShaped(fresh) || stem.length < SHARED_STEM || !fresh.toLowerCase().includes(stem)) continue;
    const oldStart = match.index + match[0].indexOf(match[1] as string) + (match[1] as string).indexOf(old);
    const freshStart = match.index + match[0].length - (match[2] as string).length + (match[2] as string).indexOf(fresh);
    spans.push({ type: 'password', start: oldStart, end: oldStart + old.length }, { type: 'password', start: freshStart, end: freshStart + fresh.length });
  }
  return spans;
}
