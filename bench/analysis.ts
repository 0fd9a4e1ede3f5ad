// Micro-benchmark of the message analyzer: messages per second on a few thousand mixed messages.
// Run: npx tsx bench/analysis.ts [messages]   (default 5000). `npm run bench` runs measureAnalysis() too.

import { pathToFileURL } from 'node:url';
import { createAnalyzer } from '../src/analysis/index.ts';
import { createCueScanner } from '../src/analysis/cues/cue-scanner.ts';
import { createListeningMatcher, type ListeningMatcher, type ListeningRule } from '../src/analysis/listening/listening-matcher.ts';
import { createLanguageDetector } from '../src/analysis/language/detect-language.ts';
import { createPiiFinder } from '../src/analysis/pii/find-pii.ts';
import { foldText } from '../src/analysis/text/fold.ts';
import { labelledMessages } from '../src/analysis/__fixtures__/labelled-messages.ts';
import { coreTexts, otherTexts } from '../src/analysis/language/__fixtures__/short-texts.ts';
import { holdoutTexts } from '../src/analysis/language/__fixtures__/holdout-texts.ts';
import { piiExamples } from '../src/analysis/pii/__fixtures__/pii-texts.ts';
import { ANALYSIS_TARGET_MSGS_PER_S, type AnalysisFigures } from './report.ts';

const RUNS = 5;
const LISTENING_RULES = 1000;

const pool = [
  ...coreTexts.map((t) => t.text), ...otherTexts.map((t) => t.text), ...holdoutTexts.map((t) => t.text),
  ...labelledMessages.map((m) => m.text), ...piiExamples.map((e) => e.text),
];

// Vary each copy a little (a handle, a number) so no engine cache sees the same string twice.
function mixedMessages(count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const text = pool[i % pool.length] as string;
    return i % 3 === 0 ? `@brand${i % 97} ${text}` : i % 3 === 1 ? `${text} #${i}` : text;
  });
}

// 1,000 listening rules over the messages' own vocabulary, so rules really fire: phrases,
// OR/AND NOT combinations, hashtags, prefixes, lang: filters and a few fuzzy brand words.
function listeningRules(count: number): ListeningMatcher {
  const vocabulary = [...new Set(pool.join(' ').toLowerCase().match(/\p{L}{4,}/gu) ?? [])];
  const word = (i: number): string => vocabulary[(i * 7919) % vocabulary.length] as string;
  const shapes = [
    (i: number) => `"${word(i)} ${word(i + 1)}" OR ${word(i + 2)}`,
    (i: number) => `${word(i)} AND NOT ${word(i + 3)}`,
    (i: number) => `(${word(i)} OR #${word(i + 5)}) lang:en`,
    (i: number) => `${word(i).slice(0, 4)}* AND (${word(i + 1)} OR ${word(i + 2)})`,
    (i: number) => `~${word(i)} OR @${word(i + 4)}`,
  ];
  const rules: ListeningRule[] = Array.from({ length: count }, (_, i) => ({ id: `rule-${i}`, query: (shapes[i % shapes.length] as (i: number) => string)(i) }));
  return createListeningMatcher({ brand: { handles: ['AirNova'], names: 'AirNova OR "Air Nova" OR ~airnova' }, rules });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

interface Speed {
  msgsPerSecond: number;
  cpuMicroseconds: number;
  wallMicroseconds: number;
}

/**
 * Reports both wall-clock and CPU time (process.cpuUsage): on a shared machine other work
 * stretches the wall clock, while CPU time stays what this one core actually spent.
 */
function measure(messages: readonly string[], run: (text: string) => unknown): Speed {
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
  const cpuMicroseconds = median(cpu) / messages.length;
  return { msgsPerSecond: Math.round(1e6 / cpuMicroseconds), cpuMicroseconds, wallMicroseconds: median(wall) / messages.length };
}

/** The two headline figures, as `npm run bench` reports them. */
export function measureAnalysis(count = 5000): AnalysisFigures {
  const messages = mixedMessages(count);
  const analyze = createAnalyzer();
  const listening = listeningRules(LISTENING_RULES);
  const alone = measure(messages, (text) => analyze(text, {}));
  // Exactly ingest's two calls: analyze(text), then match(text, language) on the same string.
  const withRules = measure(messages, (text) => listening.match(text, analyze(text, {}).language));
  return { analysis_msgs_per_s: withRules.msgsPerSecond, analysis_only_msgs_per_s: alone.msgsPerSecond, analysis_listening_rules: LISTENING_RULES };
}

function printDetails(count: number): void {
  const messages = mixedMessages(count);
  const started = performance.now();
  const analyze = createAnalyzer();
  const built = performance.now() - started;
  const detectLanguage = createLanguageDetector();
  const cues = createCueScanner();
  const findPii = createPiiFinder();
  const listening = listeningRules(LISTENING_RULES);

  const withPii = messages.filter((text) => /\d{5}|@\w+\.\w|password|пароль|şifre|lozink|parol/i.test(text)).length;
  console.log(`analysis bench: ${messages.length} mixed messages from ${pool.length} distinct texts `
    + `(en ru tr sr lv + 10 other languages; ${Math.round((100 * withPii) / messages.length)}% with numbers or PII), `
    + `median of ${RUNS} runs, node ${process.version}`);
  console.log(`createAnalyzer(): ${built.toFixed(0)} ms, ${cues.patternCount} cue patterns in one automaton`);
  const show = (name: string, run: (text: string) => unknown): void => {
    const speed = measure(messages, run);
    console.log(`${name.padEnd(30)} ${speed.msgsPerSecond.toLocaleString('en-US').padStart(9)} messages/s per core  `
      + `${speed.cpuMicroseconds.toFixed(1).padStart(6)} µs CPU  ${speed.wallMicroseconds.toFixed(1).padStart(6)} µs wall  per message`);
  };
  show('full analysis', (text) => analyze(text, {}));
  show('full + 1,000 listening rules', (text) => listening.match(text, analyze(text, {}).language));
  show('  language detection', detectLanguage);
  show('  cue scan (one automaton)', (text) => cues.scan(foldText(text)));
  show('  PII', (text) => findPii(text, 'en'));
  show('  listening, 1,000 rules', (text) => listening.match(text, 'en'));
  console.log(`target: full + 1,000 listening rules ≥ ${ANALYSIS_TARGET_MSGS_PER_S.toLocaleString('en-US')} messages/s per core`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  printDetails(Number(process.argv[2] ?? 5000));
}
