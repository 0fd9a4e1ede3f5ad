// Ids with letters in them: Spanish DNI/NIE, Italian codice fiscale, UK National Insurance, and
// account or policy numbers with a letter prefix ("policy no. HX-5520871", "līguma Nr. LT-0448172").

import type { KeywordHit } from '../automaton/keyword-automaton.ts';
import { isItalianFiscalCode, isSpanishDni, isUkNationalInsuranceNumber } from './checksums.ts';
import type { PiiKeywordKind } from './pii-keywords.ts';
import type { PiiSpan } from './pii-span.ts';

const DNI = /(?<![\p{L}\p{N}])([XYZ]?\d{7,8})[ -]?([A-Z])(?![\p{L}\p{N}])/giu;
const FISCAL_CODE = /(?<![\p{L}\p{N}])[A-Z]{6}\d{2}[A-EHLMPR-T]\d{2}[A-Z]\d{3}[A-Z](?![\p{L}\p{N}])/giu;
// Upper case only: "jh 52 81 64 d" is not how anyone writes one, and lower case invites words.
const NINO = /(?<![\p{L}\p{N}])([A-Z]{2}) ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![\p{L}\p{N}])/gu;
/** A National Insurance number has no check digit: it needs an id word before it. */
const NINO_KEYWORD_REACH = 30;
/** An account number with a prefix of capitals: only right after an account word, as nothing checks it. */
const PREFIXED_ACCOUNT = /(?<![\p{L}\p{N}])[A-Z]{1,4}-?\d{6,12}(?![\p{L}\p{N}])/gu;
const ACCOUNT_KEYWORD_REACH = 12;

/** Every lettered id has at least six digits in it; most messages have fewer and skip the patterns. */
function hasSixDigits(text: string): boolean {
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57 && ++digits >= 6) return true;
  }
  return false;
}

export function findLetteredIds(text: string, keywords: readonly KeywordHit<PiiKeywordKind>[]): PiiSpan[] {
  const spans: PiiSpan[] = [];
  if (!hasSixDigits(text)) return spans;
  for (const match of text.matchAll(DNI)) {
    if (isSpanishDni(match[1] as string, match[2] as string)) spans.push({ type: 'ssn', start: match.index, end: match.index + match[0].length });
  }
  for (const match of text.matchAll(FISCAL_CODE)) {
    if (isItalianFiscalCode(match[0])) spans.push({ type: 'ssn', start: match.index, end: match.index + match[0].length });
  }
  for (const match of text.matchAll(NINO)) {
    const hasKeyword = keywords.some((hit) => hit.data === 'ssn' && hit.end <= match.index && match.index - hit.end <= NINO_KEYWORD_REACH);
    if (hasKeyword && isUkNationalInsuranceNumber(match[1] as string)) spans.push({ type: 'ssn', start: match.index, end: match.index + match[0].length });
  }
  for (const match of text.matchAll(PREFIXED_ACCOUNT)) {
    const isAfterAccountWord = keywords.some((hit) => hit.end <= match.index && !/[!?;]/.test(text.slice(hit.end, match.index))
      && ((hit.data === 'account' && match.index - hit.end <= ACCOUNT_KEYWORD_REACH) || (hit.data === 'account-word' && match.index - hit.end <= 3)));
    if (isAfterAccountWord) spans.push({ type: 'account', start: match.index, end: match.index + match[0].length });
  }
  return spans;
}
