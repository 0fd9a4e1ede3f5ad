// Finds private data in a message with UTF-16 spans: cards, IBANs, emails, phones, IDs, addresses.

import { KeywordAutomaton, type KeywordHit } from '../automaton/keyword-automaton.ts';
import { expandWords } from '../lexicon/lexicon-words.ts';
import { foldText } from '../text/fold.ts';
import { findAddresses } from './address.ts';
import { findLetteredIds } from './lettered-ids.ts';
import { findSpelledPhones } from './spelled-phone.ts';
import { findEmails, findIbans } from './self-checking.ts';
import { classifyNumbers } from './numbers.ts';
import { findPasswords } from './password.ts';
import { findRussianPassports } from './russian-passport.ts';
import { findSecurityAnswers } from './security-answer.ts';
import { piiKeywords, type PiiKeywordKind } from './pii-keywords.ts';
import type { PiiSpan, PiiType } from './pii-span.ts';

export type { PiiSpan, PiiType } from './pii-span.ts';

export type PiiKeywordHit = KeywordHit<PiiKeywordKind>;

/** Finds PII in `text`; `language` (ISO 639-1 or null) picks the default country for phones. */
export type PiiFinder = (text: string, language: string | null, folded?: string) => PiiSpan[];

/**
 * When two findings overlap, the more specific wins: a checksum-validated IBAN over the
 * account number inside it, a card over a phone-shaped run of its digits.
 */
const PRECEDENCE: PiiType[] = ['iban', 'email', 'card', 'ssn', 'account', 'password', 'phone', 'address'];

function withoutOverlaps(spans: PiiSpan[]): PiiSpan[] {
  // Most messages hold no PII at all.
  if (spans.length <= 1) return spans;
  const ranked = [...spans].sort((a, b) => PRECEDENCE.indexOf(a.type) - PRECEDENCE.indexOf(b.type) || a.start - b.start);
  const kept: PiiSpan[] = [];
  for (const span of ranked) {
    if (!kept.some((other) => span.start < other.end && other.start < span.end)) kept.push(span);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * The PII keywords are a second, small automaton rather than part of the cue scanner's: the
 * care workflow's PII guard checks agents' drafts with this finder alone, without sentiment
 * or urgency. One pass finds every keyword; the per-type rules below run only around hits
 * and digit runs, so a message without digits, '@' or keywords costs one scan.
 */
export function createPiiFinder(): PiiFinder {
  const patterns = Object.entries(piiKeywords).flatMap(([kind, words]) =>
    expandWords(words).map((word) => ({ text: foldText(word.pattern), isStem: word.isStem, data: kind as PiiKeywordKind })),
  );
  const automaton = new KeywordAutomaton(patterns);

  return (text, language, folded = foldText(text)) => {
    const keywords = automaton.scanMaximal(folded);
    const spans: PiiSpan[] = [];
    const hasDigits = /\d/.test(text);
    if (text.includes('@')) spans.push(...findEmails(text));
    if (hasDigits) {
      spans.push(...findIbans(text));
      spans.push(...findLetteredIds(text, keywords));
      spans.push(...classifyNumbers(text, keywords, language));
      spans.push(...findAddresses(text, keywords));
      spans.push(...findRussianPassports(text));
      spans.push(...findSpelledPhones(text, folded, language));
    }
    spans.push(...findPasswords(text, keywords, folded));
    spans.push(...findSecurityAnswers(text, keywords));
    return withoutOverlaps(spans);
  };
}
