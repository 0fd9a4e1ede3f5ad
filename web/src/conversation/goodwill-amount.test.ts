import { describe, expect, it } from 'vitest';
import { currencyDigits, parseAmountToMinor } from './goodwill-amount.ts';

describe('reading a goodwill amount', () => {
  it('reads whole and decimal amounts with a point or a comma as exact minor units', () => {
    expect(parseAmountToMinor('50', 'EUR')).toBe(5000);
    expect(parseAmountToMinor('49.9', 'EUR')).toBe(4990);
    expect(parseAmountToMinor('49,90', 'eur')).toBe(4990);
    expect(parseAmountToMinor('0.29', 'EUR')).toBe(29);
    expect(parseAmountToMinor(' 1 250.00 ', 'EUR')).toBe(125000);
  });

  it('follows the currency\'s own minor digits', () => {
    expect(parseAmountToMinor('500', 'JPY')).toBe(500);
    expect(parseAmountToMinor('5.5', 'JPY')).toBeNull();
    expect(parseAmountToMinor('1.250', 'KWD')).toBe(1250);
  });

  it('refuses what is not an amount', () => {
    for (const text of ['', '-5', '5.999', '5e3', 'ten', '5.0.0', '€5']) expect(parseAmountToMinor(text, 'EUR'), text).toBeNull();
    expect(parseAmountToMinor('5', 'EURO')).toBeNull();
    expect(currencyDigits('nope')).toBeNull();
  });
});
