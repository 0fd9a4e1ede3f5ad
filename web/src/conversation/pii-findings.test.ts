import { describe, expect, it } from 'vitest';
import { findingsOf, flaggedSegments, piiTypeNames } from './pii-findings.ts';

describe('showing the agent what the PII guard found', () => {
  it('names each kind once, in reading order', () => {
    expect(piiTypeNames([{ type: 'email', start: 30, end: 40 }, { type: 'card', start: 5, end: 24 }, { type: 'card', start: 50, end: 69 }]))
      .toEqual(['card number', 'email address']);
  });

  it('marks the spans in the draft, counting from its first non-blank character', () => {
    const draft = '  Card 4111 1111 1111 1111 ok';
    const segments = flaggedSegments(draft, [{ type: 'card', start: 5, end: 24 }]);
    expect(segments.map((s) => [s.text, s.type])).toEqual([['  Card ', null], ['4111 1111 1111 1111', 'card'], [' ok', null]]);
    expect(segments.map((s) => s.text).join('')).toBe(draft);
  });

  it('shows overlapping findings once and leaves out what lies in the signature', () => {
    const draft = 'IBAN LV80BANK0000435195001';
    const segments = flaggedSegments(draft, [
      { type: 'iban', start: 5, end: 26 }, { type: 'account', start: 9, end: 26 }, { type: 'email', start: 27, end: 40 },
    ]);
    expect(segments.map((s) => [s.text, s.type])).toEqual([['IBAN ', null], ['LV80BANK0000435195001', 'iban']]);
  });

  it('trusts only well-formed findings from the server', () => {
    expect(findingsOf([{ type: 'card', start: 1, end: 3 }, { type: 'card' }, 'x', null])).toEqual([{ type: 'card', start: 1, end: 3 }]);
    expect(findingsOf(undefined)).toEqual([]);
  });
});
