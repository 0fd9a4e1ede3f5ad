// What agent actions need: the store, the bus to announce changes, the channels, a clock, analysis.
import type { Store } from '../store/database.ts';
import type { EventBus } from '../realtime/event-bus.ts';
import type { ChannelRegistry } from '../channels/registry.ts';
import type { Analyzer } from '../analysis/analyzer.ts';

export interface CareDeps {
  store: Store;
  bus: EventBus;
  channels: ChannelRegistry;
  now: () => Date;
  wakeOutbox: () => void;
  /** The same analysis inbound messages get; the PII guard reads outbound drafts with it. */
  analyze: Analyzer;
}
