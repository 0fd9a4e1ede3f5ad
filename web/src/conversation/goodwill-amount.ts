// Reads the amount an agent types ("50", "49.90", "49,90") as whole minor units of the currency, exactly.
import { minorDigits } from '../../../src/domain/goodwill.ts';

/** Digits of a currency's minor unit, or null for a code that is not a currency. */
export function currencyDigits(currency: string): number | null {
  try {
    return minorDigits(currency.trim().toUpperCase());
  } catch {
    return null;
  }
}

/**
 * Whole minor units, or null when the text is not an amount in this currency (too many decimals,
 * letters, a sign). String arithmetic, not floats: "0.29" is 29 cents, never 28.999….
 */
export function parseAmountToMinor(text: string, currency: string): number | null {
  const digits = currencyDigits(currency);
  if (digits === null) return null;
  const compact = text.trim().replace(/[\s\u00A0\u202F']/g, '');
  const match = /^(\d+)(?:[.,](\d*))?$/.exec(compact);
  if (!match) return null;
  const fraction = match[2] ?? '';
  if (fraction.length > digits) return null;
  const minor = Number(`${match[1]}${fraction.padEnd(digits, '0')}`);
  return Number.isSafeInteger(minor) ? minor : null;
}
