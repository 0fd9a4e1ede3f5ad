// Child process: a real Parley server (startServer, 127.0.0.1, a free port) on the seeded store,
// measured through ingest, delivery latency and queries while a load process drives it.
import { fileURLToPath } from 'node:url';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { pino } from 'pino';
import { serveRequests, startChild, type ChildHandle } from './child.ts';
import { loadConfig } from '../src/config.ts';
import { startServer } from '../src/server/start-server.ts';
import { connectChannel } from '../src/care/connect-channel.ts';
import { createApiToken } from '../src/care/create-api-token.ts';
import type { SeedSummary } from '../src/store/seed/index.ts';
import type { Dialect } from '../src/store/dialect.ts';
import type { BenchOptions } from './options.ts';
import type { LoadRequest } from './load/load-process.ts';
import type { IngestRunResult } from './load/ingest-run.ts';
import type { LatencyRunResult } from './load/latency-run.ts';
import type { RawInsertResult } from './raw-insert.ts';
import type { RawInsertRequest } from './raw-insert-process.ts';
import { measureQueries, type QueryKindResult } from './queries.ts';
import { describeMemory, storedMessageCount, storeSizeBytes, trackPeakRss, waitUntilIngestSettles } from './resources.ts';
import { round } from './percentiles.ts';
import type { StoreResult } from './report.ts';

export interface ServerRequest { dialect: Dialect; dataDir: string; databaseUrl: string | undefined; seed: SeedSummary; options: BenchOptions }

const LOAD_PROCESS = fileURLToPath(new URL('./load/load-process.ts', import.meta.url));
const RAW_INSERT_PROCESS = fileURLToPath(new URL('./raw-insert-process.ts', import.meta.url));
const INGEST_MAX_SECONDS = 120;
/** With every event fanned out to every socket the pipeline may crawl; half a minute still gives its rate. */
const INGEST_WITH_SOCKETS_MAX_SECONDS = 30;
const LATENCY_DRAIN_SECONDS = 15;

const finite = (value: number, digits = 1): number | null => (Number.isFinite(value) ? round(value, digits) : null);

serveRequests(async (body): Promise<StoreResult> => {
  const { dialect, dataDir, databaseUrl, seed, options } = body as ServerRequest;
  const log = (text: string) => process.stderr.write(`  [${dialect}] ${text}\n`);
  const notes: string[] = [];
  // A phase that fails is reported and the run goes on, so one stuck part never costs the rest.
  const phase = async <T>(name: string, work: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await work();
    } catch (error) {
      const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
      notes.push(`${name} failed: ${message}`);
      log(`${name} failed: ${message}`);
      return undefined;
    }
  };
  const config = loadConfig({
    PORT: '0', HOST: '127.0.0.1', PARLEY_DATA_DIR: dataDir, PARLEY_DATABASE_URL: databaseUrl, PARLEY_LOG_LEVEL: 'silent',
  });
  const rss = trackPeakRss();
  const server = await startServer(config, { logger: pino({ level: 'silent' }) });
  const { store, secretBox, channels } = server.services;
  let load: ChildHandle | undefined = startChild(LOAD_PROCESS);
  // A load phase that times out may still be running in the load process: it is ended, and the
  // phases after it that need it are skipped rather than overlapped.
  const ask = async <T>(request: LoadRequest, timeoutMs: number): Promise<T> => {
    if (!load) throw new Error('skipped: the load process was stopped after an earlier failure');
    try {
      return await load.request<T>(request, timeoutMs);
    } catch (error) {
      await load.stop(1000);
      load = undefined;
      throw error;
    }
  };
  try {
    const { channel, shownOnce } = await connectChannel(store.db, secretBox, channels, {
      workspaceId: seed.workspaceId, network: 'api', name: 'Benchmark sender', config: { deliveryUrl: 'http://127.0.0.1:9/bench' },
    });
    const secret = shownOnce.secret!;
    const webhookUrl = `${server.url}/webhooks/api/${channel.id}`;
    const tokens: string[] = [];
    for (const agent of seed.agents) {
      tokens.push((await createApiToken(store.db, { workspaceId: seed.workspaceId, name: 'bench', scopes: ['read'], createdBy: agent.id })).token);
    }

    const runIngest = (idPrefix: string, maxSeconds: number) => ask<IngestRunResult>({
      kind: 'ingest', webhookUrl, secret, total: options.ingestMessages, batch: options.ingestBatch, senders: options.senders,
      maxSeconds, seed: 11, idPrefix,
    }, (maxSeconds + 180) * 1000);
    const describe = (run: IngestRunResult) =>
      `${Math.round(run.messages / run.seconds)} msgs/s (${run.messages} in ${run.seconds.toFixed(1)} s, ${run.failed} failed deliveries)`;

    // First the pipeline alone, then the same traffic with the agents' sockets attached, so the
    // cost of fanning events out to them shows apart from the cost of storing them.
    log(`ingesting ${options.ingestMessages} messages, ${options.ingestBatch} per delivery, ${options.senders} senders, no agent sockets`);
    const alone = await phase('ingest', () => runIngest('bi', INGEST_MAX_SECONDS));
    if (alone) log(`ingest without agent sockets: ${describe(alone)}`);
    log(describeMemory(rss));

    const raw = await phase('raw insert', () =>
      rawInsertApart({ dataDir, databaseUrl, workspaceId: seed.workspaceId, channelId: channel.id, count: Math.max(alone?.messages ?? 0, options.ingestBatch) }));
    if (raw) log(`raw insert: ${Math.round(raw.messagesPerSecond)} msgs/s (${raw.rows} rows in ${raw.seconds.toFixed(2)} s)`);

    log(`connecting ${options.wsConnections} agent WebSockets`);
    const connected = await phase('connecting agent sockets', () =>
      ask<{ connected: number; failed: number }>({ kind: 'connect', baseUrl: server.url, tokens, count: options.wsConnections }, 300_000));
    if (connected) log(`${connected.connected} connected (${connected.failed} failed)`);
    log(describeMemory(rss));
    let ingest = alone;
    if (options.wsConnections > 0) {
      ingest = await phase('ingest with agent sockets', () => runIngest('bj', INGEST_WITH_SOCKETS_MAX_SECONDS));
      if (ingest) log(`ingest with ${connected?.connected ?? 0} agent sockets: ${describe(ingest)}`);
      log(describeMemory(rss));
    }
    const ingestRate = ingest ? ingest.messages / ingest.seconds : Number.NaN;

    const latency: LatencyRunResult[] = [];
    for (const perSecond of options.latencyRates) {
      const previous = latency[latency.length - 1];
      if (previous && previous.lost > previous.sent / 2) {
        notes.push(`latency at ${perSecond}/s skipped: most events were lost at ${previous.offeredPerSecond}/s`);
        log(notes[notes.length - 1]!);
        continue;
      }
      log(`delivery latency at ${perSecond} msgs/s offered for ${options.latencySeconds} s`);
      // How long the server's event loop was held up meanwhile: a stalled loop delays every delivery.
      const loopDelay = monitorEventLoopDelay({ resolution: 10 });
      loopDelay.enable();
      const run = await phase(`latency at ${perSecond}/s`, () => ask<LatencyRunResult>({
        kind: 'latency', webhookUrl, secret, perSecond, seconds: options.latencySeconds, batch: options.latencyBatch,
        drainSeconds: LATENCY_DRAIN_SECONDS, seed: 13 + perSecond, idPrefix: `bl${perSecond}`,
      }, (options.latencySeconds + LATENCY_DRAIN_SECONDS + 180) * 1000));
      loopDelay.disable();
      if (!run) break;
      log(`  p50 ${run.latency.p50.toFixed(1)} ms, p99 ${run.latency.p99.toFixed(1)} ms, lost ${run.lost} (deliveries refused or failed: ${run.failedDeliveries}), schedule lag ${run.maxScheduleLagMs.toFixed(0)} ms`);
      // The histogram holds the time between the monitor's 10 ms ticks, so a free loop reads 10 ms.
      const held = (nanoseconds: number) => Math.max(0, nanoseconds / 1e6 - 10).toFixed(1);
      log(`  server event loop held up: p50 ${held(loopDelay.percentile(50))} ms, p99 ${held(loopDelay.percentile(99))} ms, max ${held(loopDelay.max)} ms`);
      latency.push(run);
      log(describeMemory(rss));
    }
    const sockets = await phase('counting agent sockets', () =>
      ask<{ open: number; closeCodes: Record<string, number>; probeOpen: boolean; probeCloseCode?: number }>({ kind: 'sockets' }, 120_000));
    if (sockets) log(`agent sockets still open: ${sockets.open} (closed: ${JSON.stringify(sockets.closeCodes)}); probe ${sockets.probeOpen ? 'open' : `closed (${sockets.probeCloseCode ?? 'no code'})`}`);
    if (sockets && !sockets.probeOpen) notes.push('the latency probe\'s socket was closed by the server (too slow to read the full stream)');
    await load?.stop();
    load = undefined;
    if (!(await waitUntilIngestSettles(store, 180))) notes.push('the latency runs\' backlog was still being ingested during the queries');

    log(`queries: ${options.queryCalls} calls per kind`);
    const queries = await phase('queries', () => measureQueries(store, {
      workspaceId: seed.workspaceId,
      agents: seed.agents.map((a) => ({ id: a.id, languages: a.languages.filter((l) => /^[a-z]{2}$/.test(l)) })),
      channelIds: seed.channels.map((c) => c.id),
    }, options.queryCalls));
    if (queries) {
      for (const [kind, result] of Object.entries(queries) as [string, QueryKindResult][]) {
        log(`${kind}: p50 ${result.p50.toFixed(2)} ms, p95 ${result.p95.toFixed(2)} ms; slowest ${result.slowest.map((s) => `${s.ms} ms ${s.call}`).join(' | ')}`);
      }
    }

    log(describeMemory(rss));
    const peakRss = rss.peakBytes();
    const messages = await storedMessageCount(store);
    const diskBytes = await storeSizeBytes(store, `${dataDir}/parley.sqlite`);
    const at = (rate: number) => latency.find((run) => run.offeredPerSecond === rate);
    const ms = (value: number | undefined, digits = 2) => finite(value ?? Number.NaN, digits);
    return {
      ingest_msgs_per_s: finite(ingestRate, 0),
      raw_insert_rows_per_s: finite(raw?.messagesPerSecond ?? Number.NaN, 0),
      ingest_to_raw_ratio: finite(ingestRate / (raw?.messagesPerSecond ?? Number.NaN), 4),
      ingest_msgs_per_s_without_sockets: finite(alone ? alone.messages / alone.seconds : Number.NaN, 0),
      delivery_p50_ms_at_1000: ms(at(1000)?.latency.p50, 1),
      delivery_p99_ms_at_1000: ms(at(1000)?.latency.p99, 1),
      delivery_p50_ms_at_5000: ms(at(5000)?.latency.p50, 1),
      delivery_p99_ms_at_5000: ms(at(5000)?.latency.p99, 1),
      delivery_lost_at_1000: at(1000)?.lost ?? null,
      delivery_lost_at_5000: at(5000)?.lost ?? null,
      delivery_client_lag_ms: latency.length ? ms(Math.max(...latency.map((run) => run.maxScheduleLagMs)), 1) : null,
      list_p50_ms: ms(queries?.list.p50), list_p95_ms: ms(queries?.list.p95),
      detail_p50_ms: ms(queries?.detail.p50), detail_p95_ms: ms(queries?.detail.p95),
      next_p50_ms: ms(queries?.next.p50), next_p95_ms: ms(queries?.next.p95),
      search_p50_ms: ms(queries?.search.p50), search_p95_ms: ms(queries?.search.p95),
      ranked_search_p50_ms: ms(queries?.rankedSearch.p50), ranked_search_p95_ms: ms(queries?.rankedSearch.p95),
      ws_connections: sockets?.open ?? null,
      rss_mb: Math.round(peakRss / 1048576),
      disk_mb: Math.round(diskBytes / 1048576),
      disk_mb_per_million_messages: Math.round(diskBytes / 1048576 / (messages / 1e6)),
      conversations: seed.conversations,
      messages: seed.messages,
      seed_seconds: finite(seed.elapsedMs / 1000),
      notes,
    };
  } finally {
    rss.stop();
    await load?.stop();
    await server.close();
  }
});

/** The raw insert in a process of its own, which ends when it has answered. */
async function rawInsertApart(request: RawInsertRequest): Promise<RawInsertResult> {
  const child = startChild(RAW_INSERT_PROCESS);
  try {
    return await child.request<RawInsertResult>(request, 600_000);
  } finally {
    await child.stop();
  }
}
