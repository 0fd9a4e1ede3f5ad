// Validates priority settings from an admin (or the store): whole numbers of points in range, sane goals.
import { z } from 'zod';
import { DEFAULT_PRIORITY_SETTINGS as D, LOYALTY_TIERS, type LogScale, type LoyaltyTier, type PrioritySettings } from './priority-settings.ts';

// No factor may take the whole score alone beyond the cap; 100 points is the cap itself.
const Points = z.number().int().min(0).max(100);
const Amount = z.number().min(0).max(1e12);

function logScale(defaults: LogScale) {
  return z.object({ max: Points.default(defaults.max), from: Amount.default(defaults.from), fullAt: Amount.default(defaults.fullAt) })
    .strict()
    .refine((s) => s.fullAt > s.from, { message: 'fullAt must be above from', path: ['fullAt'] });
}

const tierShape = Object.fromEntries(LOYALTY_TIERS.map((tier) => [tier, Points.default(D.customer.loyaltyTiers[tier])])) as Record<LoyaltyTier, z.ZodDefault<typeof Points>>;

/**
 * Every field has its default, so an admin (or an older stored copy) may leave any out; unknown
 * fields are refused, so a misspelt weight is an error rather than silently ignored.
 */
export const PrioritySettingsSchema = z.object({
  urgency: z.object({ max: Points.default(D.urgency.max) }).strict().prefault({}),
  sentiment: z.object({ mild: Points.default(D.sentiment.mild), strong: Points.default(D.sentiment.strong) }).strict()
    .refine((s) => s.strong >= s.mild, { message: 'strong must be at least mild', path: ['strong'] }).prefault({}),
  intent: z.object({ human: Points.default(D.intent.human) }).strict().prefault({}),
  visibility: z.object({ public: Points.default(D.visibility.public) }).strict().prefault({}),
  customer: z.object({
    vip: Points.default(D.customer.vip),
    loyaltyTiers: z.object(tierShape).strict().prefault({}),
    lifetimeValue: logScale(D.customer.lifetimeValue).prefault({}),
  }).strict().prefault({}),
  followers: logScale(D.followers).prefault({}),
  aging: z.object({
    stepMinutes: z.number().int().min(1).max(24 * 60).default(D.aging.stepMinutes),
    pointsPerStep: Points.default(D.aging.pointsPerStep),
    max: Points.default(D.aging.max),
  }).strict().prefault({}),
  sla: z.object({
    firstResponseMinutes: z.object({
      public: z.number().int().min(1).max(30 * 24 * 60).default(D.sla.firstResponseMinutes.public),
      private: z.number().int().min(1).max(30 * 24 * 60).default(D.sla.firstResponseMinutes.private),
    }).strict().prefault({}),
    nearShare: z.number().min(0).max(0.9).default(D.sla.nearShare),
    nearPoints: Points.default(D.sla.nearPoints),
    breachedPoints: Points.default(D.sla.breachedPoints),
  }).strict().prefault({}),
}).strict();

/** Parses settings; throws the ZodError (problem+json validation_failed at the HTTP edge) when they are wrong. */
export function parsePrioritySettings(input: unknown): PrioritySettings {
  return PrioritySettingsSchema.parse(input);
}
