import fs from 'node:fs';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { fuzzInput, isCleanOutcome, type FuzzTarget } from '../../security/fuzz/parser-properties.ts';
import { parseAccountActivity } from './parse.ts';

const BRAND = { userId: '1498765432109876543', handle: 'NordaAir' };
const target: FuzzTarget = { name: 'x account activity delivery', run: (s) => parseAccountActivity(Buffer.from(s), BRAND) };

const fixtures = fs.readdirSync(new URL('./__fixtures__/', import.meta.url))
  .map((name) => JSON.parse(fs.readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8')) as Record<string, unknown>);

const anyValue = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant('9'.repeat(40)),
  fc.constantFrom('1967412345678901234', 'true', 'false', '', '-1', '1e400'), fc.array(fc.string(), { maxLength: 2 }), fc.object({ maxDepth: 2 }));

/** Replaces one value somewhere inside a real delivery, keeping the rest of its shape intact. */
function mutate(value: unknown, path: number[], replacement: unknown): unknown {
  if (path.length === 0 || value === null || typeof value !== 'object') return replacement;
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return replacement;
  const [head, ...rest] = path;
  const index = head! % entries.length;
  const copy: Record<string, unknown> | unknown[] = Array.isArray(value) ? [...value] : { ...(value as Record<string, unknown>) };
  (copy as Record<string, unknown>)[entries[index]![0]] = mutate(entries[index]![1], rest, replacement);
  return copy;
}

const mutatedDelivery = fc.tuple(fc.constantFrom(...fixtures), fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), anyValue)
  .map(([fixture, path, replacement]) => JSON.stringify(mutate(fixture, path, replacement)));

describe('the Account Activity parser under random input', () => {
  it('returns events or a 4xx ParleyError for any input, never a crash or a hang', () => {
    fc.assert(fc.property(fc.oneof(fuzzInput, mutatedDelivery), (input) => isCleanOutcome(target, input)), { numRuns: 1500 });
  });
});
