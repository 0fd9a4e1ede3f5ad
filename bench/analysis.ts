// Micro-benchmark of the message analyzer: messages per second on a few thousand mixed messages.
// Run: npx tsx bench/analysis.ts [messages]   (default 5000)

import { createAnalyzer } from '../src/analysis/index.ts';
import { createCueScanner } from '../src/analysis/cues/cue-scanner.ts';
import { createListeningMatcher, type ListeningRule } from '../src/analysis/listening/listening-matcher.ts';
import { createLanguageDetector } from '../src/analysis/language/detect-language.ts';
import { createPiiFinder } from '../src/analysis/pii/find-pii.ts';
import { foldText } from '../src/analysis/text/fold.ts';
import { labelledMessages } from '../src/analysis/__fixtures__/labelled-messages.ts';
import { coreTexts, otherTexts } from '../src/analysis/language/__fixtures__/short-texts.ts';
import { holdoutTexts } from '../src/analysis/language/__fixtures__/holdout-texts.ts';
import { piiExamples } from '../src/analysis/pii/__fixtures__/pii-texts.ts';

const count = Number(process.argv[2] ?? 5000);
const RUNS = 5;

const pool = [
  ...coreTexts.map((t) => t.text), ...otherTexts.map((t) => t.text), ...holdoutTexts.map((t) => t.text),
  ...labelledMessages.map((m) => m.text), ...piiExamples.map((e) => e.text),
];
// Vary each copy a little (a handle, a number) so no engine cache sees the same string twice.
const messages = Array.from({ length: count }, (_, i) => {
  const text = pool[i % pool.length] as string;
  return i % 3 === 0 ? `@brand${i % 97} ${text}` : i % 3 === 1 ? `${text} #${i}` : text;
});

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/**
 * Reports both wall-clock and CPU time (process.cpuUsage): on a shared machine other work
 * stretches the wall clock, while CPU time stays what this one core actually spent.
 */
function measure(name: string, run: (text: string) => unknown): number {
  for (const text of messages) run(text);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    for (const text of messages) run(text);
    wall.push((performance.now() - started) * 1000);
    const used = process.cpuUsage(cpuBefore);
    cpu.push(used.user + used.system);
  }
  const wallPerMessage = median(wall) / messages.length;
  const cpuPerMessage = median(cpu) / messages.length;
  const perSecond = Math.round(1e6 / cpuPerMessage);
  console.log(`${name.padEnd(30)} ${perSecond.toLocaleString('en-US').padStart(9)} messages/s per core  `
    + `${cpuPerMessage.toFixed(1).padStart(6)} µs CPU  ${wallPerMessage.toFixed(1).padStart(6)} µs wall  per message`);
  return perSecond;
}

const started = performance.now();
const analyze = createAnalyzer();
const built = performance.now() - started;
const detectLanguage = createLanguageDetector();
const cues = createCueScanner();
const findPii = createPiiFinder();

// 1,000 listening rules over the messages' own vocabulary, so rules really fire: phrases,
// OR/AND NOT combinations, hashtags, prefixes, lang: filters and a few fuzzy brand words.
const vocabulary = [...new Set(pool.join(' ').toLowerCase().match(/\p{L}{4,}/gu) ?? [])];
const word = (i: number): string => vocabulary[(i * 7919) % vocabulary.length] as string;
const shapes = [
  (i: number) => `"${word(i)} ${word(i + 1)}" OR ${word(i + 2)}`,
  (i: number) => `${word(i)} AND NOT ${word(i + 3)}`,
  (i: number) => `(${word(i)} OR #${word(i + 5)}) lang:en`,
  (i: number) => `${word(i).slice(0, 4)}* AND (${word(i + 1)} OR ${word(i + 2)})`,
  (i: number) => `~${word(i)} OR @${word(i + 4)}`,
];
const rules: ListeningRule[] = Array.from({ length: 1000 }, (_, i) => ({ id: `rule-${i}`, query: (shapes[i % shapes.length] as (i: number) => string)(i) }));
const listening = createListeningMatcher({ brand: { handles: ['AirNova'], names: 'AirNova OR "Air Nova" OR ~airnova' }, rules });

const withPii = messages.filter((text) => /\d{5}|@\w+\.\w|password|пароль|şifre|lozink|parol/i.test(text)).length;
console.log(`analysis bench: ${messages.length} mixed messages from ${pool.length} distinct texts `
  + `(en ru tr sr lv + 10 other languages; ${Math.round((100 * withPii) / messages.length)}% with numbers or PII), `
  + `median of ${RUNS} runs, node ${process.version}`);
console.log(`createAnalyzer(): ${built.toFixed(0)} ms, ${cues.patternCount} cue patterns in one automaton`);
measure('full analysis', (text) => analyze(text, {}));
measure('full + 1,000 listening rules', (text) => {
  const analysis = analyze(text, {});
  return listening.match(text, analysis.language);
});
measure('  language detection', detectLanguage);
measure('  cue scan (one automaton)', (text) => cues.scan(foldText(text)));
measure('  PII', (text) => findPii(text, 'en'));
measure('  listening, 1,000 rules', (text) => listening.match(text, 'en'));
