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

/**
 * Cues combine as a noisy-OR (1 − Π(1 − w)): two independent signs of urgency make a message
 * more urgent than either alone, yet the score never passes 1. A negated cue ("not urgent",
 * "не срочно", "acil değil", "nije hitno", "nav steidzami") counts for nothing.
 */
export function scoreUrgency(hits: readonly CueHit[]): UrgencyVerdict {
  let calm = 1;
  const reasons: UrgencyReason[] = [];
  let hasRepetition = false;
  for (const hit of hits) {
    for (const cue of hit.cues) {
      if (cue.kind === 'repetition') hasRepetition = true;
      if (cue.kind !== 'urgency' || hit.isNegated) continue;
      calm *= 1 - Math.min(CEILING, cue.weight * Math.min(MAX_INTENSITY, hit.intensity));
      if (!reasons.includes(cue.reason)) reasons.push(cue.reason);
    }
  }
  if (hasRepetition && reasons.some((reason) => reason !== 'travel')) calm *= 1 - ESCALATION;
  return { urgency: Math.round(Math.min(CEILING, 1 - calm) * 100) / 100, reasons };
}
