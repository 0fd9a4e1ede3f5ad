import { describe, expect, it } from 'vitest';
import { computePriority } from './priority.ts';
import { DEFAULT_PRIORITY_SETTINGS, type PrioritySettings } from './priority-settings.ts';
import { parsePrioritySettings } from './priority-settings-schema.ts';
import { customerValueOf, logScalePoints } from './customer-value.ts';
import { formatWait, nextTimeChange } from './priority-time.ts';

const calm = { urgency: 0, sentiment: 'neutral' as const, sentimentScore: 0, intents: [] };
const since = new Date('2026-03-02T09:00:00Z');
const after = (minutes: number) => new Date(since.getTime() + minutes * 60_000);
const withSettings = (patch: unknown): PrioritySettings => parsePrioritySettings(patch);

describe('computePriority', () => {
  it('explains every point: the score is the sum of its factors', () => {
    const priority = computePriority({
      analysis: { urgency: 0.9, sentiment: 'negative', sentimentScore: -0.8, intents: ['complaint', 'human'] },
      isVip: true, visibility: 'public',
    });
    expect(priority.factors.map((f) => f.factor)).toEqual(['urgency', 'sentiment', 'intent', 'vip', 'visibility']);
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
    expect(mild.factors[0]).toEqual({ factor: 'sentiment', points: 15, detail: 'negative sentiment' });
  });

  it('gives a calm private message from a regular customer no priority', () => {
    expect(computePriority({ analysis: calm, isVip: false, visibility: 'private' })).toEqual({ score: 0, factors: [] });
  });

  it('caps the score at 100 but still lists every factor', () => {
    const priority = computePriority({
      analysis: { urgency: 1, sentiment: 'negative', sentimentScore: -1, intents: ['human'] }, isVip: true, visibility: 'public',
      customer: { loyaltyTier: 'platinum', lifetimeValue: 50_000 }, waiting: { since, now: after(600) },
    });
    expect(priority.score).toBe(100);
    expect(priority.factors.reduce((sum, f) => sum + f.points, 0)).toBeGreaterThan(100);
    expect(priority.factors.map((f) => f.factor)).toEqual(['urgency', 'sentiment', 'intent', 'vip', 'loyalty', 'lifetime-value', 'visibility', 'aging', 'sla']);
  });

  it('uses the workspace weights, and a weight of 0 removes the factor', () => {
    const settings = withSettings({ urgency: { max: 60 }, visibility: { public: 0 }, intent: { human: 25 } });
    const priority = computePriority({ analysis: { ...calm, urgency: 0.5, intents: ['human'] }, isVip: false, visibility: 'public', settings });
    expect(priority.factors).toEqual([
      { factor: 'urgency', points: 30, detail: 'the message reads as urgent' },
      { factor: 'intent', points: 25, detail: 'asks for a person' },
    ]);
  });
});

describe('customer value', () => {
  it('gives points for the VIP flag, the loyalty tier and the lifetime value, each with its reason', () => {
    const value = customerValueOf({ isVip: true, attributes: { loyaltyTier: 'Gold', lifetimeValue: 4200 } });
    expect(value).toEqual({ isVip: true, loyaltyTier: 'gold', lifetimeValue: 4200 });
    const priority = computePriority({ analysis: calm, isVip: value.isVip, visibility: 'private', customer: value });
    expect(priority.factors).toEqual([
      { factor: 'vip', points: 20, detail: 'VIP customer' },
      { factor: 'loyalty', points: 8, detail: 'gold loyalty tier' },
      { factor: 'lifetime-value', points: 8, detail: 'lifetime value 4,200' },
    ]);
  });

  it('maps each loyalty tier to its points, and ignores tiers it does not know', () => {
    const points = (tier: unknown) => computePriority({
      analysis: calm, isVip: false, visibility: 'private', customer: customerValueOf({ isVip: false, attributes: { loyaltyTier: tier } }),
    }).score;
    expect(['none', 'bronze', 'silver', 'gold', 'platinum'].map(points)).toEqual([0, 2, 4, 8, 12]);
    expect(points('diamond')).toBe(0);
    expect(points(7)).toBe(0);
  });

  it('puts lifetime value on a capped log scale', () => {
    const scale = DEFAULT_PRIORITY_SETTINGS.customer.lifetimeValue;
    expect(logScalePoints(scale, 50)).toBe(0);
    expect(logScalePoints(scale, 100)).toBe(0);
    expect(logScalePoints(scale, 1000)).toBe(5);
    expect(logScalePoints(scale, 10_000)).toBe(10);
    expect(logScalePoints(scale, 10_000_000)).toBe(10);
  });

  it('reads a lifetime value written as plain digits, and ignores one whose meaning depends on the locale', () => {
    expect(customerValueOf({ isVip: false, attributes: { lifetimeValue: '4200.50' } }).lifetimeValue).toBe(4200.5);
    expect(customerValueOf({ isVip: false, attributes: { lifetimeValue: '4,5' } }).lifetimeValue).toBeNull();
    expect(customerValueOf({ isVip: false, attributes: { lifetimeValue: -10 } }).lifetimeValue).toBeNull();
    expect(customerValueOf({ isVip: false, attributes: {} })).toEqual({ isVip: false, loyaltyTier: null, lifetimeValue: null });
  });
});

describe('followers', () => {
  it('adds nothing by default, however large the audience', () => {
    const priority = computePriority({ analysis: calm, isVip: false, visibility: 'public', followers: 2_000_000 });
    expect(priority.factors.map((f) => f.factor)).toEqual(['visibility']);
  });

  it('counts when an admin weighs it in', () => {
    const settings = withSettings({ followers: { max: 10 } });
    const priority = computePriority({ analysis: calm, isVip: false, visibility: 'private', followers: 31_623, settings });
    expect(priority.factors).toEqual([{ factor: 'followers', points: 5, detail: '31,623 followers' }]);
  });
});

describe('waiting time and the first-response goal', () => {
  const waitingPrivate = (minutes: number, settings?: PrioritySettings) =>
    computePriority({ analysis: calm, isVip: false, visibility: 'private', waiting: { since, now: after(minutes) }, settings });

  it('grows in steps while the customer waits, up to its cap', () => {
    expect(waitingPrivate(29).factors).toEqual([]);
    expect(waitingPrivate(30).factors).toEqual([{ factor: 'aging', points: 2, detail: 'waiting more than 30 min' }]);
    expect(waitingPrivate(130).factors).toEqual([{ factor: 'aging', points: 8, detail: 'waiting more than 2 h' }]);
    expect(waitingPrivate(179).factors[0]).toEqual({ factor: 'aging', points: 10, detail: 'waiting more than 2 h 30 min' });
    expect(waitingPrivate(10 * 60).factors[0]).toEqual({ factor: 'aging', points: 20, detail: 'waiting more than 10 h' });
    expect(waitingPrivate(3 * 24 * 60).factors[0]?.points).toBe(20);
  });

  it('adds points as the goal nears, and more once it is missed', () => {
    const publicWait = (minutes: number) => computePriority({ analysis: calm, isVip: false, visibility: 'public', waiting: { since, now: after(minutes) } })
      .factors.filter((f) => f.factor === 'sla');
    expect(publicWait(44)).toEqual([]);
    expect(publicWait(45)).toEqual([{ factor: 'sla', points: 10, detail: 'first-response goal (1 h) is less than 15 min away' }]);
    expect(publicWait(60)).toEqual([{ factor: 'sla', points: 20, detail: 'first-response goal (1 h) missed' }]);
    // A private message's goal is 4 h by default.
    expect(waitingPrivate(60).factors.filter((f) => f.factor === 'sla')).toEqual([]);
    expect(waitingPrivate(181).factors.filter((f) => f.factor === 'sla')[0]?.detail).toBe('first-response goal (4 h) is less than 1 h away');
  });

  it('follows the workspace goal per visibility', () => {
    const settings = withSettings({ sla: { firstResponseMinutes: { private: 30 } } });
    expect(waitingPrivate(31, settings).factors.find((f) => f.factor === 'sla')?.detail).toBe('first-response goal (30 min) missed');
  });

  it('says when the time factors next change, and stops once nothing can change', () => {
    const s = DEFAULT_PRIORITY_SETTINGS;
    const next = (minutes: number, visibility: 'public' | 'private' = 'public') =>
      nextTimeChange(s, { since, now: after(minutes), visibility })?.toISOString() ?? null;
    expect(next(0)).toBe(after(30).toISOString());
    expect(next(31)).toBe(after(45).toISOString());
    expect(next(50)).toBe(after(60).toISOString());
    expect(next(61)).toBe(after(90).toISOString());
    // Aging reaches its cap of 20 points after 10 steps of 30 minutes.
    expect(next(299)).toBe(after(300).toISOString());
    expect(next(300)).toBeNull();
    expect(next(200, 'private')).toBe(after(210).toISOString());
    const noTime = withSettings({ aging: { pointsPerStep: 0 }, sla: { nearPoints: 0, breachedPoints: 0 } });
    expect(nextTimeChange(noTime, { since, now: since, visibility: 'public' })).toBeNull();
  });

  it('writes waits the way agents say them', () => {
    expect([0, 12, 60, 130, 24 * 60, 27 * 60 + 5].map(formatWait)).toEqual(['0 min', '12 min', '1 h', '2 h 10 min', '1 d', '1 d 3 h']);
  });
});

describe('priority settings', () => {
  it('fills every weight left out with its default; followers count for nothing by default', () => {
    expect(parsePrioritySettings({})).toEqual(DEFAULT_PRIORITY_SETTINGS);
    expect(DEFAULT_PRIORITY_SETTINGS.followers.max).toBe(0);
    expect(parsePrioritySettings({ customer: { loyaltyTiers: { gold: 15 } } }).customer.loyaltyTiers)
      .toEqual({ none: 0, bronze: 2, silver: 4, gold: 15, platinum: 12 });
  });

  it('refuses weights out of range, misspelt fields and contradictions', () => {
    expect(() => parsePrioritySettings({ urgency: { max: 101 } })).toThrow();
    expect(() => parsePrioritySettings({ urgency: { max: 2.5 } })).toThrow();
    expect(() => parsePrioritySettings({ urgncy: { max: 10 } })).toThrow();
    expect(() => parsePrioritySettings({ sentiment: { mild: 20, strong: 10 } })).toThrow(/strong must be at least mild/);
    expect(() => parsePrioritySettings({ sla: { firstResponseMinutes: { public: 0 } } })).toThrow();
    expect(() => parsePrioritySettings({ customer: { lifetimeValue: { from: 500, fullAt: 100 } } })).toThrow(/fullAt/);
    expect(() => parsePrioritySettings({ customer: { loyaltyTiers: { diamond: 5 } } })).toThrow();
  });
});
