// Polls the channels that have no webhooks (e.g. an X account on a tier without the Account
// Activity API): each due channel is asked for what arrived since its cursor, the events go
// through the same ingest as webhooks (same dedupe, same threading), and the cursor moves on
// only after they are committed.
import type { Logger } from 'pino';
import type { Services } from '../server/services.ts';
import { SendError } from '../channels/channel-adapter.ts';
import { listChannelsDueForPoll, markChannelError, recordPoll } from '../store/repositories/channels.ts';
import { markRateLimited } from '../store/repositories/channel-health.ts';
import { listListeningRules } from '../store/repositories/listening.ts';
import type { Network } from '../domain/types.ts';

export interface Poller {
  start(): void;
  /** One round over every due channel; resolves when it is done (for tests). */
  runOnce(): Promise<number>;
  stop(): Promise<void>;
}

const DEFAULT_INTERVAL_MS = 60_000;

export function createPoller(services: Services & { logger: Logger }, options: { tickMs?: number; intervalMs?: number } = {}): Poller {
  const tickMs = options.tickMs ?? 5000;
  const intervalMs = options.intervalMs ?? DEFAULT_INTERVAL_MS;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;

  async function round(): Promise<number> {
    const networks = [...services.channels.values()].filter((a) => a.poll).map((a) => a.network as Network);
    const now = services.now();
    const due = await listChannelsDueForPoll(services.store.db, services.secretBox, networks, now);
    let polled = 0;
    for (const channel of due) {
      const adapter = services.channels.get(channel.network);
      if (!adapter?.poll || !adapter.isPolling?.(channel)) {
        // Not polling: look again after an interval in case it was switched on.
        await recordPoll(services.store.db, channel.id, channel.pollCursor, new Date(now.getTime() + intervalMs));
        continue;
      }
      try {
        const queries = (await listListeningRules(services.store.db, channel.workspaceId)).map((r) => r.query);
        const result = await adapter.poll(channel, channel.pollCursor, {
          bus: services.bus, fetch: services.fetch, now: services.now, listeningQueries: queries,
          notice: (message) => services.logger.warn({ channelId: channel.id, network: channel.network }, message),
        });
        if (result.events.length) await services.ingest.submit(channel, adapter.identityNamespace(channel), result.events);
        await recordPoll(services.store.db, channel.id, result.cursor, new Date(services.now().getTime() + (result.nextPollInMs ?? intervalMs)));
        if (channel.lastError) await markChannelError(services.store.db, channel.id, null);
        polled++;
      } catch (error) {
        const reason = error instanceof SendError ? error.reason : (error as Error).message;
        const wait = error instanceof SendError && error.retryAfterMs ? error.retryAfterMs : intervalMs;
        if (error instanceof SendError && error.retryAfterMs) {
          await markRateLimited(services.store.db, channel.id, channel.workspaceId, new Date(services.now().getTime() + wait), reason, services.now());
        }
        services.logger.warn({ channelId: channel.id, reason }, 'poll failed');
        await markChannelError(services.store.db, channel.id, `${services.now().toISOString()} poll: ${reason}`.slice(0, 500));
        // The cursor stays where it was: the next poll asks again for what this one missed.
        await recordPoll(services.store.db, channel.id, channel.pollCursor, new Date(services.now().getTime() + wait));
      }
    }
    return polled;
  }

  function runOnce(): Promise<number> {
    running ??= round().finally(() => { running = undefined; });
    return running;
  }

  return {
    start() {
      timer = setInterval(() => { runOnce().catch((error: unknown) => services.logger.error({ err: error }, 'poll round failed')); }, tickMs);
      timer.unref();
    },
    runOnce,
    async stop() {
      if (timer) clearInterval(timer);
      await running?.catch(() => undefined);
    },
  };
}
