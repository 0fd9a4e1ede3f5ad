// Group commit: webhook batches that arrive while a transaction is open are written together in
// the next one, so a burst costs a few commits instead of one per request.
import type { Channel, Message } from '../domain/types.ts';
import { ParleyError } from '../domain/errors.ts';
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
  /**
   * The most events waiting to be written. Past it a delivery is refused with 503 and Retry-After
   * rather than held: under a flood the server would otherwise buffer until memory ran out, and
   * every network retries a delivery it was not acknowledged for.
   */
  maxQueuedEvents?: number;
}

/** About three seconds of ingest at full speed on the benchmark machine. */
export const MAX_QUEUED_EVENTS = 15_000;

export function createIngestWriter(deps: IngestDeps, options: IngestWriterOptions = {}): IngestWriter {
  const maxEvents = options.maxEventsPerCommit ?? 5000;
  const maxQueued = options.maxQueuedEvents ?? MAX_QUEUED_EVENTS;
  const clock = deps.now ?? (() => new Date());
  let queue: Pending[] = [];
  /** Events submitted and not yet settled: waiting, or in the transaction being written. */
  let unsettled = 0;
  let writing: Promise<void> | undefined;

  async function writeGroup(group: Pending[]): Promise<void> {
    const now = clock();
    const batches = byChannel(group);
    let stored: StoredBatch[];
    try {
      stored = await withUniqueRetry(() => deps.db.transaction().execute(async (trx) => {
        const out: StoredBatch[] = [];
        for (const b of batches) out.push(await ingestInTransaction({ ...deps, db: trx }, b.channel, b.namespace, b.events, now, b.signals));
        return out;
      }));
    } catch (error) {
      if (group.length === 1) { group[0]!.reject(error); return; }
      // One bad batch must not fail its neighbours: write each alone to find it.
      for (const p of group) await writeGroup([p]);
      return;
    }
    batches.forEach((b, i) => {
      const result = publishIngested(deps.bus, b.channel, b.events.length, stored[i]!);
      if (b.members.length === 1) b.members[0]!.resolve(result);
      else for (const [member, share] of shareOut(b.members, stored[i]!)) member.resolve(share);
    });
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
      const size = events.length + signals.length;
      // A delivery larger than the bound is still taken when nothing waits, or it could never be.
      if (unsettled > 0 && unsettled + size > maxQueued) {
        const seconds = Math.min(30, Math.max(1, Math.ceil(unsettled / 5000)));
        return Promise.reject(new ParleyError('unavailable', `ingest is ${unsettled} events behind; retry in ${seconds} s`, { retryAfterSeconds: seconds }));
      }
      unsettled += size;
      let isSettled = false;
      const settle = () => {
        if (!isSettled) unsettled -= size;
        isSettled = true;
      };
      return new Promise<IngestResult>((resolve, reject) => {
        queue.push({
          channel, namespace, events, signals,
          resolve: (result) => { settle(); resolve(result); },
          reject: (error) => { settle(); reject(error); },
        });
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

interface ChannelBatch {
  channel: Channel;
  namespace: string;
  events: InboundEvent[];
  signals: InboundSignal[];
  members: Pending[];
}

/**
 * Deliveries to the same channel are written as one batch, so its lookups and multi-row inserts
 * serve them all: networks that post one event per request (X's account activity, a busy web
 * chat) would otherwise pay a batch's dozen statements per event.
 */
function byChannel(group: Pending[]): ChannelBatch[] {
  const batches = new Map<string, ChannelBatch>();
  for (const p of group) {
    const key = `${p.channel.id}\u0000${p.namespace}`;
    let batch = batches.get(key);
    if (!batch) batches.set(key, batch = { channel: p.channel, namespace: p.namespace, events: [], signals: [], members: [] });
    batch.events.push(...p.events);
    batch.signals.push(...p.signals);
    batch.members.push(p);
  }
  return [...batches.values()];
}

/** What each delivery of a merged batch stored; an event two deliveries carried counts for the first. */
function shareOut(members: Pending[], stored: StoredBatch): [Pending, IngestResult][] {
  const byExternalId = new Map<string, Message>();
  for (const message of [...stored.messages, ...stored.changed]) byExternalId.set(message.externalId ?? '', message);
  const changedOnes = new Set(stored.changed);
  const conversations = new Map(stored.touched.map((work) => [work.conversation.id, work.conversation]));
  const claimed = new Set<string>();
  return members.map((member) => {
    const messages: Message[] = [];
    let changed = 0;
    for (const event of member.events) {
      const message = byExternalId.get(event.externalId);
      if (!message || claimed.has(event.externalId)) continue;
      claimed.add(event.externalId);
      if (changedOnes.has(message)) changed++;
      else messages.push(message);
    }
    const own = [...new Set(messages.map((m) => m.conversationId))].map((id) => conversations.get(id)).filter((c) => c !== undefined);
    return [member, {
      accepted: member.events.length + member.signals.length,
      duplicates: member.events.length - messages.length - changed,
      messages,
      conversations: own,
    }];
  });
}
