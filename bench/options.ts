// The benchmark's command line: `npm run bench -- [--json] [--only sqlite|postgres] [--conversations N] …`.
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Dialect } from '../src/store/dialect.ts';

export interface BenchOptions {
  stores: Dialect[];
  json: boolean;
  /** The generated workspace: N conversations and 5·N messages. */
  conversations: number;
  /** Messages sent through the whole pipeline to measure throughput (and inserted raw for comparison). */
  ingestMessages: number;
  /** Events per webhook delivery in the throughput run, as networks batch them. */
  ingestBatch: number;
  /** Deliveries in flight at once in the throughput run. */
  senders: number;
  /** Offered loads for the delivery-latency runs, messages per second. */
  latencyRates: number[];
  latencySeconds: number;
  /** Events per delivery in the latency runs. */
  latencyBatch: number;
  /** Agent WebSocket connections held open during the ingest and latency runs. */
  wsConnections: number;
  /** Calls per query kind. */
  queryCalls: number;
  /** Where the server process writes a V8 CPU profile (node --cpu-prof), if anywhere. */
  cpuProfileDir: string | undefined;
  /** PostgreSQL server the fresh benchmark database is created on. */
  postgresAdminUrl: string;
}

const USAGE = `Usage: npm run bench -- [options]
  --json                  also print one JSON object on the last line
  --only sqlite|postgres  measure one store (default: both, SQLite first)
  --conversations N       generated workspace size (default 1000000; messages = 5 x N)
  --ingest-messages N     messages sent through the pipeline for throughput (default 50000)
  --ingest-batch N        events per webhook delivery in the throughput run (default 100)
  --senders N             concurrent deliveries in the throughput run (default 4)
  --latency-rates LIST    offered loads of the latency runs, msgs/s (default 1000,5000)
  --latency-seconds N     length of each open-loop latency run (default 10)
  --latency-batch N       events per delivery in the latency runs (default 10)
  --ws-connections N      agent WebSocket connections held during ingest (default 2000)
  --query-calls N         measured calls per query kind (default 300)
  --cpu-prof DIR          write a CPU profile of the server process into DIR
                          (summarise it with: npx tsx bench/profile-summary.ts DIR/*.cpuprofile)
`;

function positive(values: Record<string, unknown>, name: string, fallback: number): number {
  const raw = values[name];
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a whole number, not '${String(raw)}'\n\n${USAGE}`);
  return value;
}

function parseRates(text: string | undefined): number[] {
  if (text === undefined) return [1000, 5000];
  const rates = text.split(',').map((part) => Number(part.trim()));
  if (rates.length === 0 || rates.some((rate) => !Number.isInteger(rate) || rate < 1)) {
    throw new Error(`--latency-rates takes whole numbers separated by commas, not '${text}'\n\n${USAGE}`);
  }
  return rates;
}

export function parseBenchOptions(argv: string[]): BenchOptions | 'help' {
  const { values } = parseArgs({
    args: argv, strict: true, allowPositionals: false,
    options: {
      json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' }, only: { type: 'string' },
      conversations: { type: 'string' }, 'ingest-messages': { type: 'string' }, 'ingest-batch': { type: 'string' },
      senders: { type: 'string' }, 'latency-rates': { type: 'string' }, 'latency-seconds': { type: 'string' }, 'latency-batch': { type: 'string' },
      'ws-connections': { type: 'string' }, 'query-calls': { type: 'string' }, 'cpu-prof': { type: 'string' },
    },
  });
  if (values.help) return 'help';
  const only = values.only;
  if (only !== undefined && only !== 'sqlite' && only !== 'postgres') throw new Error(`--only takes sqlite or postgres\n\n${USAGE}`);
  const conversations = positive(values, 'conversations', 1_000_000);
  if (conversations < 100) throw new Error('--conversations must be at least 100');
  const ingestBatch = Math.min(1000, Math.max(1, positive(values, 'ingest-batch', 100)));
  return {
    stores: only ? [only] : ['sqlite', 'postgres'],
    json: values.json === true,
    conversations,
    ingestMessages: Math.max(ingestBatch, positive(values, 'ingest-messages', 50_000)),
    ingestBatch,
    senders: Math.max(1, positive(values, 'senders', 4)),
    latencyRates: parseRates(values['latency-rates']),
    latencySeconds: Math.max(1, positive(values, 'latency-seconds', 10)),
    latencyBatch: Math.min(1000, Math.max(1, positive(values, 'latency-batch', 10))),
    wsConnections: positive(values, 'ws-connections', 2000),
    queryCalls: Math.max(10, positive(values, 'query-calls', 300)),
    cpuProfileDir: values['cpu-prof'] ? path.resolve(values['cpu-prof']) : undefined,
    postgresAdminUrl: 'postgres://postgres@127.0.0.1:5432/test',
  };
}

export { USAGE };
