// The parts a running Parley is made of, built once at start and handed to routes and jobs.
import type { Logger } from 'pino';
import type { ParleyConfig } from '../config.ts';
import type { Store } from '../store/database.ts';
import type { EventBus } from '../realtime/event-bus.ts';
import type { SecretBox } from '../store/secret-box.ts';
import type { Analyzer } from '../analysis/analyzer.ts';
import type { ChannelRegistry } from '../channels/registry.ts';
import type { Metrics } from './metrics.ts';
import type { IngestWriter } from '../ingest/ingest-writer.ts';
import type { DeliveryGate } from '../ingest/delivery-gate.ts';
import type { ListeningCache } from '../ingest/listening-cache.ts';

export interface Services {
  config: ParleyConfig;
  store: Store;
  bus: EventBus;
  secretBox: SecretBox;
  channels: ChannelRegistry;
  analyze: Analyzer;
  /** Stores inbound events with group commit; resolves after the commit. */
  ingest: IngestWriter;
  /** Bounds the webhook deliveries worked on at once (503 past it). */
  deliveryGate: DeliveryGate;
  /** Compiled listening rules per workspace; publish 'listening.changed' after changing them. */
  listening: ListeningCache;
  metrics: Metrics;
  logger: Logger;
  fetch: typeof fetch;
  now: () => Date;
  /** Tells the outbox runner that work is waiting, so it does not wait for its next poll. */
  wakeOutbox: () => void;
}
