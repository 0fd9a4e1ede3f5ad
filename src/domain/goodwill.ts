// Goodwill gestures (a credit, a refund, a voucher): amounts in minor units, per-role limits, and
// who may decide a gesture above the asker's limit.
import { ParleyError } from './errors.ts';
import type { Role } from './types.ts';

/** granted: within the asker's limit, no approval needed; pending: waiting for a lead; then approved or declined. */
export const GOODWILL_STATUSES = ['granted', 'pending', 'approved', 'declined'] as const;
export type GoodwillStatus = (typeof GOODWILL_STATUSES)[number];

export type GoodwillDecision = 'approved' | 'declined';

/** The most a role may give in one currency without asking; amounts are integer minor units (cents). */
export interface GoodwillLimit {
  role: Role;
  currency: string;
  maxAmountMinor: number;
}

export interface GoodwillRequest {
  id: string;
  workspaceId: string;
  conversationId: string;
  requestedBy: string;
  requestedByName: string | null;
  /** The asker's role and the limit that applied when they asked: later changes of limits do not rewrite it. */
  requestedRole: Role;
  amountMinor: number;
  currency: string;
  limitMinor: number;
  reason: string;
  status: GoodwillStatus;
  decidedBy: string | null;
  decidedByName: string | null;
  decisionNote: string | null;
  createdAt: string;
  decidedAt: string | null;
}

/** Far above any real gesture, far below where a JavaScript number stops counting cents exactly. */
export const MAX_GOODWILL_MINOR = 100_000_000_000;

const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

/** An ISO 4217 code in upper case ("eur" → "EUR"); anything else is refused. */
export function normalizeCurrency(code: string): string {
  const currency = code.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency) || !CURRENCIES.has(currency)) {
    throw new ParleyError('invalid_amount', `${JSON.stringify(code.slice(0, 16))} is not an ISO 4217 currency code`, { field: 'currency' });
  }
  return currency;
}

/** A gesture's amount: a whole number of minor units, above zero. */
export function requireAmountMinor(amount: number, field = 'amountMinor'): number {
  if (!Number.isSafeInteger(amount) || amount <= 0 || amount > MAX_GOODWILL_MINOR) {
    throw new ParleyError('invalid_amount', `${field} must be a whole number of minor units (cents) from 1 to ${MAX_GOODWILL_MINOR}`, { field });
  }
  return amount;
}

/** A limit may be zero (the role always asks), never negative or fractional. */
export function requireLimitMinor(amount: number): number {
  if (!Number.isSafeInteger(amount) || amount < 0 || amount > MAX_GOODWILL_MINOR) {
    throw new ParleyError('invalid_amount', `maxAmountMinor must be a whole number of minor units from 0 to ${MAX_GOODWILL_MINOR}`, { field: 'maxAmountMinor' });
  }
  return amount;
}

/** A role without a limit in this currency may give nothing on its own: a euro limit does not cover dollars. */
export function limitFor(limits: readonly GoodwillLimit[], role: Role, currency: string): number {
  return limits.find((l) => l.role === role && l.currency === currency)?.maxAmountMinor ?? 0;
}

export interface GoodwillVerdict {
  isWithinLimit: boolean;
  limitMinor: number;
}

export function judgeGoodwill(limits: readonly GoodwillLimit[], role: Role, amountMinor: number, currency: string): GoodwillVerdict {
  const limitMinor = limitFor(limits, role, currency);
  return { isWithinLimit: amountMinor <= limitMinor, limitMinor };
}

/** Leads and admins decide gestures above a limit; nobody decides their own. */
export function mayDecideGoodwill(role: Role): boolean {
  return role === 'lead' || role === 'admin';
}

/** How many minor units a currency's major unit has (EUR 2, JPY 0, KWD 3). */
export function minorDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** "80.00 EUR": exact for every whole amount (no floating point), the same in every locale, for notes and logs. */
export function formatMoney(amountMinor: number, currency: string): string {
  const digits = minorDigits(currency);
  const sign = amountMinor < 0 ? '-' : '';
  const text = String(Math.abs(amountMinor)).padStart(digits + 1, '0');
  const major = digits ? `${text.slice(0, -digits)}.${text.slice(-digits)}` : text;
  return `${sign}${major} ${currency}`;
}
