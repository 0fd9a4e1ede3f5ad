// The `npm run eval:analysis` script: runs the evaluation, prints it, and updates docs/analysis-quality.md.
//
// It lives outside src/analysis because it reads and writes files; the analysis itself does no I/O.
// Usage: npm run eval:analysis [-- --misses development|held-out|all] [-- --no-write]

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { evaluationSet } from '../src/analysis/__fixtures__/evaluation/index.ts';
import { createAnalyzer } from '../src/analysis/index.ts';
import { evaluateQuality } from '../src/analysis/evaluation/evaluate-quality.ts';
import { formatMisses, formatQualityReport } from '../src/analysis/evaluation/format-report.ts';
import { replaceGenerated } from '../src/analysis/evaluation/generated-section.ts';

const DOC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../docs/analysis-quality.md');

const { values } = parseArgs({ options: { misses: { type: 'string' }, 'no-write': { type: 'boolean' } } });
const missesOf = values.misses;
if (missesOf !== undefined && missesOf !== 'development' && missesOf !== 'held-out' && missesOf !== 'all') {
  console.error('--misses takes development, held-out or all');
  process.exit(2);
}

const analyze = createAnalyzer();
const parts = evaluateQuality(evaluationSet, (text) => analyze(text, {}));
const report = formatQualityReport(parts);
console.log(report);
if (missesOf !== undefined) console.log(`\n### Misses (${missesOf})\n\n${formatMisses(parts[missesOf])}`);

if (values['no-write'] !== true) {
  writeFileSync(DOC, replaceGenerated(readFileSync(DOC, 'utf8'), report));
  console.log(`\nwrote ${path.relative(process.cwd(), DOC)}`);
}
