// Checks one channel: asks the network about its token and webhook, judges the problems, tells
// the admins about new ones, and backfills what an outage may have cost once the channel works.
import type { Services } from '../server/services.ts';
import type { ChannelWithSecrets } from '../domain/types.ts';
import { SendError, type HealthProbe } from '../channels/channel-adapter.ts';
import { assessChannelHealth, isOutage, type HealthProblem } from '../domain/channel-health.ts';
import { getChannelWithSecrets } from '../store/repositories/channels.ts';
import { blankHealth, earlierOf, getChannelHealth, saveChannelHealth, type ChannelHealth } from '../store/repositories/channel-health.ts';
import { readDailyVolume } from '../store/repositories/stats.ts';
import { listMembers } from '../store/repositories/users.ts';
import { notifyUsers, publishNotifications } from '../care/notify.ts';

export const DEFAULT_HEALTH_INTERVAL_MS = 15 * 60_000;
/** Days of traffic that tell what is usual for a channel. */
const VOLUME_DAYS = 7;

export interface HealthCheckOptions {
  intervalMs?: number;
}

/** Runs a check now; returns the stored health, or undefined when the channel is gone. */
export async function checkChannelHealth(services: Services, channelId: string, options: HealthCheckOptions = {}): Promise<ChannelHealth | undefined> {
  const { db } = services.store;
  const channel = await getChannelWithSecrets(db, services.secretBox, channelId);
  if (!channel) {
    await db.deleteFrom('channel_health').where('channel_id', '=', channelId).execute();
    return undefined;
  }
  const adapter = services.channels.get(channel.network);
  const now = services.now();
  const previous = await getChannelHealth(db, channel.id) ?? blankHealth(channel.id, channel.workspaceId, now);
  const context = { bus: services.bus, fetch: services.fetch, now: services.now };

  let probe: HealthProbe | null = null;
  let checkError: string | null = null;
  if (adapter?.checkHealth) {
    try {
      probe = await adapter.checkHealth(channel, context);
    } catch (error) {
      checkError = reasonOf(error).slice(0, 500);
    }
  }
  // A failed check keeps what the network said last time rather than forgetting it.
  const token = probe ? probe.token : previous.token;
  const webhook = probe ? probe.webhook : previous.webhook;
  const assessed = assessChannelHealth({
    network: channel.network, tokenState: token.state, tokenExpiresAt: token.expiresAt, tokenDetail: token.detail,
    webhookState: webhook.state, webhookDetail: webhook.detail, checkError,
    rateLimitedUntil: previous.rateLimit.until, lastError: channel.lastError, lastEventAt: channel.lastEventAt,
    inboundPerDay: await inboundPerDay(services, channel, now),
    isProbed: !!adapter?.checkHealth,
  }, now);

  const health: ChannelHealth = {
    ...previous, status: assessed.status, problems: assessed.problems, checkedAt: now.toISOString(), checkError,
    token, webhook, nextCheckAt: new Date(now.getTime() + (options.intervalMs ?? DEFAULT_HEALTH_INTERVAL_MS)).toISOString(),
  };
  const isDown = isOutage(assessed.problems);
  if (isDown && !health.outageSince) {
    // What arrived after the last event may be lost: that is where a backfill must start.
    health.outageSince = channel.lastEventAt ?? now.toISOString();
  } else if (!isDown && health.outageSince) {
    health.backfill = { ...health.backfill, pendingFrom: earlierOf(health.backfill.pendingFrom, health.outageSince) };
    health.outageSince = null;
  }
  if (!isDown && health.backfill.pendingFrom && adapter?.backfill) {
    health.backfill = await runBackfill(services, channel, health.backfill.pendingFrom, now);
  }
  if (!adapter?.backfill) health.backfill = { ...health.backfill, pendingFrom: null };

  const fresh = assessed.problems.filter((p) => !previous.announced.includes(p.code));
  const recovered = previous.announced.length > 0 && assessed.problems.length === 0;
  health.announced = assessed.problems.map((p) => p.code);
  await saveChannelHealth(db, health);
  await announce(services, channel, fresh, recovered ? health : null);
  services.bus.publish({ type: 'channel.health', workspaceId: channel.workspaceId, data: health });
  return health;
}

/** An admin's backfill: fetches since `from` now, whatever the checks say, and stores the outcome. */
export async function backfillChannel(services: Services, channel: ChannelWithSecrets, from: string): Promise<ChannelHealth> {
  const now = services.now();
  const current = await getChannelHealth(services.store.db, channel.id) ?? blankHealth(channel.id, channel.workspaceId, now);
  const health = { ...current, backfill: await runBackfill(services, channel, from, now) };
  await saveChannelHealth(services.store.db, health);
  services.bus.publish({ type: 'channel.health', workspaceId: channel.workspaceId, data: health });
  return health;
}

/** Fetches what the network holds since `from` and ingests it; ingest's dedupe drops what is known. */
async function runBackfill(services: Services, channel: ChannelWithSecrets, from: string, now: Date): Promise<ChannelHealth['backfill']> {
  const adapter = services.channels.get(channel.network)!;
  try {
    const result = await adapter.backfill!(channel, from, { bus: services.bus, fetch: services.fetch, now: services.now });
    const stored = result.events.length
      ? await services.ingest.submit(channel, adapter.identityNamespace(channel), result.events)
      : { messages: [] };
    const found = `found ${result.events.length} since ${from}, ${stored.messages.length} of them missed`;
    return {
      // An incomplete run starts again from the same point; the known part is deduplicated.
      pendingFrom: result.isComplete ? null : from,
      lastAt: now.toISOString(),
      detail: result.isComplete ? found : `${found}; stopped early: ${result.detail ?? 'more remain'}`,
    };
  } catch (error) {
    const reason = reasonOf(error);
    services.logger.warn({ channelId: channel.id, reason }, 'backfill failed');
    return { pendingFrom: from, lastAt: now.toISOString(), detail: `backfill from ${from} failed: ${reason}`.slice(0, 500) };
  }
}

async function inboundPerDay(services: Services, channel: ChannelWithSecrets, now: Date): Promise<number> {
  const day = (offset: number) => new Date(now.getTime() - offset * 86_400_000).toISOString().slice(0, 10);
  const fullDays = Math.min(VOLUME_DAYS, Math.floor((now.getTime() - Date.parse(channel.createdAt)) / 86_400_000));
  if (fullDays < 1) return 0;
  const volume = await readDailyVolume(services.store.db, channel.workspaceId, day(fullDays), day(1));
  return volume.filter((v) => v.channelId === channel.id).reduce((sum, v) => sum + v.inbound, 0) / fullDays;
}

/** Admins hear of each new problem once, and once more when the channel works again. */
async function announce(services: Services, channel: ChannelWithSecrets, problems: HealthProblem[], recovered: ChannelHealth | null): Promise<void> {
  if (problems.length === 0 && !recovered) return;
  const admins = (await listMembers(services.store.db, channel.workspaceId)).filter((m) => m.role === 'admin');
  const at = services.now().toISOString();
  const texts = problems.map((p) => `${channel.name} (${channel.network}): ${p.message}`);
  if (recovered) {
    texts.push(`${channel.name} (${channel.network}) works again${recovered.backfill.detail ? `; backfill ${recovered.backfill.detail}` : ''}`);
  }
  const notifications = await notifyUsers(services.store.db, admins.flatMap((admin) => texts.map((text) => ({
    workspaceId: channel.workspaceId, userId: admin.id, kind: 'channel' as const, conversationId: null, byUserId: null,
    text: text.slice(0, 1000), createdAt: at,
  }))));
  publishNotifications(services.bus, notifications);
}

function reasonOf(error: unknown): string {
  return error instanceof SendError ? error.reason : error instanceof Error ? error.message : String(error);
}
