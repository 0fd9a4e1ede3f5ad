// Group commit: webhook batches that arrive while a transaction is open are written together in
// the next one, so a burst costs a few commits instead of one per request.
import type { Channel } from '../domain/types.ts';
import type { InboundEvent } from '../domain/inbound-event.ts';
import type { InboundSignal } from '../domain/inbound-signal.ts';
import { withUniqueRetry } from '../store/unique-retry.ts';
import { ingestInTransaction, publishIngested, type IngestDeps, type IngestResult, type StoredBatch } from './ingest-events.ts';

export interface IngestWriter {
  /** Resolves after the events are committed (and published); rejects if they could not be stored. */
  submit(channel: Channel, identityNamespace: string, events: InboundEvent[], signals?: InboundSignal[]): Promise<IngestResult>;
  /** Waits for what is queued to be written. */
  drain(): Promise<void>;
}

interface Pending {
  channel: Channel;
  namespace: string;
  events: InboundEvent[];
  signals: InboundSignal[];
  resolve(result: IngestResult): void;
  reject(error: unknown): void;
}

export interface IngestWriterOptions {
  /** The most events one transaction takes; the rest wait for the next. */
  maxEventsPerCommit?: number;
}

export function createIngestWriter(deps: IngestDeps, options: IngestWriterOptions = {}): IngestWriter {
  const maxEvents = options.maxEventsPerCommit ?? 5000;
  const clock = deps.now ?? (() => new Date());
  let queue: Pending[] = [];
  let writing: Promise<void> | undefined;

  async function writeGroup(group: Pending[]): Promise<void> {
    const now = clock();
    let stored: StoredBatch[];
    try {
      stored = await withUniqueRetry(() => deps.db.transaction().execute(async (trx) => {
        const out: StoredBatch[] = [];
        for (const p of group) out.push(await ingestInTransaction({ ...deps, db: trx }, p.channel, p.namespace, p.events, now, p.signals));
        return out;
      }));
    } catch (error) {
      if (group.length === 1) { group[0]!.reject(error); return; }
      // One bad batch must not fail its neighbours: write each alone to find it.
      for (const p of group) await writeGroup([p]);
      return;
    }
    group.forEach((p, i) => p.resolve(publishIngested(deps.bus, p.channel, p.events.length, stored[i]!)));
  }

  async function loop(): Promise<void> {
    while (queue.length > 0) {
      const group: Pending[] = [];
      let size = 0;
      while (queue.length > 0 && (group.length === 0 || size + sizeOf(queue[0]!) <= maxEvents)) {
        const next = queue.shift()!;
        size += sizeOf(next);
        group.push(next);
      }
      await writeGroup(group);
    }
  }

  function kick(): void {
    if (writing) return;
    writing = loop().finally(() => {
      writing = undefined;
      if (queue.length > 0) kick();
    });
  }

  return {
    submit(channel, namespace, events, signals = []) {
      return new Promise<IngestResult>((resolve, reject) => {
        queue.push({ channel, namespace, events, signals, resolve, reject });
        kick();
      });
    },
    async drain() {
      while (writing) await writing;
    },
  };
}

function sizeOf(p: Pending): number {
  return p.events.length + p.signals.length;
}
