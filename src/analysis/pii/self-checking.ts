// Emails and IBANs: formats that identify themselves (an IBAN by its check digits).

import { isValidIBAN } from 'ibantools';
import { isLetterOrDigitCode } from '../text/fold.ts';
import type { PiiSpan } from './pii-span.ts';

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
// Country code, check digits, then 11–30 letters or digits, optionally grouped by spaces.
const IBAN_CANDIDATE = /(?<![\p{L}\p{N}])[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}/giu;
const SHORTEST_IBAN = 15;

/**
 * Whether some '@' has a local-part character before it and a domain character after it. Most
 * '@' in social text start a handle ("@brand"), and the email pattern tried at every letter of
 * such a message costs more than the rest of the PII rules together.
 */
function mayHoldEmail(text: string): boolean {
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    if (at === 0) continue;
    const before = text.charCodeAt(at - 1);
    const after = text.charCodeAt(at + 1);
    const isLocalPart = isLetterOrDigitCode(before) || LOCAL_PART_SYMBOLS.includes(text[at - 1] as string) || isSurrogate(before);
    const isDomain = isLetterOrDigitCode(after) || after === 0x2d || isSurrogate(after);
    if (isLocalPart && isDomain) return true;
  }
  return false;
}

const LOCAL_PART_SYMBOLS = '._%+-';

function isSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff;
}

/**
 * Whether the text has a letter right before two digits, as every IBAN starts ("LV80", "tr33").
 * [A-Z] under the i and u flags also matches 'ſ' and the Kelvin sign, which fold to s and k.
 */
function mayHoldIban(text: string): boolean {
  for (let i = 1; i + 1 < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x30 || code > 0x39) continue;
    const next = text.charCodeAt(i + 1);
    if (next < 0x30 || next > 0x39) continue;
    const before = text.charCodeAt(i - 1) | 0x20;
    if ((before >= 0x61 && before <= 0x7a) || before === 0x17f || before === 0x213a || before === 0x212a) return true;
  }
  return false;
}

export function findEmails(text: string): PiiSpan[] {
  if (!mayHoldEmail(text)) return [];
  return [...text.matchAll(EMAIL)].map((match) => ({ type: 'email', start: match.index, end: match.index + match[0].length }));
}

/**
 * The candidate pattern also swallows the words after an IBAN ("LV80BANK0000435195001 please"),
 * so the longest prefix that passes the mod-97 check is the IBAN.
 */
export function findIbans(text: string): PiiSpan[] {
  const spans: PiiSpan[] = [];
  if (!mayHoldIban(text)) return spans;
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
