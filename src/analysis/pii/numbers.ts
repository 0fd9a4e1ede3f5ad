// Digit runs: which are cards, national IDs, accounts or phones, and which are orders, dates, prices.

import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import type { KeywordHit } from '../automaton/keyword-automaton.ts';
import {
  isLatvianPersonalCode, isLuhnValid, isSerbianBankAccount, isSerbianJmbg, isTurkishIdentityNumber,
  isUsSocialSecurityNumber,
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
  ru: ['RU'], uk: ['UA'], tr: ['TR'], sr: ['RS'], hr: ['HR'], lv: ['LV'], bg: ['BG'],
  de: ['DE'], fr: ['FR'], es: ['ES'], it: ['IT'], pt: ['PT', 'BR'], nl: ['NL'], pl: ['PL'],
};

function nearestKeyword(keywords: readonly KeywordHit<PiiKeywordKind>[], start: number): PiiKeywordKind | null {
  let nearest: KeywordHit<PiiKeywordKind> | null = null;
  for (const hit of keywords) {
    if (hit.end > start || start - hit.end > CONTEXT_REACH) continue;
    if (hit.data === 'street-word' || hit.data === 'street-name-first' || hit.data === 'password') continue;
    if (nearest === null || hit.end > nearest.end) nearest = hit;
  }
  return nearest?.data ?? null;
}

function isPhone(candidate: string, language: string | null): boolean {
  // Parsing costs ~20 µs a country; English numbers starting with the trunk 0 are British.
  const countries = candidate.startsWith('+') ? [undefined]
    : language === 'en' ? [candidate.startsWith('0') ? 'GB' as const : 'US' as const]
    : COUNTRY_BY_LANGUAGE[language ?? ''] ?? ['US'];
  return countries.some((country) => parsePhoneNumberFromString(candidate, country)?.isValid() === true);
}

function classify(candidate: string, context: PiiKeywordKind | null, language: string | null): PiiType | null {
  const digits = candidate.replace(/\D/g, '');
  if (DATE.test(candidate)) return null;
  if (context === 'not-pii') return null;
  if (/^\d{3}-\d{2}-\d{4}$/.test(candidate) && isUsSocialSecurityNumber(digits)) return 'ssn';
  if (isSerbianBankAccount(candidate)) return 'account';
  if (digits.length === 11 && /^\d{6}-?\d{5}$/.test(candidate) && isLatvianPersonalCode(digits)
    && (candidate.includes('-') || context === 'ssn' || language === 'lv')) return 'ssn';
  if (digits.length === 11 && /^\d{11}$/.test(candidate) && isTurkishIdentityNumber(digits)
    && (context === 'ssn' || language === 'tr' || !isPhone(candidate, language))) return 'ssn';
  if (digits.length === 13 && /^\d{13}$/.test(candidate) && isSerbianJmbg(digits)) return 'ssn';
  const separators = new Set(candidate.replace(/\d/g, ''));
  if (digits.length >= 13 && digits.length <= 19 && separators.size <= 1 && !/[().+/]/.test(candidate)
    && !/^(\d)\1+$/.test(digits) && isLuhnValid(digits)) return 'card';
  if (context === 'account' && digits.length >= 5) return 'account';
  if (context === 'ssn' && digits.length >= 6) return 'ssn';
  if (digits.length >= 7 && digits.length <= 15 && isPhone(candidate, language)) return 'phone';
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
        const type = classify(candidate, nearestKeyword(keywords, start), language);
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
