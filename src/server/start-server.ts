// The composition root: opens the store, builds services, starts the app and the job runners.
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { pino, type Logger } from 'pino';
import type { ParleyConfig } from '../config.ts';
import { migrate, openStore, type Store } from '../store/database.ts';
import { createMemoryBus, createRedisBus, type EventBus } from '../realtime/event-bus.ts';
import { createSecretBox, loadOrCreateKeyFile, parseSecretKey } from '../store/secret-box.ts';
import { createChannelRegistry, type ChannelRegistry } from '../channels/registry.ts';
import type { Analyzer } from '../analysis/analyzer.ts';
import { createAnalyzer } from '../analysis/index.ts';
import { createMetrics } from './metrics.ts';
import { registerChannelHealthMetrics } from './channel-health-metrics.ts';
import { buildApp } from './app.ts';
import type { Services } from './services.ts';
import { createOutboxRunner, type OutboxRunner } from '../jobs/outbox-runner.ts';
import { createScheduler, type Scheduler } from '../jobs/scheduler.ts';
import { ensureFirstAdmin } from './first-admin.ts';
import { createIngestWriter } from '../ingest/ingest-writer.ts';
import { createDeliveryGate } from '../ingest/delivery-gate.ts';
import { createListeningCache } from '../ingest/listening-cache.ts';
import { createGuardedFetch } from '../security/guarded-fetch.ts';
import { startAssignmentRunner } from '../care/assignment-runner.ts';
import { createPoller, type Poller } from '../jobs/poller.ts';
import { createReprioritizer, type Reprioritizer } from '../jobs/reprioritizer.ts';
import { createHealthMonitor, type HealthMonitor } from '../jobs/health-monitor.ts';

export interface RunningServer {
  app: FastifyInstance;
  services: Services;
  outbox: OutboxRunner;
  poller: Poller;
  /** Recomputes waiting conversations' priority as they age. */
  reprioritizer: Reprioritizer;
  health: HealthMonitor;
  url: string;
  close(): Promise<void>;
}

export interface StartOptions {
  logger?: Logger;
  fetch?: typeof fetch;
  now?: () => Date;
  analyze?: Analyzer;
  channels?: ChannelRegistry;
  /** Outbox poll interval; tests shorten it. */
  outboxPollMs?: number;
  outboxBackoffMs?: (attempt: number) => number;
  listen?: boolean;
  /** Whether channels are checked on a schedule (tests that count network requests turn it off). */
  healthMonitor?: boolean;
  /** Events that may wait to be written before deliveries are refused with 503 (see ingest-writer.ts). */
  maxQueuedEvents?: number;
  /** Webhook deliveries worked on at once before more are refused with 503 (see delivery-gate.ts). */
  maxDeliveriesInFlight?: number;
}

export function openConfiguredStore(config: ParleyConfig): Store {
  return openStore({ databaseUrl: config.databaseUrl, sqliteFile: path.join(config.dataDir, 'parley.sqlite'), backgroundCheckpoints: true });
}

export async function startServer(config: ParleyConfig, options: StartOptions = {}): Promise<RunningServer> {
  const logger = options.logger ?? pino({
    level: config.logLevel,
    // Secrets never reach the log, whatever object they ride in on.
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie', '*.secret', '*.secrets', '*.password', '*.accessToken', '*.appSecret'], censor: '[redacted]' },
  });
  const store = openConfiguredStore(config);
  await migrate(store);
  const bus: EventBus = config.redisUrl ? await createRedisBus(config.redisUrl) : createMemoryBus();
  const secretBox = createSecretBox(config.secretKey ? parseSecretKey(config.secretKey) : loadOrCreateKeyFile(config.dataDir));
  const now = options.now ?? (() => new Date());
  const metrics = createMetrics();
  registerChannelHealthMetrics(metrics, store.db, now);
  const channels = options.channels ?? createChannelRegistry();
  // Delivery URLs are chosen by admins and integrators: the guard keeps them off our own network.
  const fetchImpl = options.fetch ?? createGuardedFetch({ allowPrivate: config.allowPrivateNetwork });
  let outbox: OutboxRunner | undefined;
  const analyze = options.analyze ?? createAnalyzer();
  const listening = createListeningCache();
  // Every instance drops its compiled rules when any instance changes them.
  bus.subscribe((event) => { if (event.type === 'listening.changed') listening.invalidate(event.workspaceId); });
  const ingest = createIngestWriter({ db: store.db, dialect: store.dialect, bus, analyze, now, listening },
    options.maxQueuedEvents === undefined ? {} : { maxQueuedEvents: options.maxQueuedEvents });
  const services: Services = {
    config, store, bus, secretBox, channels, analyze, ingest, deliveryGate: createDeliveryGate(options.maxDeliveriesInFlight), listening, metrics, logger,
    fetch: fetchImpl, now, wakeOutbox: () => outbox?.wake(),
  };
  outbox = createOutboxRunner({
    store, bus, secretBox, channels, logger, metrics, fetch: fetchImpl, now,
    pollMs: options.outboxPollMs, backoffMs: options.outboxBackoffMs,
  });
  const scheduler: Scheduler = createScheduler(services);
  let app: FastifyInstance | undefined;
  let url = '';
  try {
    await ensureFirstAdmin(store.db, config, logger);
    app = await buildApp(services);
    if (options.listen !== false) url = await app.listen({ port: config.port, host: config.host });
    else await app.ready();
  } catch (error) {
    // A failed start (a taken port, a bad admin setting) must not leave connections holding the process.
    await app?.close().catch(() => undefined);
    await bus.close().catch(() => undefined);
    await store.close().catch(() => undefined);
    throw error;
  }
  outbox.start();
  scheduler.start();
  const poller: Poller = createPoller(services);
  poller.start();
  const reprioritizer = createReprioritizer({ store, bus, logger, now });
  reprioritizer.start();
  const health = createHealthMonitor(services);
  if (options.healthMonitor !== false) health.start();
  const assignment = startAssignmentRunner({ ...services, onError: (error) => logger.error({ err: error }, 'assignment pass failed') });
  const runner = outbox;
  const server = app;
  return {
    app: server, services, outbox: runner, poller, reprioritizer, health, url,
    async close() {
      scheduler.stop();
      await poller.stop();
      await reprioritizer.stop();
      await health.stop();
      await assignment.stop();
      await runner.stop();
      // In-flight requests get a grace period; then whatever is still open is cut (a client
      // holding a keep-alive socket must not keep the process alive).
      const cut = setTimeout(() => server.server.closeAllConnections(), 5000);
      await server.close();
      clearTimeout(cut);
      await ingest.drain();
      await bus.close();
      await store.close();
    },
  };
}
