// The figures a run produces, their targets (issue 9), and the table printed for people.
import os from 'node:os';
import type { Dialect } from '../src/store/dialect.ts';

export interface StoreResult {
  ingest_msgs_per_s: number | null;
  /** Messages per second written raw (with their contacts, identities and conversations). */
  raw_insert_rows_per_s: number | null;
  ingest_to_raw_ratio: number | null;
  /** The same pipeline run before any agent socket is connected: its cost without the fan-out. */
  ingest_msgs_per_s_without_sockets: number | null;
  delivery_p50_ms_at_1000: number | null;
  delivery_p99_ms_at_1000: number | null;
  delivery_p50_ms_at_5000: number | null;
  delivery_p99_ms_at_5000: number | null;
  delivery_lost_at_1000: number | null;
  delivery_lost_at_5000: number | null;
  delivery_client_lag_ms: number | null;
  list_p50_ms: number | null;
  list_p95_ms: number | null;
  detail_p50_ms: number | null;
  detail_p95_ms: number | null;
  next_p50_ms: number | null;
  next_p95_ms: number | null;
  search_p50_ms: number | null;
  search_p95_ms: number | null;
  ranked_search_p50_ms: number | null;
  ranked_search_p95_ms: number | null;
  ws_connections: number | null;
  rss_mb: number;
  disk_mb: number;
  disk_mb_per_million_messages: number;
  conversations: number;
  messages: number;
  seed_seconds: number | null;
  /** Phases that failed or were skipped, and why. */
  notes: string[];
}

export type RunResults = Partial<Record<Dialect, StoreResult | { error: string }>>;

type Key = keyof StoreResult;
interface Row { label: string; key: Key; unit: string; target?: (d: Dialect) => { at: number; atLeast: boolean } | undefined }

const atMost = (at: number) => () => ({ at, atLeast: false });

const ROWS: Row[] = [
  { label: 'ingest, whole pipeline*', key: 'ingest_msgs_per_s', unit: 'msg/s',
    target: (d) => ({ at: d === 'sqlite' ? 10_000 : 5_000, atLeast: true }) },
  { label: 'ingest, no agent sockets', key: 'ingest_msgs_per_s_without_sockets', unit: 'msg/s' },
  { label: 'raw insert, same rows', key: 'raw_insert_rows_per_s', unit: 'msg/s' },
  { label: 'pipeline / raw', key: 'ingest_to_raw_ratio', unit: '' },
  { label: 'delivery p50 @ 1,000/s', key: 'delivery_p50_ms_at_1000', unit: 'ms' },
  { label: 'delivery p99 @ 1,000/s', key: 'delivery_p99_ms_at_1000', unit: 'ms', target: atMost(25) },
  { label: 'delivery p50 @ 5,000/s', key: 'delivery_p50_ms_at_5000', unit: 'ms' },
  { label: 'delivery p99 @ 5,000/s', key: 'delivery_p99_ms_at_5000', unit: 'ms', target: atMost(100) },
  { label: 'events lost @ 1,000/s', key: 'delivery_lost_at_1000', unit: '' },
  { label: 'events lost @ 5,000/s', key: 'delivery_lost_at_5000', unit: '' },
  { label: 'sender schedule lag', key: 'delivery_client_lag_ms', unit: 'ms' },
  { label: 'inbox list p50', key: 'list_p50_ms', unit: 'ms' },
  { label: 'inbox list p95', key: 'list_p95_ms', unit: 'ms', target: atMost(10) },
  { label: 'conversation detail p50', key: 'detail_p50_ms', unit: 'ms' },
  { label: 'conversation detail p95', key: 'detail_p95_ms', unit: 'ms', target: atMost(10) },
  { label: 'next-up claim p50', key: 'next_p50_ms', unit: 'ms' },
  { label: 'next-up claim p95', key: 'next_p95_ms', unit: 'ms', target: atMost(10) },
  { label: 'search p50', key: 'search_p50_ms', unit: 'ms' },
  { label: 'search p95 (newest first)', key: 'search_p95_ms', unit: 'ms', target: atMost(50) },
  { label: 'ranked search p50', key: 'ranked_search_p50_ms', unit: 'ms' },
  { label: 'ranked search p95', key: 'ranked_search_p95_ms', unit: 'ms', target: atMost(300) },
  { label: 'agent sockets held', key: 'ws_connections', unit: '', target: () => ({ at: 2000, atLeast: true }) },
  { label: 'server peak RSS', key: 'rss_mb', unit: 'MB', target: atMost(512) },
  { label: 'store on disk', key: 'disk_mb', unit: 'MB' },
  { label: 'disk per million messages', key: 'disk_mb_per_million_messages', unit: 'MB' },
  { label: 'seeding the workspace', key: 'seed_seconds', unit: 's' },
];

const format = (value: number | null | undefined): string => {
  if (value === null || value === undefined) return 'n/a';
  if (Math.abs(value) >= 1000) return Math.round(value).toLocaleString('en');
  return String(value);
};

function verdict(row: Row, dialect: Dialect, value: number | null): string {
  const target = row.target?.(dialect);
  if (!target) return '';
  if (value === null) return ' ✗';
  return (target.atLeast ? value >= target.at : value <= target.at) ? ' ✓' : ' ✗';
}

function targetText(row: Row): string {
  if (!row.target) return '';
  if (row.key === 'ingest_msgs_per_s') return '≥ 10,000 (SQLite) / ≥ 5,000 (PG)';
  const target = row.target('sqlite')!;
  return `${target.atLeast ? '≥' : '≤'} ${target.at.toLocaleString('en')} ${row.unit}`.trim();
}

export function renderTable(results: RunResults, conversations: number): string {
  const dialects = Object.keys(results) as Dialect[];
  const header = ['', ...dialects.map((d) => (d === 'sqlite' ? 'SQLite' : 'PostgreSQL')), 'target'];
  const lines: string[][] = [header];
  for (const row of ROWS) {
    const cells = dialects.map((d) => {
      const result = results[d]!;
      if ('error' in result) return 'failed';
      const value = result[row.key] as number | null;
      return `${format(value)}${row.unit && value !== null ? ` ${row.unit}` : ''}${verdict(row, d, value)}`;
    });
    lines.push([row.label, ...cells, targetText(row)]);
  }
  const widths = header.map((_, i) => Math.max(...lines.map((l) => [...(l[i] ?? '')].length)));
  const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - [...text].length));
  const first = Object.values(results).find((r): r is StoreResult => !!r && !('error' in r));
  const title = `Parley benchmark: ${conversations.toLocaleString('en')} conversations, ${(first?.messages ?? conversations * 5).toLocaleString('en')} messages generated` +
    ` — ${os.cpus().length} cores, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`;
  const notes = ['', '* with the agent sockets connected, as the target asks; delivery latency too. The ratio is of that figure to the raw insert.'];
  if (conversations < 1_000_000) notes.push('Query, size and RSS targets are set for 1,000,000 conversations; this run is smaller.');
  const errors = dialects.flatMap((d) => {
    const result = results[d]!;
    return 'error' in result ? [`${d} failed: ${result.error.split('\n')[0]}`] : result.notes.map((n) => `${d}: ${n}`);
  });
  return [title, '', ...lines.map((l) => l.map((cell, i) => pad(cell, widths[i]!)).join('  ').trimEnd()), ...notes, ...errors].join('\n');
}

/** Issue 7: full analysis with 1,000 listening rules loaded, on one core. */
export const ANALYSIS_TARGET_MSGS_PER_S = 20_000;

export interface AnalysisFigures {
  /** Full analysis then matching against the listening rules, as ingest does, per core (CPU time). */
  analysis_msgs_per_s: number;
  /** Full analysis alone. */
  analysis_only_msgs_per_s: number;
  analysis_listening_rules: number;
}

/** The analysis phase's line: it runs once per benchmark, not per store. */
export function renderAnalysis(figures: AnalysisFigures): string {
  const met = figures.analysis_msgs_per_s >= ANALYSIS_TARGET_MSGS_PER_S ? '✓' : '✗';
  return `analysis + ${figures.analysis_listening_rules.toLocaleString('en')} listening rules: `
    + `${figures.analysis_msgs_per_s.toLocaleString('en')} msg/s per core ${met}  (target ≥ ${ANALYSIS_TARGET_MSGS_PER_S.toLocaleString('en')}; `
    + `analysis alone ${figures.analysis_only_msgs_per_s.toLocaleString('en')} msg/s; CPU time, key analysis_msgs_per_s)`;
}
