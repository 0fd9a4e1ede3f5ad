// Sentiment toward the brand: label and score from sentiment cues, problems, negation and irony.

import type { SentimentLabel } from '../../domain/types.ts';
import type { CueHit } from '../cues/cue.ts';
import type { UrgencyReason } from '../lexicon/urgency-lexicon.ts';

export interface SentimentVerdict {
  label: SentimentLabel;
  /** -1..1 */
  score: number;
  isSarcastic: boolean;
}

/**
 * Reporting a problem (a cancelled flight, a double charge, a parcel that has not moved) is
 * negative toward the brand even in flat words: one clear problem cue alone reads negative.
 */
const PROBLEM_WEIGHT = -1.2;
const NOT_PROBLEMS: ReadonlySet<UrgencyReason> = new Set(['urgent', 'travel', 'money', 'service']);
/** After "but" the writer says what they mean: what comes before it counts half, what follows more. */
const BEFORE_CONTRAST = 0.5;
const AFTER_CONTRAST = 1.5;
const COMPLAINT_WORD = -0.4;
/** "not good" is nearly as bad as "bad"; "not bad" is only mildly good. */
const NEGATED_POSITIVE = -0.7;
const NEGATED_NEGATIVE = 0.5;
const IRONY_PENALTY = -0.4;
const IRONY_FLIP = -0.8;
/** score = raw / (|raw| + SOFTNESS): one clear word gives about ±0.45, three about ±0.75. */
const SOFTNESS = 1.2;
const LABEL_FROM = 0.2;

export function scoreSentiment(hits: readonly CueHit[], text: string): SentimentVerdict {
  let positive = 0;
  let negative = 0;
  let sarcasm = 0;
  let hasRepetition = false;
  let hasProblem = false;
  let contrastAt = -1;
  for (const hit of hits) if (hit.cues.some((cue) => cue.kind === 'contrast')) contrastAt = hit.start;
  for (const hit of hits) {
    const emphasis = contrastAt < 0 ? 1 : hit.start < contrastAt ? BEFORE_CONTRAST : AFTER_CONTRAST;
    for (const cue of hit.cues) {
      if (cue.kind === 'sentiment') {
        let weight = cue.weight * hit.intensity * emphasis;
        if (hit.isNegated) weight = weight > 0 ? NEGATED_POSITIVE * weight : NEGATED_NEGATIVE * -weight;
        if (weight > 0) positive += weight;
        else negative += weight;
      } else if (cue.kind === 'urgency' && !hit.isNegated && !NOT_PROBLEMS.has(cue.reason)) {
        negative += PROBLEM_WEIGHT * cue.weight * emphasis;
        hasProblem = true;
      } else if (cue.kind === 'intent' && cue.intent === 'complaint' && !hit.isNegated) {
        negative += COMPLAINT_WORD * emphasis;
      } else if (cue.kind === 'sarcasm') {
        sarcasm += cue.weight;
      } else if (cue.kind === 'repetition') {
        hasRepetition = true;
      }
    }
  }
  // Irony shows itself by an eye-roll emoji or a stock phrase ("baš lepo", "thanks for nothing"),
  // or by praise wrapped around a recurring problem ("Great, another delay", "Супер, опять задержка").
  const isSarcastic = sarcasm >= 1 || (positive > 0 && hasRepetition && (hasProblem || negative < 0));
  if (isSarcastic) {
    negative += IRONY_FLIP * positive + IRONY_PENALTY;
    positive = 0;
  }
  let raw = positive + negative;
  if ((text.match(/!/g)?.length ?? 0) >= 2) raw *= 1.2;
  const score = Math.round((raw / (Math.abs(raw) + SOFTNESS)) * 100) / 100;
  const label: SentimentLabel = score >= LABEL_FROM ? 'positive' : score <= -LABEL_FROM ? 'negative' : 'neutral';
  return { label, score: score === 0 ? 0 : score, isSarcastic };
}
