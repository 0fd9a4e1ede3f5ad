// Emails and IBANs: formats that identify themselves (an IBAN by its check digits).

import { isValidIBAN } from 'ibantools';
import type { PiiSpan } from './pii-span.ts';

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
// Country code, check digits, then 11–30 letters or digits, optionally grouped by spaces.
const IBAN_CANDIDATE = /(?<![\p{L}\p{N}])[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}/giu;
const SHORTEST_IBAN = 15;

export function findEmails(text: string): PiiSpan[] {
  return [...text.matchAll(EMAIL)].map((match) => ({ type: 'email', start: match.index, end: match.index + match[0].length }));
}

/**
 * The candidate pattern also swallows the words after an IBAN ("LV80BANK0000435195001 please"),
 * so the longest prefix that passes the mod-97 check is the IBAN.
 */
export function findIbans(text: string): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const match of text.matchAll(IBAN_CANDIDATE)) {
    const positions: number[] = [];
    let compact = '';
    for (let i = 0; i < match[0].length; i++) {
      const char = match[0][i] as string;
      if (char === ' ') continue;
      compact += char.toUpperCase();
      positions.push(match.index + i);
    }
    for (let length = compact.length; length >= SHORTEST_IBAN; length--) {
      if (isValidIBAN(compact.slice(0, length))) {
        spans.push({ type: 'iban', start: match.index, end: (positions[length - 1] as number) + 1 });
        break;
      }
    }
  }
  return spans;
}
