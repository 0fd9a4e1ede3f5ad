// A tiny run of the whole benchmark, so it never rots: both stores, every phase, the JSON line.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const KEYS = ['ingest_msgs_per_s', 'raw_insert_rows_per_s', 'delivery_p50_ms_at_1000', 'delivery_p99_ms_at_1000',
  'delivery_p99_ms_at_5000', 'list_p95_ms', 'detail_p95_ms', 'next_p95_ms', 'search_p95_ms', 'ranked_search_p95_ms',
  'ws_connections', 'rss_mb', 'conversations', 'messages'];

describe('npm run bench', () => {
  it('measures a small workspace on SQLite and PostgreSQL and ends with one JSON line', async () => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'bench/run.ts', '--json', '--conversations', '100',
      '--ingest-messages', '300', '--ingest-batch', '50', '--latency-rates', '100,200', '--latency-seconds', '1',
      '--ws-connections', '5', '--query-calls', '10'], { cwd: ROOT, timeout: 150_000, maxBuffer: 1 << 20 });
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^Parley benchmark: 100 conversations, 500 messages/);
    const result = JSON.parse(lines[lines.length - 1]!) as Record<string, Record<string, unknown>>;
    for (const store of ['sqlite', 'postgres']) {
      const figures = result[store]!;
      for (const key of KEYS) expect(figures, `${store}.${key}`).toHaveProperty(key);
      expect(figures.notes).toEqual([]);
      expect(figures.conversations).toBe(100);
      expect(figures.messages).toBe(500);
      expect(figures.ingest_msgs_per_s).toBeGreaterThan(0);
      expect(figures.raw_insert_rows_per_s).toBeGreaterThan(0);
      expect(figures.ws_connections).toBe(5);
      expect(figures.list_p95_ms).toBeGreaterThan(0);
    }
  }, 180_000);
});
