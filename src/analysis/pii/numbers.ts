// Digit runs: which are cards, national IDs, accounts or phones, and which are orders, dates, prices.

import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import type { KeywordHit } from '../automaton/keyword-automaton.ts';
import {
  isLatvianPersonalCode, isLuhnValid, isPolishPesel, isRussianBankAccount, isRussianSnils, isSerbianBankAccount, isSerbianJmbg,
  isTurkishIdentityNumber, isUsSocialSecurityNumber,
} from './checksums.ts';
import type { PiiKeywordKind } from './pii-keywords.ts';
import type { PiiSpan, PiiType } from './pii-span.ts';

/**
 * A run of digits with single separators between them. The lookbehind keeps flight numbers
 * (TK1234), order references (#5567821) and handles out: a run glued to a letter, '#', '@' or
 * '/' is an identifier of something else.
 */
const DIGIT_RUN = /(?<![\p{L}\p{N}_#@/])\+?\(?\d(?:[ .\-/()]{0,2}\d)*\)?/gu;
const DATE = /^(?:\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./-]\d{1,2}[./-](?:\d{2}|\d{4}))\.?$/;
const PRICE_AFTER = /^\s?(?:[$€£₽₺]|rub|руб|usd|eur|tl\b|try\b|din|дин|rsd|eiro|euro|лв|грн|zł|kn\b)/i;
const PRICE_BEFORE = /(?:[$€£₽₺]|usd|eur)\s?$/i;
/** The fewest digits a PII number has; shorter runs are counts, prices, times and house numbers. */
const MIN_DIGITS = 5;
/** How far before a number a keyword still speaks about it ("order number: 12345"). */
const CONTEXT_REACH = 30;
/** The most whitespace-separated groups tried when a run mixes a PII number with other digits. */
const MAX_GROUPS = 8;

const COUNTRY_BY_LANGUAGE: Partial<Record<string, CountryCode[]>> = {
  ru: ['RU'], uk: ['UA'], tr: ['TR'], sr: ['RS'], hr: ['HR', 'RS'], bs: ['BA', 'RS'], sl: ['SI', 'RS'], lv: ['LV'], lt: ['LT', 'LV'],
  et: ['EE', 'LV'], bg: ['BG'], de: ['DE'], fr: ['FR'], es: ['ES'], it: ['IT'], pt: ['PT', 'BR'], nl: ['NL'], pl: ['PL'],
};
/**
 * After a phone word ("tel", "call me", "numaram") a number is tried in every country the
 * product serves: short messages are often taken for the wrong language ("Tel. 030 12345678").
 */
const SERVED_COUNTRIES: CountryCode[] = ['GB', 'US', 'RU', 'UA', 'TR', 'RS', 'LV', 'DE', 'FR', 'ES', 'IT', 'PT', 'NL', 'PL'];

/** The keywords that say what the number after them is; street and password words do not. */
const CONTEXT_KINDS: ReadonlySet<PiiKeywordKind> = new Set(['account', 'ssn', 'sin', 'contact', 'not-pii', 'account-word']);
/**
 * A bare account word ("account", "счёт", "Konto") is also a login or a bill: it speaks only for
 * a number right after it ("to account 31926819", "account: 31926819"), not one further on.
 */
const ACCOUNT_WORD_REACH = 3;

/**
 * The last context keyword before `start`. A hit that begins inside the one before it is the tail
 * of a longer phrase ("müşteri numaram": "müşteri numara" then "numaram"), and the phrase speaks.
 */
function nearestKeyword(text: string, keywords: readonly KeywordHit<PiiKeywordKind>[], start: number): PiiKeywordKind | null {
  let nearest: KeywordHit<PiiKeywordKind> | null = null;
  let previous: KeywordHit<PiiKeywordKind> | null = null;
  for (const hit of keywords) {
    const isTail = previous !== null && hit.start < previous.end;
    // "Sipariş numaram", "order number": a "number" word right after another keyword is its number.
    const isNumberOfPrevious = previous !== null && hit.data === 'contact' && hit.start - previous.end <= 1 && CONTEXT_KINDS.has(previous.data);
    if (!isTail) previous = hit;
    if (isTail || isNumberOfPrevious || hit.end > start || start - hit.end > CONTEXT_REACH || !CONTEXT_KINDS.has(hit.data)) continue;
    // An id word speaks for the next number, not one after a house or flat number ("nie … ul dluga 15 m 3 31-146").
    if ((hit.data === 'ssn' || hit.data === 'sin') && /\d/.test(text.slice(hit.end, start))) continue;
    if (hit.data === 'account-word' && start - hit.end > ACCOUNT_WORD_REACH) continue;
    if (nearest === null || hit.end > nearest.end) nearest = hit;
  }
  return nearest?.data === 'account-word' ? 'account' : nearest?.data ?? null;
}

export function isPhone(candidate: string, language: string | null, isAfterPhoneWord = false): boolean {
  // "0044 7911 123456": the international prefix dialled from Europe.
  const number = candidate.startsWith('00') ? `+${candidate.slice(2)}` : candidate;
  // Parsing costs ~20 µs a country; English numbers starting with the trunk 0 are British.
  const countries: readonly (CountryCode | undefined)[] = number.startsWith('+') ? [undefined]
    : language === 'en' ? [number.startsWith('0') ? 'GB' as const : 'US' as const]
    : COUNTRY_BY_LANGUAGE[language ?? ''] ?? ['US'];
  if (countries.some((country) => parsePhoneNumberFromString(number, country)?.isValid() === true)) return true;
  if (!isAfterPhoneWord) return false;
  if (!number.startsWith('+')
    && SERVED_COUNTRIES.some((country) => !countries.includes(country) && parsePhoneNumberFromString(number, country)?.isValid() === true)) return true;
  // "Ring me on 07700 900461": told it is a phone number, a number of a phone's length in the
  // writer's country is one, even from a range not (or not yet) given out.
  return countries.some((country) => parsePhoneNumberFromString(number, country)?.isPossible() === true);
}

function classify(candidate: string, context: PiiKeywordKind | null, language: string | null): PiiType | null {
  const digits = candidate.replace(/\D/g, '');
  if (DATE.test(candidate)) return null;
  if (context === 'not-pii') return null;
  if (/^\d{3}-\d{2}-\d{4}$/.test(candidate) && isUsSocialSecurityNumber(digits)) return 'ssn';
  // Grouped by spaces, an SSN is as often a phone's tail: only in English or after an id word.
  if (/^\d{3} \d{2} \d{4}$/.test(candidate) && (language === 'en' || context === 'ssn') && isUsSocialSecurityNumber(digits)) return 'ssn';
  if (/^\d{3}-\d{3}-\d{3}[ -]\d{2}$/.test(candidate) && isRussianSnils(digits)) return 'ssn';
  if (isSerbianBankAccount(candidate)) return 'account';
  if (digits.length === 20 && isRussianBankAccount(digits)) return 'account';
  if (digits.length === 11 && /^\d{6}-?\d{5}$/.test(candidate) && isLatvianPersonalCode(digits)
    && (candidate.includes('-') || context === 'ssn' || language === 'lv')) return 'ssn';
  if (digits.length === 11 && /^\d{11}$/.test(candidate) && isTurkishIdentityNumber(digits)
    && (context === 'ssn' || language === 'tr' || !isPhone(candidate, language))) return 'ssn';
  if (digits.length === 13 && /^\d{13}$/.test(candidate) && isSerbianJmbg(digits)) return 'ssn';
  if (digits.length === 11 && /^\d{11}$/.test(candidate) && (context === 'ssn' || language === 'pl') && isPolishPesel(digits)) return 'ssn';
  const separators = new Set(candidate.replace(/\d/g, ''));
  // Card numbers start with the industry digit 1–9; a leading 0 is a phone's trunk or "00" prefix.
  if (digits.length >= 13 && digits.length <= 19 && separators.size <= 1 && !/[().+/]/.test(candidate) && !digits.startsWith('0')
    && !/^(\d)\1+$/.test(digits) && isLuhnValid(digits)) return 'card';
  if (context === 'account' && digits.length >= 5) return 'account';
  if (context === 'ssn' && digits.length >= 6) return 'ssn';
  // "SIN 130 692 544": the Canadian number is nine digits passing Luhn ("sin" alone is Spanish "without").
  if (context === 'sin' && /^\d{3}[ -]?\d{3}[ -]?\d{3}$/.test(candidate) && isLuhnValid(digits)) return 'ssn';
  // "2024-0087113": a number led by a year and a hyphen or slash is a bill's or a document's.
  if (/^(?:19|20)\d{2}[-/]\d/.test(candidate) && context !== 'contact') return null;
  if (digits.length >= 7 && digits.length <= 15 && isPhone(candidate, language, context === 'contact')) return 'phone';
  return null;
}

/** Whitespace-separated groups of a run, as [start, end) offsets relative to the run. */
function groupsOf(run: string): [number, number][] {
  return [...run.matchAll(/\S+/g)].map((match) => [match.index, match.index + match[0].length]);
}

/** Whether the text has MIN_DIGITS ASCII digits in all: a run needs that many to be looked at. */
function hasEnoughDigits(text: string): boolean {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39 && ++count >= MIN_DIGITS) return true;
  }
  return false;
}

export function classifyNumbers(text: string, keywords: readonly KeywordHit<PiiKeywordKind>[], language: string | null): PiiSpan[] {
  const spans: PiiSpan[] = [];
  if (!hasEnoughDigits(text)) return spans;
  for (const match of text.matchAll(DIGIT_RUN)) {
    const run = match[0];
    if (run.replace(/\D/g, '').length < MIN_DIGITS) continue;
    const groups = groupsOf(run).slice(0, MAX_GROUPS);
    // The whole run first, then ever shorter stretches of its groups, so "4111 1111 1111 1111 12 25"
    // still yields the card even though the expiry date follows it.
    let covered = 0;
    for (let first = 0; first < groups.length; first++) {
      for (let last = groups.length - 1; last >= first; last--) {
        const from = (groups[first] as [number, number])[0];
        const to = (groups[last] as [number, number])[1];
        if (from < covered) break;
        const start = match.index + from;
        const end = match.index + to;
        const candidate = text.slice(start, end).replace(/[.)\-]$/, '');
        if (candidate.replace(/\D/g, '').length < MIN_DIGITS) continue;
        if (PRICE_AFTER.test(text.slice(end, end + 5)) || PRICE_BEFORE.test(text.slice(Math.max(0, start - 4), start))) continue;
        const type = classify(candidate, nearestKeyword(text, keywords, start), language);
        if (type !== null) {
          spans.push({ type, start, end: start + candidate.length });
          covered = to;
          break;
        }
      }
    }
  }
  return spans;
}
