import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { neutralAnalyzer, type Analyzer, type AnalysisContext } from '../../analysis/analyzer.ts';
import { analyzeStream } from './analyze.ts';

async function analyze(input: string, analyzer: Analyzer = neutralAnalyzer): Promise<Record<string, unknown>[]> {
  const stdout = new PassThrough();
  let text = '';
  stdout.on('data', (chunk: Buffer) => { text += chunk.toString('utf8'); });
  await analyzeStream({ stdin: Readable.from([Buffer.from(input, 'utf8')]), stdout }, analyzer);
  return text.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('analyzeStream', () => {
  it('writes one line per input line, in order, and skips blank lines', async () => {
    const lines = await analyze('{"id":"a","text":"one"}\n\n   \n{"id":"b","text":"two"}\n{"id":3,"text":""}');
    expect(lines.map((l) => l.id)).toEqual(['a', 'b', 3]);
  });

  it('answers a malformed line with {id: null, error} and goes on', async () => {
    const lines = await analyze([
      'not json', '{"id":"ok","text":"fine"}', '[1,2]', '{"id":"x"}', '{"id":"v","text":"t","visibility":"loud"}', '{"text":"no id"}',
    ].join('\n'));
    expect(lines).toHaveLength(6);
    expect(lines[1]).toMatchObject({ id: 'ok', language: 'und' });
    for (const i of [0, 2, 3, 4, 5]) {
      expect(lines[i]).toEqual({ id: null, error: expect.any(String) });
    }
    expect(lines[4]?.error).toContain('visibility');
  });

  it('reads CRLF line ends and a leading byte-order mark', async () => {
    const lines = await analyze('\uFEFF{"id":"a","text":"x"}\r\n{"id":"b","text":"y"}\r\n');
    expect(lines.map((l) => l.id)).toEqual(['a', 'b']);
  });

  it('passes network and visibility to the analyzer', async () => {
    const seen: [string, AnalysisContext][] = [];
    const spy: Analyzer = (text, context) => { seen.push([text, context]); return neutralAnalyzer(text, context); };
    await analyze('{"id":"a","text":"hi","network":"x","visibility":"public"}\n{"id":"b","text":"yo"}', spy);
    expect(seen).toEqual([['hi', { network: 'x', visibility: 'public' }], ['yo', { network: undefined, visibility: undefined }]]);
  });

  it('keeps hostile text intact: emoji, right-to-left marks and JSON-looking strings', async () => {
    const text = '👩🏽‍💻 <script>alert(1)</script> \u202Eالرجاء\u202C "}\n';
    const seen: string[] = [];
    const spy: Analyzer = (t, c) => { seen.push(t); return neutralAnalyzer(t, c); };
    const lines = await analyze(`${JSON.stringify({ id: 'h', text })}\n`, spy);
    expect(seen).toEqual([text]);
    expect(lines[0]).toMatchObject({ id: 'h', language: 'und' });
  });

  it("reports an analyzer failure on that line with the line's id", async () => {
    const broken: Analyzer = () => { throw new Error('model missing'); };
    const lines = await analyze('{"id":"a","text":"x"}', broken);
    expect(lines).toEqual([{ id: 'a', error: 'analysis failed: model missing' }]);
  });
});
