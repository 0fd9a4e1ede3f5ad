// `npm run bench`: for each store, a fresh database, a generated workspace, then a real server
// measured through ingest, delivery latency and queries; a table, and with --json one JSON line.
import { fileURLToPath } from 'node:url';
import { parseBenchOptions, USAGE, type BenchOptions } from './options.ts';
import { startChild, type ChildHandle } from './child.ts';
import { createFreshStore, type FreshStore } from './fresh-store.ts';
import { renderAnalysis, renderTable, type RunResults, type StoreResult } from './report.ts';
import type { SeedSummary } from '../src/store/seed/index.ts';
import type { Dialect } from '../src/store/dialect.ts';
import type { SeedRequest } from './seed-process.ts';
import type { ServerRequest } from './server-process.ts';

const SEED_PROCESS = fileURLToPath(new URL('./seed-process.ts', import.meta.url));
const SERVER_PROCESS = fileURLToPath(new URL('./server-process.ts', import.meta.url));

const cleanups = new Set<() => Promise<void>>();

async function cleanUp(): Promise<void> {
  for (const cleanup of [...cleanups]) {
    cleanups.delete(cleanup);
    await cleanup().catch((error: unknown) => process.stderr.write(`cleanup failed: ${String(error)}\n`));
  }
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    process.stderr.write(`\n${signal}: removing the benchmark's stores\n`);
    void cleanUp().finally(() => process.exit(130));
  });
}

async function inChild<T>(file: string, request: unknown, timeoutMs: number, nodeFlags: string[] = []): Promise<T> {
  const child: ChildHandle = startChild(file, nodeFlags);
  const stop = () => child.stop();
  cleanups.add(stop);
  try {
    return await child.request<T>(request, timeoutMs);
  } finally {
    cleanups.delete(stop);
    await child.stop();
  }
}

async function benchStore(dialect: Dialect, options: BenchOptions): Promise<StoreResult> {
  const fresh: FreshStore = await createFreshStore(dialect, options.postgresAdminUrl);
  const dispose = () => fresh.dispose();
  cleanups.add(dispose);
  try {
    process.stderr.write(`${dialect}: generating ${options.conversations.toLocaleString('en')} conversations\n`);
    // Generous bounds that still end a stuck run: about a millisecond per conversation, plus slack.
    const seed = await inChild<SeedSummary>(SEED_PROCESS,
      { dataDir: fresh.dataDir, databaseUrl: fresh.databaseUrl, conversations: options.conversations } satisfies SeedRequest,
      600_000 + options.conversations * 2);
    process.stderr.write(`${dialect}: seeded ${seed.messages.toLocaleString('en')} messages in ${(seed.elapsedMs / 1000).toFixed(1)} s\n`);
    return await inChild<StoreResult>(SERVER_PROCESS,
      { dialect, dataDir: fresh.dataDir, databaseUrl: fresh.databaseUrl, seed, options } satisfies ServerRequest,
      1_800_000 + options.conversations,
      options.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`] : []);
  } finally {
    cleanups.delete(dispose);
    await fresh.dispose();
  }
}

async function main(): Promise<number> {
  let options: BenchOptions | 'help';
  try {
    options = parseBenchOptions(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }
  if (options === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  // First, while nothing else of the benchmark runs: analysis is CPU-bound and measured in CPU time.
  process.stderr.write('analysis: 5,000 messages with 1,000 listening rules\n');
  const { measureAnalysis } = await import('./analysis.ts');
  const analysis = measureAnalysis();
  const results: RunResults = {};
  let failed = false;
  for (const dialect of options.stores) {
    try {
      results[dialect] = await benchStore(dialect, options);
    } catch (error) {
      failed = true;
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(`${dialect}: benchmark failed: ${message}\n`);
      results[dialect] = { error: message };
    }
  }
  process.stdout.write(`${renderTable(results, options.conversations)}\n${renderAnalysis(analysis)}\n`);
  if (options.json) process.stdout.write(`${JSON.stringify({ ...results, analysis })}\n`);
  return failed ? 1 : 0;
}

process.exitCode = await main().finally(cleanUp);
