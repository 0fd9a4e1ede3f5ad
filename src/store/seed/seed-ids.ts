// Ids for generated rows in the same layout as domain/ids.ts (prefix, 10 time chars, 16 more),
// made from the row's own timestamp and a counter so that millions of them cost no entropy calls.
import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

function base32(value: number, length: number): string {
  let out = '';
  let rest = value;
  for (let i = 0; i < length; i++) {
    out = ALPHABET[rest % 32] + out;
    rest = Math.floor(rest / 32);
  }
  return out;
}

/**
 * Unique per generator: the counter fills the first 7 characters after the time (32^7 ids), the
 * run's tag the remaining 9, so two seed runs into one store never collide.
 */
export function createSeedIds(runTag: string) {
  if (!/^[0-9a-hjkmnp-tv-z]{9}$/.test(runTag)) throw new Error('the run tag must be 9 Crockford base32 characters');
  let counter = 0;
  return (prefix: string, atMs: number): string => `${prefix}_${base32(atMs, 10)}${base32(counter++, 7)}${runTag}`;
}

/** A fresh run tag in the alphabet the ids use (from the system's entropy, unlike the data's shape). */
export function randomRunTag(): string {
  return [...randomBytes(9)].map((byte) => ALPHABET[byte % 32]).join('');
}
