// Slows password guessing: after repeated failures an account or address waits before trying again.
import { ParleyError } from '../../domain/errors.ts';

interface Entry { failures: number; blockedUntil: number; lastFailure: number }

export interface LoginThrottle {
  check(keys: string[], now: Date): void;
  fail(keys: string[], now: Date): void;
  succeed(keys: string[]): void;
}

const FREE_ATTEMPTS = 5;
const MAX_BLOCK_MS = 15 * 60_000;
const FORGET_AFTER_MS = 60 * 60_000;

export function createLoginThrottle(): LoginThrottle {
  const entries = new Map<string, Entry>();
  return {
    check(keys, now) {
      for (const key of keys) {
        const e = entries.get(key);
        if (e && e.blockedUntil > now.getTime()) {
          const seconds = Math.ceil((e.blockedUntil - now.getTime()) / 1000);
          throw new ParleyError('too_many_requests', `too many failed sign-ins; try again in ${seconds} s`, { retryAfterSeconds: seconds });
        }
      }
    },
    fail(keys, now) {
      const t = now.getTime();
      if (entries.size > 100_000) for (const [k, e] of entries) if (t - e.lastFailure > FORGET_AFTER_MS) entries.delete(k);
      for (const key of keys) {
        const e = entries.get(key) ?? { failures: 0, blockedUntil: 0, lastFailure: t };
        if (t - e.lastFailure > FORGET_AFTER_MS) e.failures = 0;
        e.failures++;
        e.lastFailure = t;
        // Doubling waits after the free attempts: 1 s, 2 s, 4 s … up to 15 minutes.
        if (e.failures > FREE_ATTEMPTS) e.blockedUntil = t + Math.min(MAX_BLOCK_MS, 1000 * 2 ** (e.failures - FREE_ATTEMPTS - 1));
        entries.set(key, e);
      }
    },
    succeed(keys) {
      // Only the account is forgiven; an address that guessed many accounts stays slowed.
      const account = keys.find((k) => k.startsWith('account:'));
      if (account) entries.delete(account);
    },
  };
}
