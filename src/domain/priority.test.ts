import { describe, expect, it } from 'vitest';
import { computePriority } from './priority.ts';

const calm = { urgency: 0, sentiment: 'neutral' as const, sentimentScore: 0, intents: [] };

describe('computePriority', () => {
  it('explains every point: the score is the sum of its factors', () => {
    const priority = computePriority({
      analysis: { urgency: 0.9, sentiment: 'negative', sentimentScore: -0.8, intents: ['complaint', 'human'] },
      isVip: true, visibility: 'public',
    });
    expect(priority.factors.map((f) => f.factor)).toEqual(['urgency', 'sentiment', 'intent', 'customer', 'visibility']);
    expect(priority.score).toBe(Math.min(100, priority.factors.reduce((sum, f) => sum + f.points, 0)));
  });

  it('tells a message that reads as urgent from one that only hints at it', () => {
    const urgent = computePriority({ analysis: { ...calm, urgency: 0.8 }, isVip: false, visibility: 'private' });
    const hint = computePriority({ analysis: { ...calm, urgency: 0.3 }, isVip: false, visibility: 'private' });
    expect(urgent.factors[0]).toEqual({ factor: 'urgency', points: 32, detail: 'the message reads as urgent' });
    expect(hint.factors[0]).toEqual({ factor: 'urgency', points: 12, detail: 'some signs of urgency' });
  });

  it('weighs strongly negative sentiment more than mildly negative', () => {
    const strong = computePriority({ analysis: { ...calm, sentiment: 'negative', sentimentScore: -0.9 }, isVip: false, visibility: 'private' });
    const mild = computePriority({ analysis: { ...calm, sentiment: 'negative', sentimentScore: -0.3 }, isVip: false, visibility: 'private' });
    expect(strong.score).toBeGreaterThan(mild.score);
    expect(strong.factors[0]?.detail).toBe('strongly negative sentiment');
  });

  it('gives a calm private message from a regular customer no priority', () => {
    expect(computePriority({ analysis: calm, isVip: false, visibility: 'private' })).toEqual({ score: 0, factors: [] });
  });
});
