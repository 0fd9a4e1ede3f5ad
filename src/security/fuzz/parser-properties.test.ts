import { describe, it } from 'vitest';
import { checkTarget, FUZZ_TARGETS } from './parser-properties.ts';

// The full 100,000-case run per parser is `npm run fuzz`; the suite keeps a quick sample.
describe.each(FUZZ_TARGETS)('the $name parser under fuzzing', (target) => {
  it('returns a value or a clear 4xx error for any input', () => {
    checkTarget(target, 1500);
  });
});
