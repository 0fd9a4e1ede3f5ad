import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './index.ts';

// Long runs of one character or one token are where a pattern with nested or repeated `\S+`
// backtracks: 10,000 '@' once took 145 s in language detection (a hostile message could hold
// the server). Each text here is analysed in milliseconds now; the bound leaves a wide margin
// for a slow machine and still fails anything that grows faster than linearly.
const analyze = createAnalyzer();
const N = 20_000;
const HOSTILE: Record<string, string> = {
  'at signs': '@'.repeat(N),
  'hash signs': '#'.repeat(N),
  'at and dots': 'a.@'.repeat(N / 3),
  'local part without a domain dot': `${'a'.repeat(N / 2)}@${'b'.repeat(N / 2)}`,
  'dots before an at': `${'a.'.repeat(N / 2)}@x`,
  'digits and spaces': `${'1 '.repeat(N / 2)}a1`,
  'digit words': `${'one '.repeat(N / 4)}x1`,
  'from … to …': 'from abcd1 to abcd2 '.repeat(N / 20),
  'password words': `${'password is '.repeat(N / 12)}X1!`,
  'street after street': '12 Main Street, '.repeat(N / 16),
  'code words': 'code 1234 '.repeat(N / 10),
  'flat words after names': 'Kralja Petra 31, stan 4, ulaz B, '.repeat(N / 32),
  'cities before commas': `${': Riga, '.repeat(N / 8)}Brīvības 1/2`,
  'capitalised words and numbers': `${'Aa 1 '.repeat(N / 5)}kv 2`,
  'quoted secrets after a password word': `password ${'"abc1" '.repeat(N / 7)}`,
  'typing verbs': 'typed x1y! '.repeat(N / 11),
  'links': 'http://'.repeat(N / 7),
  'zero-width and RTL marks': '\u200b\u202e'.repeat(N / 2),
  'emoji': '😀'.repeat(N / 2),
};

describe('analysis of hostile text', () => {
  for (const [name, text] of Object.entries(HOSTILE)) {
    it(`stays linear on ${name}`, () => {
      const started = performance.now();
      const result = analyze(text, {});
      expect(result).toBeDefined();
      expect(performance.now() - started).toBeLessThan(1500);
    });
  }
});
