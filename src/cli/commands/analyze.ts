// `parley analyze`: JSON lines in on stdin, one analysis line out per input line.
import { once } from 'node:events';
import readline from 'node:readline';
import type { Writable } from 'node:stream';
import { z } from 'zod';
import type { Analyzer } from '../../analysis/analyzer.ts';
import { EXIT_OK, type CliContext, type Command } from '../command.ts';
import { toAnalysisLine } from '../analysis-line.ts';

const InputLine = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string(),
  network: z.string().optional(),
  visibility: z.enum(['public', 'private']).optional(),
});

async function defaultAnalyzer(): Promise<Analyzer> {
  const { createAnalyzer } = await import('../../analysis/index.ts');
  return createAnalyzer();
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message}`).join('; ');
}

/** One output object for one input line: the analysis, or {id: null, error} when the line is malformed. */
export function analyzeLine(line: string, analyze: Analyzer): object {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (error) {
    return { id: null, error: `not valid JSON: ${(error as Error).message}` };
  }
  const parsed = InputLine.safeParse(json);
  if (!parsed.success) return { id: null, error: `expected {id, text, network?, visibility?}: ${describeIssues(parsed.error)}` };
  const { id, text, network, visibility } = parsed.data;
  try {
    return toAnalysisLine({ id, visibility }, analyze(text, { network, visibility }));
  } catch (error) {
    return { id, error: `analysis failed: ${(error as Error).message}` };
  }
}

async function writeLine(out: Writable, value: object): Promise<void> {
  // Honour backpressure so a large input piped to a slow reader does not pile up in memory.
  if (!out.write(`${JSON.stringify(value)}\n`)) await once(out, 'drain');
}

export async function analyzeStream(context: Pick<CliContext, 'stdin' | 'stdout'>, analyze: Analyzer): Promise<number> {
  const lines = readline.createInterface({ input: context.stdin, crlfDelay: Infinity });
  let count = 0;
  for await (const raw of lines) {
    const line = count === 0 ? raw.replace(/^\uFEFF/, '') : raw;
    if (line.trim() === '') continue;
    count++;
    await writeLine(context.stdout, analyzeLine(line, analyze));
  }
  return count;
}

/** The analyzer is built when the command runs: building it loads the language model. */
export function createAnalyzeCommand(makeAnalyzer: () => Promise<Analyzer> = defaultAnalyzer): Command {
  return {
    name: 'analyze',
    summary: 'Analyze JSON lines from stdin: language, sentiment, urgency, intents, PII, priority',
    usage: 'analyze < messages.jsonl',
    options: {},
    notes: [
      'Each input line: {"id": "m1", "text": "…", "network": "x", "visibility": "public"} (network, visibility optional).',
      'Each output line: {id, language, sentiment:{label, score}, urgent, urgency, intents, pii:[{type, start, end}],',
      '                   matches, priority, explanation}; a malformed line gives {id: null, error} and the rest go on.',
      '',
      'Example:',
      '  echo \'{"id":"1","text":"My card was charged twice!"}\' | npx parley analyze',
    ].join('\n'),
    async run(_options, context) {
      await analyzeStream(context, await makeAnalyzer());
      return EXIT_OK;
    },
  };
}
