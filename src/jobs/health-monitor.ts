// Checks every channel's health on a schedule (each channel every interval), so a token about to
// expire, a lapsed webhook subscription or a silent channel is noticed before customers are.
import type { Services } from '../server/services.ts';
import { claimDueHealthChecks } from '../store/repositories/channel-health.ts';
import { checkChannelHealth, DEFAULT_HEALTH_INTERVAL_MS } from './check-channel-health.ts';

export interface HealthMonitor {
  start(): void;
  /** One round over the due channels; resolves with how many were checked (for tests). */
  runOnce(): Promise<number>;
  stop(): Promise<void>;
}

export function createHealthMonitor(services: Services, options: { tickMs?: number; intervalMs?: number } = {}): HealthMonitor {
  const tickMs = options.tickMs ?? 30_000;
  const intervalMs = options.intervalMs ?? DEFAULT_HEALTH_INTERVAL_MS;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;

  async function round(): Promise<number> {
    const now = services.now();
    const due = await claimDueHealthChecks(services.store.db, now, new Date(now.getTime() + intervalMs));
    let checked = 0;
    for (const { channelId } of due) {
      try {
        await checkChannelHealth(services, channelId, { intervalMs });
        checked++;
      } catch (error) {
        services.logger.error({ err: error, channelId }, 'channel health check failed');
      }
    }
    return checked;
  }

  function runOnce(): Promise<number> {
    running ??= round().finally(() => { running = undefined; });
    return running;
  }

  return {
    start() {
      void runOnce().catch((error: unknown) => services.logger.error({ err: error }, 'health round failed'));
      timer = setInterval(() => { runOnce().catch((error: unknown) => services.logger.error({ err: error }, 'health round failed')); }, tickMs);
      timer.unref();
    },
    runOnce,
    async stop() {
      if (timer) clearInterval(timer);
      await running?.catch(() => undefined);
    },
  };
}
