// Explainable priority: a score made of named factors, each with its points and a reason.
import type { MessageAnalysis, PriorityFactor, Priority } from './types.ts';

export interface PriorityInput {
  analysis: Pick<MessageAnalysis, 'urgency' | 'sentiment' | 'sentimentScore' | 'intents'>;
  isVip: boolean;
  visibility: 'public' | 'private';
  /** Points that listening rules add, with the rules' names. */
  boost?: { points: number; detail: string } | undefined;
}

/**
 * Waiting time is not part of the stored score (it would change every minute): within one
 * priority the inbox and "next up" take the oldest conversation first.
 */
export function computePriority(input: PriorityInput): Priority {
  const factors: PriorityFactor[] = [];
  const { analysis } = input;
  if (analysis.urgency > 0) {
    const points = Math.round(Math.min(1, analysis.urgency) * 40);
    // 0.5 is where `parley analyze` calls a message urgent; below it the words only hint at it.
    const detail = analysis.urgency >= 0.5 ? 'the message reads as urgent' : 'some signs of urgency';
    factors.push({ factor: 'urgency', points, detail });
  }
  if (analysis.sentiment === 'negative') {
    const strength = Math.abs(analysis.sentimentScore ?? 0.5);
    const detail = strength >= 0.6 ? 'strongly negative sentiment' : 'negative sentiment';
    factors.push({ factor: 'sentiment', points: Math.round(10 + 15 * Math.min(1, strength)), detail });
  }
  if (analysis.intents.includes('human')) {
    factors.push({ factor: 'intent', points: 10, detail: 'asks for a person' });
  }
  if (input.isVip) {
    factors.push({ factor: 'customer', points: 20, detail: 'VIP customer' });
  }
  if (input.visibility === 'public') {
    factors.push({ factor: 'visibility', points: 5, detail: 'public: other customers read the thread' });
  }
  if (input.boost && input.boost.points > 0) {
    factors.push({ factor: 'listening', points: input.boost.points, detail: input.boost.detail });
  }
  const score = Math.min(100, factors.reduce((sum, f) => sum + f.points, 0));
  return { score, factors };
}
