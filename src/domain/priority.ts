// Explainable priority: a score made of named factors, each with its points and a reason.
import type { MessageAnalysis, PriorityFactor, Priority } from './types.ts';
import { DEFAULT_PRIORITY_SETTINGS, MAX_PRIORITY, type PrioritySettings } from './priority-settings.ts';
import { customerFactors, followerFactors, type CustomerValue } from './customer-value.ts';
import { timeFactors, type Waiting } from './priority-time.ts';

export interface PriorityInput {
  analysis: Pick<MessageAnalysis, 'urgency' | 'sentiment' | 'sentimentScore' | 'intents'>;
  isVip: boolean;
  visibility: 'public' | 'private';
  /** Points that listening rules add, with the rules' names. */
  boost?: { points: number; detail: string } | undefined;
  /** The workspace's weights; the defaults where absent (`parley analyze`, the demo data). */
  settings?: PrioritySettings | undefined;
  /** Loyalty tier and lifetime value; the VIP flag is `isVip`. */
  customer?: Omit<CustomerValue, 'isVip'> | undefined;
  /** The author's follower count, where the network tells it. */
  followers?: number | null | undefined;
  /** How long the customer has waited; absent, the score has no time factors. */
  waiting?: Omit<Waiting, 'visibility'> | undefined;
  /** Factors kept as they were computed when the message arrived (listening, followers), on recomputation. */
  carried?: PriorityFactor[] | undefined;
}

/** Where `parley analyze` and the explanation call a message urgent; below it the words only hint at it. */
const URGENT_FROM = 0.5;

function messageFactors(input: PriorityInput, settings: PrioritySettings): PriorityFactor[] {
  const factors: PriorityFactor[] = [];
  const { analysis } = input;
  if (analysis.urgency > 0) {
    const points = Math.round(Math.min(1, analysis.urgency) * settings.urgency.max);
    const detail = analysis.urgency >= URGENT_FROM ? 'the message reads as urgent' : 'some signs of urgency';
    if (points > 0) factors.push({ factor: 'urgency', points, detail });
  }
  if (analysis.sentiment === 'negative') {
    const strength = Math.min(1, Math.abs(analysis.sentimentScore ?? 0.5));
    const detail = strength >= 0.6 ? 'strongly negative sentiment' : 'negative sentiment';
    const { mild, strong } = settings.sentiment;
    const points = Math.round(mild + (strong - mild) * strength);
    if (points > 0) factors.push({ factor: 'sentiment', points, detail });
  }
  if (analysis.intents.includes('human') && settings.intent.human > 0) {
    factors.push({ factor: 'intent', points: settings.intent.human, detail: 'asks for a person' });
  }
  return factors;
}

/**
 * The score is the sum of the factors' points, capped at 100. Waiting time and the response goal
 * are factors too: the re-prioritisation job recomputes the stored score when they next change
 * (see nextTimeChange), so the stored score never rots and the inbox can still sort by an index.
 */
export function computePriority(input: PriorityInput): Priority {
  const settings = input.settings ?? DEFAULT_PRIORITY_SETTINGS;
  const factors = messageFactors(input, settings);
  factors.push(...customerFactors(settings, {
    isVip: input.isVip, loyaltyTier: input.customer?.loyaltyTier ?? null, lifetimeValue: input.customer?.lifetimeValue ?? null,
  }));
  factors.push(...followerFactors(settings, input.followers));
  if (input.visibility === 'public' && settings.visibility.public > 0) {
    factors.push({ factor: 'visibility', points: settings.visibility.public, detail: 'public: other customers read the thread' });
  }
  if (input.boost && input.boost.points > 0) {
    factors.push({ factor: 'listening', points: input.boost.points, detail: input.boost.detail });
  }
  for (const kept of input.carried ?? []) {
    if (kept.points > 0 && !factors.some((f) => f.factor === kept.factor)) factors.push(kept);
  }
  if (input.waiting) factors.push(...timeFactors(settings, { ...input.waiting, visibility: input.visibility }));
  const score = Math.min(MAX_PRIORITY, factors.reduce((sum, f) => sum + f.points, 0));
  return { score, factors };
}
