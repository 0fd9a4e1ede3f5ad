// Fuzzes every parser of untrusted input with fast-check: `npm run fuzz [-- --runs N]`.
import { checkTarget, FUZZ_TARGETS } from '../src/security/fuzz/parser-properties.ts';

const runsFlag = process.argv.indexOf('--runs');
const runs = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : 100_000;
let failed = 0;
for (const target of FUZZ_TARGETS) {
  const started = performance.now();
  try {
    checkTarget(target, runs);
    console.log(`ok   ${target.name}: ${runs} cases in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    failed++;
    console.log(`FAIL ${target.name}: ${(error as Error).message}`);
  }
}
process.exit(failed ? 1 : 0);
