// Secrets given without a password word right before them: next to a verb of typing or setting
// ("I set it to Marmalade!23", "Pamuk2024! yazıyorum", 'typed "tigerlily_04"'), or quoted in a
// message about a password ("«kotlin88» — вот что я ввожу, а пишет «неверный пароль»").

import type { KeywordHit } from '../automaton/keyword-automaton.ts';
import { foldText } from '../text/fold.ts';
import { isSecretShaped } from './password-layouts.ts';
import { FILLERS } from './password-words.ts';
import type { PiiKeywordKind } from './pii-keywords.ts';
import type { PiiSpan } from './pii-span.ts';

type Keywords = readonly KeywordHit<PiiKeywordKind>[];

/** Auxiliaries and pronouns between the verb and the secret: "ukucala sam …", "I typed in …", "я ввожу …". */
const AUXILIARIES = new Set(['sam', 'si', 'smo', 'ste', 'in', 'as', 'ich', 'я', 'ja', 'men', 'es', 'je', "j'ai", 'ai', 'hab', 'habe', 'ho', 'he']);
const MAX_WORDS_BEFORE = 2;
const OPENING_QUOTES = /^["'«“„‘‚`]/u;
const QUOTES = /^["'«»“”„‘’‚`]+|["'«»“”„‘’‚`]+$/gu;
const TRAILING = /[.,;:!?)]+$/u;
/** Before the verb the secret opens its clause: "Pamuk2024! yazıyorum", not "iPhone'u yazıyorum" mid-sentence. */
const CLAUSE_START = /(?:^|[.!?,;:\n(—–]\s*|\p{Extended_Pictographic}\s*)$/u;
/** One token in quotes: «kotlin88», „Lipa77“, "tigerlily_04". */
const QUOTED = /(?<![\p{L}\p{N}])["'«“„‘‚]([^\s"'«»“”„‘’‚`]{4,64})["'»“”’‘]/gu;

/**
 * A secret typed rather than named: letters in small case with digits or symbols ("tigerlily_04",
 * "Marmalade!23"). Flight, order and model codes are written in capitals ("BA2490", "UE55CU7100")
 * and addresses, handles and links have their own marks.
 */
function isTypedSecret(secret: string): boolean {
  return secret.length >= 4 && secret.length <= 64 && /\p{Ll}/u.test(secret) && isSecretShaped(secret) && !/^[@#]|@|:\/\//.test(secret);
}

function bare(token: string): string {
  return token.replace(TRAILING, '').replace(QUOTES, '').replace(TRAILING, '');
}

function spanOf(token: string, at: number): PiiSpan {
  const secret = bare(token);
  const start = at + token.indexOf(secret);
  return { type: 'password', start, end: start + secret.length };
}

/**
 * After the verb, past a filler or two ("set it to X", "ukucala sam „X“"): a typed secret, which
 * needs a password word in the message, quotes or a symbol inside it, so "typed iPhone15 in the
 * search" is not one. Before the verb (Turkish puts it last): a typed secret opening its clause.
 */
function secretAtVerb(text: string, hit: KeywordHit<PiiKeywordKind>, isAboutPassword: boolean): PiiSpan | null {
  let at = hit.end;
  for (let words = 0; words <= MAX_WORDS_BEFORE; words++) {
    const token = /^\s+(\S+)/u.exec(text.slice(at, at + 80));
    if (token === null) break;
    const word = token[1] as string;
    const start = at + token[0].length - word.length;
    const folding = foldText(word.replace(TRAILING, ''));
    if (FILLERS.has(folding) || AUXILIARIES.has(folding)) {
      at = start + word.length;
      continue;
    }
    const secret = bare(word);
    const isQuoted = OPENING_QUOTES.test(word);
    const hasInnerSymbol = /[\p{P}\p{S}]/u.test(secret.replace(/(?<=\p{L})['’-](?=\p{L})/gu, ''));
    if (isTypedSecret(secret) && (isAboutPassword || isQuoted || hasInnerSymbol)) return spanOf(word, start);
    break;
  }
  const before = /(\S+)\s+$/u.exec(text.slice(Math.max(0, hit.start - 70), hit.start));
  if (before === null) return null;
  const word = before[1] as string;
  const start = hit.start - before[0].length;
  if (!isTypedSecret(bare(word)) || !CLAUSE_START.test(text.slice(Math.max(0, start - 3), start))) return null;
  return spanOf(word, start);
}

export function findEnteredSecrets(text: string, keywords: Keywords): PiiSpan[] {
  const spans: PiiSpan[] = [];
  const isAboutPassword = keywords.some((hit) => hit.data === 'password' || hit.data === 'code' || hit.data === 'login');
  const verbs = keywords.filter((hit) => hit.data === 'entry');
  for (const hit of verbs) {
    const span = secretAtVerb(text, hit, isAboutPassword);
    if (span !== null) spans.push(span);
  }
  // Quoting sets a secret apart: in a message about a password or typing one, a quoted secret is it.
  if (isAboutPassword || verbs.length > 0) {
    for (const match of text.matchAll(QUOTED)) {
      const secret = bare(match[1] as string);
      if (!isTypedSecret(secret)) continue;
      const start = match.index + 1 + (match[1] as string).indexOf(secret);
      spans.push({ type: 'password', start, end: start + secret.length });
    }
  }
  return spans;
}
