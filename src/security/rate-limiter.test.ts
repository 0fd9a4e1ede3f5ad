import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limiter.ts';

describe('the rate limiter', () => {
  it('allows a burst up to the capacity, then refills at its rate', () => {
    let now = 0;
    const limiter = createRateLimiter({ capacity: 3, refillPerSecond: 1, now: () => now });
    expect([1, 2, 3, 4].map(() => limiter.take('k'))).toEqual([true, true, true, false]);
    expect(limiter.retryAfterMs('k')).toBe(1000);
    now = 999;
    expect(limiter.take('k')).toBe(false);
    now = 1000;
    expect(limiter.take('k')).toBe(true);
  });

  it('counts each key apart', () => {
    const limiter = createRateLimiter({ capacity: 1, refillPerSecond: 1, now: () => 0 });
    expect(limiter.take('a')).toBe(true);
    expect(limiter.take('b')).toBe(true);
    expect(limiter.take('a')).toBe(false);
  });

  it('forgets idle keys on a sweep but not busy ones', () => {
    let now = 0;
    const limiter = createRateLimiter({ capacity: 1, refillPerSecond: 1, now: () => now });
    limiter.take('idle');
    now = 600;
    limiter.take('busy');
    now = 1000;
    limiter.sweep();
    expect(limiter.take('idle')).toBe(true);
    expect(limiter.take('busy')).toBe(false);
  });
});
