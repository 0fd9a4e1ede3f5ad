import { describe, expect, it } from 'vitest';
import { ParleyError } from './errors.ts';
import {
  formatMoney, judgeGoodwill, limitFor, MAX_GOODWILL_MINOR, mayDecideGoodwill, normalizeCurrency, requireAmountMinor, requireLimitMinor,
  type GoodwillLimit,
} from './goodwill.ts';

const limits: GoodwillLimit[] = [
  { role: 'agent', currency: 'EUR', maxAmountMinor: 5000 },
  { role: 'lead', currency: 'EUR', maxAmountMinor: 20000 },
  { role: 'agent', currency: 'USD', maxAmountMinor: 3000 },
];

function codeOf(work: () => unknown): string | undefined {
  try {
    work();
  } catch (error) {
    return error instanceof ParleyError ? error.code : 'not a ParleyError';
  }
  return undefined;
}

describe('goodwill limits', () => {
  it('grants up to and including the role\'s limit, and asks above it', () => {
    expect(judgeGoodwill(limits, 'agent', 5000, 'EUR')).toEqual({ isWithinLimit: true, limitMinor: 5000 });
    expect(judgeGoodwill(limits, 'agent', 5001, 'EUR')).toEqual({ isWithinLimit: false, limitMinor: 5000 });
    expect(judgeGoodwill(limits, 'lead', 15000, 'EUR').isWithinLimit).toBe(true);
  });

  it('does not let a limit in one currency cover another', () => {
    expect(limitFor(limits, 'lead', 'USD')).toBe(0);
    expect(judgeGoodwill(limits, 'lead', 1, 'USD').isWithinLimit).toBe(false);
    expect(judgeGoodwill(limits, 'agent', 3000, 'USD').isWithinLimit).toBe(true);
  });

  it('gives a role without a limit nothing on its own', () => {
    expect(limitFor(limits, 'viewer', 'EUR')).toBe(0);
    expect(limitFor(limits, 'admin', 'EUR')).toBe(0);
    expect(limitFor([], 'agent', 'EUR')).toBe(0);
  });

  it('lets leads and admins decide, not agents or viewers', () => {
    expect(['admin', 'lead', 'agent', 'viewer'].filter((r) => mayDecideGoodwill(r as 'admin'))).toEqual(['admin', 'lead']);
  });
});

describe('goodwill amounts and currencies', () => {
  it('accepts whole minor units from 1 up to the maximum', () => {
    expect(requireAmountMinor(1)).toBe(1);
    expect(requireAmountMinor(MAX_GOODWILL_MINOR)).toBe(MAX_GOODWILL_MINOR);
  });

  it('refuses zero, negative, fractional, unsafe and absurd amounts as invalid_amount', () => {
    for (const amount of [0, -100, 12.5, Number.NaN, Number.POSITIVE_INFINITY, MAX_GOODWILL_MINOR + 1, 2 ** 60]) {
      expect(codeOf(() => requireAmountMinor(amount)), String(amount)).toBe('invalid_amount');
    }
  });

  it('allows a zero limit (always ask) but not a negative or fractional one', () => {
    expect(requireLimitMinor(0)).toBe(0);
    expect(codeOf(() => requireLimitMinor(-1))).toBe('invalid_amount');
    expect(codeOf(() => requireLimitMinor(0.5))).toBe('invalid_amount');
  });

  it('upper-cases ISO 4217 codes and refuses anything else', () => {
    expect(normalizeCurrency(' eur ')).toBe('EUR');
    expect(normalizeCurrency('RSD')).toBe('RSD');
    for (const code of ['EURO', 'E', '€', 'XXQ', '', 'US$']) expect(codeOf(() => normalizeCurrency(code)), code).toBe('invalid_amount');
  });

  it('writes amounts exactly, with each currency\'s own number of minor digits', () => {
    expect(formatMoney(5000, 'EUR')).toBe('50.00 EUR');
    expect(formatMoney(7, 'EUR')).toBe('0.07 EUR');
    expect(formatMoney(123456789012, 'USD')).toBe('1234567890.12 USD');
    expect(formatMoney(500, 'JPY')).toBe('500 JPY');
    expect(formatMoney(1500, 'KWD')).toBe('1.500 KWD');
  });
});
