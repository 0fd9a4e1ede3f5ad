// Passwords and PINs written after a password word ("password: hunter2", "şifrem 1234abc").

import type { KeywordHit } from '../automaton/keyword-automaton.ts';
import type { PiiKeywordKind } from './pii-keywords.ts';
import type { PiiSpan } from './pii-span.ts';

/**
 * After the keyword: the rest of an inflected form ("şifrem", "лозинку"), then an optional
 * copula or separator ("is", "je", "ir", "это", ":", "="), then the secret itself.
 */
const AFTER_KEYWORD = /^[\p{L}]*\s*((?:(?:is|was|je|је|ir|bija|bu|это|е|est|ist|es|é|è|:|=|-|–|—)\s*){0,2})["'«“]?([^\s"'»”]{3,64})/iu;

/**
 * A secret is reported only when the writer clearly gives one: after ':' or '=', or when it
 * contains a digit or symbol. "I changed the password yesterday" and "şifremi değiştirmiş"
 * (changed my password) name a password without giving it.
 */
function looksGiven(separator: string, secret: string): boolean {
  return /[:=]/.test(separator) || /[\d\p{P}\p{S}]/u.test(secret.replace(/[.,!?;]+$/, ''));
}

export function findPasswords(text: string, keywords: readonly KeywordHit<PiiKeywordKind>[]): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const hit of keywords) {
    if (hit.data !== 'password') continue;
    const rest = text.slice(hit.end, hit.end + 90);
    const match = AFTER_KEYWORD.exec(rest);
    if (match === null) continue;
    const separator = match[1] ?? '';
    const secret = (match[2] ?? '').replace(/[.,!?;]+$/, '');
    if (secret.length < 3 || !looksGiven(separator, secret)) continue;
    const start = hit.end + match[0].length - (match[2] as string).length;
    spans.push({ type: 'password', start, end: start + secret.length });
  }
  return spans;
}
