import { describe, expect, it } from 'vitest';
import { maskText } from './pii-guard.ts';

describe('masking private numbers', () => {
  it('masks a card number but its last four digits, keeping offsets stable', () => {
    const text = 'my card 4111 1111 1111 1111 was charged twice';
    const masked = maskText(text, [{ type: 'card', start: 8, end: 27 }]);
    expect(masked).toBe('my card •••• •••• •••• 1111 was charged twice');
    expect(masked.length).toBe(text.length);
  });

  it('leaves emails and phones readable (agents need them to help)', () => {
    const text = 'write to ana@example.com';
    expect(maskText(text, [{ type: 'email', start: 9, end: 24 }])).toBe(text);
  });

  it('ignores spans that do not fit the text', () => {
    expect(maskText('short', [{ type: 'card', start: 2, end: 99 }])).toBe('short');
  });
});
