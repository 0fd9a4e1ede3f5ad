// Per-key rate limits as token buckets: constant time and memory per key, whatever the traffic.

export interface RateLimiter {
  /** Spends one token; false when the key has none left. */
  take(key: string): boolean;
  /** How long until the key has a token again (0 when it has one now). */
  retryAfterMs(key: string): number;
  /** Forgets keys whose bucket is full again, so idle keys cost no memory. */
  sweep(): void;
}

export interface RateLimit {
  /** The burst a key may spend at once. */
  capacity: number;
  /** Tokens added back per second. */
  refillPerSecond: number;
  now?: () => number;
}

interface Bucket { tokens: number; at: number }

export function createRateLimiter(limit: RateLimit): RateLimiter {
  const now = limit.now ?? Date.now;
  const buckets = new Map<string, Bucket>();
  const refill = (key: string): Bucket => {
    const t = now();
    const bucket = buckets.get(key) ?? { tokens: limit.capacity, at: t };
    bucket.tokens = Math.min(limit.capacity, bucket.tokens + ((t - bucket.at) / 1000) * limit.refillPerSecond);
    bucket.at = t;
    buckets.set(key, bucket);
    return bucket;
  };
  return {
    take(key) {
      const bucket = refill(key);
      if (bucket.tokens < 1) return false;
      bucket.tokens -= 1;
      return true;
    },
    retryAfterMs(key) {
      const bucket = refill(key);
      return bucket.tokens >= 1 ? 0 : Math.ceil(((1 - bucket.tokens) / limit.refillPerSecond) * 1000);
    },
    sweep() {
      for (const key of [...buckets.keys()]) if (refill(key).tokens >= limit.capacity) buckets.delete(key);
    },
  };
}
