// Keeps waiting conversations' stored priority true as time passes: aging steps and response goals.
//
// Ingest stores, with each waiting conversation, when its score next changes by itself
// (reprioritize_at). This job claims the conversations that are due by that indexed column,
// recomputes their score and announces it; nothing is scanned, and conversations that stopped
// waiting have left the index.
import type { Logger } from 'pino';
import type { Store } from '../store/database.ts';
import type { EventBus } from '../realtime/event-bus.ts';
import type { Conversation } from '../domain/types.ts';
import { reprioritize } from '../domain/reprioritize.ts';
import { claimDueReprioritizations, clearReprioritization, listWaitingMessages, saveRecomputedPriority } from '../store/repositories/conversation-priority.ts';
import { customerValuesOf } from '../store/repositories/customer-values.ts';
import { UNKNOWN_CUSTOMER } from '../domain/customer-value.ts';
import { getPrioritySettingsOf } from '../store/repositories/priority-settings.ts';

export interface ReprioritizerDeps {
  store: Store;
  bus: EventBus;
  logger: Logger;
  now: () => Date;
}

export interface Reprioritizer {
  start(): void;
  /** Recomputes everything due now; resolves with how many scores it stored (for tests). */
  runOnce(): Promise<number>;
  stop(): Promise<void>;
}

export interface ReprioritizerOptions {
  /** How often to look for due conversations; aging moves in steps of minutes, so seconds late is fine. */
  intervalMs?: number;
  batchSize?: number;
  /** How long a claimed conversation stays with this instance before another may take it. */
  leaseMs?: number;
}

export function createReprioritizer(deps: ReprioritizerDeps, options: ReprioritizerOptions = {}): Reprioritizer {
  const intervalMs = options.intervalMs ?? 20_000;
  const batchSize = options.batchSize ?? 200;
  const leaseMs = options.leaseMs ?? 2 * 60_000;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;

  async function batch(): Promise<{ claimed: number; stored: number }> {
    const { db, dialect } = deps.store;
    const now = deps.now();
    const claimed = await claimDueReprioritizations(db, dialect, now, new Date(now.getTime() + leaseMs), batchSize);
    if (claimed.length === 0) return { claimed: 0, stored: 0 };
    const [messages, customers, settings] = await Promise.all([
      listWaitingMessages(db, claimed.map((c) => c.id)),
      customerValuesOf(db, claimed.map((c) => c.contactId)),
      getPrioritySettingsOf(db, [...new Set(claimed.map((c) => c.workspaceId))]),
    ]);
    let stored = 0;
    for (const conversation of claimed) {
      const result = reprioritize({
        conversation, now, messages: messages.get(conversation.id) ?? [],
        customer: customers.get(conversation.contactId) ?? UNKNOWN_CUSTOMER,
        settings: settings.get(conversation.workspaceId)!,
      });
      if (!result) {
        await clearReprioritization(db, conversation);
        continue;
      }
      if (!(await saveRecomputedPriority(db, conversation, result.priority, result.nextAt))) continue;
      stored++;
      if (result.priority.score !== conversation.priority || changedFactors(conversation, result.priority.factors)) {
        deps.bus.publish({
          type: 'conversation.updated', workspaceId: conversation.workspaceId,
          data: { ...conversation, priority: result.priority.score, priorityFactors: result.priority.factors },
        });
      }
    }
    return { claimed: claimed.length, stored };
  }

  async function round(): Promise<number> {
    let total = 0;
    // A full batch means more may be due: keep going until the backlog is gone.
    for (;;) {
      const { claimed, stored } = await batch();
      total += stored;
      if (claimed < batchSize) return total;
    }
  }

  /** A call during a round waits for it and then runs its own, so what came due before the call is always covered. */
  function runOnce(): Promise<number> {
    const next = (running ?? Promise.resolve(0)).catch(() => 0).then(round);
    running = next;
    const settle = () => { if (running === next) running = undefined; };
    next.then(settle, settle);
    return next;
  }

  return {
    start() {
      const tick = () => { runOnce().catch((error: unknown) => deps.logger.error({ err: error }, 're-prioritisation failed')); };
      // At start too: conversations that came due while Parley was stopped are recomputed at once.
      tick();
      timer = setInterval(tick, intervalMs);
      timer.unref();
    },
    runOnce,
    async stop() {
      if (timer) clearInterval(timer);
      await running?.catch(() => undefined);
    },
  };
}

function changedFactors(conversation: Conversation, factors: Conversation['priorityFactors']): boolean {
  return JSON.stringify(conversation.priorityFactors) !== JSON.stringify(factors);
}
