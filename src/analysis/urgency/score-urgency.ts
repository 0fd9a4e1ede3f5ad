// Urgency 0..1 from the urgency cues of a message, with the reasons that produced it.

import type { CueHit } from '../cues/cue.ts';
import type { UrgencyReason } from '../lexicon/urgency-lexicon.ts';

export interface UrgencyVerdict {
  urgency: number;
  reasons: UrgencyReason[];
}

/** "very urgent" is more urgent, but an intensifier alone never makes a weak cue critical. */
const MAX_INTENSITY = 1.3;
const CEILING = 0.99;
/** "again", "опять", "yine" on top of a real problem: the customer is escalating. */
const ESCALATION = 0.15;

/** Reasons that only set the scene (a flight, the internet): they add to a problem, never make one. */
const CONTEXT_REASONS: ReadonlySet<UrgencyReason> = new Set(['travel', 'service']);
/** Problems a service word ("the app", "internet") makes more urgent: the service itself failing. */
const SERVICE_PROBLEMS: ReadonlySet<UrgencyReason> = new Set(['outage', 'account-locked', 'account-hacked', 'urgent', 'waiting']);
/**
 * A refund claim is slow harm (a pending refund is not urgent): the cancellation it is for
 * ("refund for the cancelled flight"), the trip and the waiting for the money are its story,
 * not a second emergency. Stranded travellers, fraud or a double charge still count.
 */
const REFUND_STORY: readonly UrgencyReason[] = ['cancellation', 'travel', 'waiting'];

/**
 * Different reasons combine as a noisy-OR (1 − Π(1 − w)): two independent signs of urgency make
 * a message more urgent than either alone, yet the score never passes 1. Within one reason only
 * the strongest cue counts: "third week", "still waiting" and "how long" are one sign said three
 * ways, not three independent ones. A negated cue ("not urgent", "не срочно", "acil değil",
 * "nije hitno", "nav steidzami") counts for nothing.
 */
export function scoreUrgency(hits: readonly CueHit[]): UrgencyVerdict {
  const strongest = new Map<UrgencyReason, number>();
  let hasRepetition = false;
  for (const hit of hits) {
    for (const cue of hit.cues) {
      if (cue.kind === 'repetition') hasRepetition = true;
      if (cue.kind !== 'urgency' || hit.isNegated) continue;
      const weight = Math.min(CEILING, cue.weight * Math.min(MAX_INTENSITY, hit.intensity));
      strongest.set(cue.reason, Math.max(strongest.get(cue.reason) ?? 0, weight));
    }
  }
  if (strongest.has('money')) for (const reason of REFUND_STORY) strongest.delete(reason);
  // What the problem is about ("the internet") counts only once the service itself has a problem:
  // "the flight is delayed, is there wifi at the airport?" is about the flight.
  if (![...strongest.keys()].some((reason) => SERVICE_PROBLEMS.has(reason))) strongest.delete('service');
  const reasons = [...strongest.keys()];
  let calm = 1;
  for (const weight of strongest.values()) calm *= 1 - weight;
  if (hasRepetition && reasons.some((reason) => !CONTEXT_REASONS.has(reason))) calm *= 1 - ESCALATION;
  return { urgency: Math.round(Math.min(CEILING, 1 - calm) * 100) / 100, reasons };
}
