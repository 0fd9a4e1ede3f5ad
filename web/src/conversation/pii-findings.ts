// What the PII guard found in a refused public reply: readable names, and where it sits in the draft.
import type { PiiFinding } from '../api/types.ts';

const TYPE_NAMES: Record<string, string> = {
  card: 'card number', iban: 'IBAN', email: 'email address', phone: 'phone number', account: 'account number',
  ssn: 'ID number', address: 'home address', password: 'password',
};

export function piiTypeName(type: string): string {
  return TYPE_NAMES[type] ?? type;
}

/** The distinct kinds found, in the order they first appear. */
export function piiTypeNames(found: readonly PiiFinding[]): string[] {
  return [...new Set([...found].sort((a, b) => a.start - b.start).map((f) => piiTypeName(f.type)))];
}

/** The problem's `found` list, kept only where it has the expected shape. */
export function findingsOf(value: unknown): PiiFinding[] {
  if (!Array.isArray(value)) return [];
  return value.filter((f): f is PiiFinding => typeof f === 'object' && f !== null
    && typeof (f as PiiFinding).type === 'string' && Number.isInteger((f as PiiFinding).start) && Number.isInteger((f as PiiFinding).end));
}

export interface DraftSegment { text: string; type: string | null; start: number }

/**
 * Splits the refused draft into plain and flagged parts. The server checks the trimmed text with the
 * channel's signature appended, so its offsets start at the first non-blank character, and a span
 * that falls in the signature is not the agent's to fix.
 */
export function flaggedSegments(draft: string, found: readonly PiiFinding[]): DraftSegment[] {
  const offset = draft.length - draft.trimStart().length;
  const end = offset + draft.trim().length;
  const spans = [...found]
    .map((f) => ({ type: f.type, start: Math.max(offset, f.start + offset), end: Math.min(end, f.end + offset) }))
    .filter((s) => s.start < s.end)
    .sort((a, b) => a.start - b.start);
  const segments: DraftSegment[] = [];
  let cursor = 0;
  for (const span of spans) {
    // Overlapping findings (a number read as both card and account) are shown once.
    if (span.end <= cursor) continue;
    const start = Math.max(span.start, cursor);
    if (start > cursor) segments.push({ text: draft.slice(cursor, start), type: null, start: cursor });
    segments.push({ text: draft.slice(start, span.end), type: span.type, start });
    cursor = span.end;
  }
  if (cursor < draft.length) segments.push({ text: draft.slice(cursor), type: null, start: cursor });
  return segments;
}
