// What a customer is worth to the brand (VIP flag, loyalty tier, lifetime value) and the author's reach, as priority factors.
import type { PriorityFactor } from './types.ts';
import { LOYALTY_TIERS, type LogScale, type LoyaltyTier, type PrioritySettings } from './priority-settings.ts';

export interface CustomerValue {
  isVip: boolean;
  loyaltyTier: LoyaltyTier | null;
  /** In the workspace's currency. */
  lifetimeValue: number | null;
}

/** A customer Parley knows nothing about: no extra points. */
export const UNKNOWN_CUSTOMER: CustomerValue = { isVip: false, loyaltyTier: null, lifetimeValue: null };

const wholeNumber = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

function tierOf(value: unknown): LoyaltyTier | null {
  if (typeof value !== 'string') return null;
  const tier = value.trim().toLowerCase();
  return (LOYALTY_TIERS as readonly string[]).includes(tier) ? tier as LoyaltyTier : null;
}

/**
 * A number, or a string of digits with an optional decimal point ("4200", "4200.50"). Anything
 * else ("4,5", "about 4k") is ignored: whether "4,500" means four and a half or four thousand
 * five hundred depends on the writer's locale, and a guessed value would rank customers wrongly.
 */
function amountOf(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : null;
  if (typeof value === 'string' && /^\s*\d{1,15}(\.\d+)?\s*$/.test(value)) return Number(value);
  return null;
}

/** Reads the contact's `loyaltyTier` and `lifetimeValue` attributes (the keys admins set on the profile). */
export function customerValueOf(contact: { isVip: boolean; attributes: Record<string, unknown> }): CustomerValue {
  return {
    isVip: contact.isVip,
    loyaltyTier: tierOf(contact.attributes.loyaltyTier),
    lifetimeValue: amountOf(contact.attributes.lifetimeValue),
  };
}

/** Points on a capped log scale: a customer worth ten times more gets the same few points more at any size. */
export function logScalePoints(scale: LogScale, value: number): number {
  // A scale starting at 0 would put log(0) in the formula; 1 is where counting starts to mean anything.
  const from = Math.max(1, scale.from);
  if (scale.max <= 0 || !(value > from)) return 0;
  if (scale.fullAt <= from) return scale.max;
  const share = Math.log(value / from) / Math.log(scale.fullAt / from);
  return Math.round(scale.max * Math.min(1, share));
}

export function customerFactors(settings: PrioritySettings, value: CustomerValue): PriorityFactor[] {
  const factors: PriorityFactor[] = [];
  const { customer } = settings;
  if (value.isVip && customer.vip > 0) factors.push({ factor: 'vip', points: customer.vip, detail: 'VIP customer' });
  if (value.loyaltyTier && value.loyaltyTier !== 'none') {
    const points = customer.loyaltyTiers[value.loyaltyTier];
    if (points > 0) factors.push({ factor: 'loyalty', points, detail: `${value.loyaltyTier} loyalty tier` });
  }
  if (value.lifetimeValue !== null) {
    const points = logScalePoints(customer.lifetimeValue, value.lifetimeValue);
    if (points > 0) factors.push({ factor: 'lifetime-value', points, detail: `lifetime value ${wholeNumber.format(value.lifetimeValue)}` });
  }
  return factors;
}

/** Off unless an admin gives followers a weight: a large audience does not buy better service by default. */
export function followerFactors(settings: PrioritySettings, followers: number | null | undefined): PriorityFactor[] {
  if (followers === null || followers === undefined) return [];
  const points = logScalePoints(settings.followers, followers);
  return points > 0 ? [{ factor: 'followers', points, detail: `${wholeNumber.format(followers)} followers` }] : [];
}
