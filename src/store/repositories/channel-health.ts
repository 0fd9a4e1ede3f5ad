// Channel health: the latest check of each channel, its problems, rate limits and backfills.
import type { Db } from '../database.ts';
import type { ChannelHealthTable } from '../schema.ts';
import { fromJson, toJson } from '../json-columns.ts';
import type { ChannelHealth, HealthProblem, HealthProblemCode, HealthStatus } from '../../domain/channel-health.ts';

export type { ChannelHealth };

const toHealth = (r: ChannelHealthTable): ChannelHealth => ({
  channelId: r.channel_id, workspaceId: r.workspace_id, status: r.status as HealthStatus,
  problems: fromJson<HealthProblem[]>(r.problems, []), announced: fromJson<HealthProblemCode[]>(r.announced, []),
  checkedAt: r.checked_at, checkError: r.check_error,
  token: { state: r.token_state as ChannelHealth['token']['state'], expiresAt: r.token_expires_at, detail: r.token_detail },
  webhook: { state: r.webhook_state as ChannelHealth['webhook']['state'], detail: r.webhook_detail },
  rateLimit: { until: r.rate_limited_until, detail: r.rate_limit_detail },
  outageSince: r.outage_since,
  backfill: { pendingFrom: r.backfill_from, lastAt: r.backfilled_at, detail: r.backfill_detail },
  nextCheckAt: r.next_check_at,
});

const toRow = (h: ChannelHealth): ChannelHealthTable => ({
  channel_id: h.channelId, workspace_id: h.workspaceId, status: h.status, problems: toJson(h.problems), announced: toJson(h.announced),
  checked_at: h.checkedAt, check_error: h.checkError,
  token_state: h.token.state, token_expires_at: h.token.expiresAt, token_detail: h.token.detail,
  webhook_state: h.webhook.state, webhook_detail: h.webhook.detail,
  rate_limited_until: h.rateLimit.until, rate_limit_detail: h.rateLimit.detail,
  outage_since: h.outageSince, backfill_from: h.backfill.pendingFrom, backfilled_at: h.backfill.lastAt, backfill_detail: h.backfill.detail,
  next_check_at: h.nextCheckAt,
});

/** A channel never checked: due at once. */
export function blankHealth(channelId: string, workspaceId: string, now: Date): ChannelHealth {
  return {
    channelId, workspaceId, status: 'unknown', problems: [], announced: [], checkedAt: null, checkError: null,
    token: { state: 'unknown', expiresAt: null, detail: null }, webhook: { state: 'unknown', detail: null },
    rateLimit: { until: null, detail: null }, outageSince: null,
    backfill: { pendingFrom: null, lastAt: null, detail: null }, nextCheckAt: now.toISOString(),
  };
}

export async function getChannelHealth(db: Db, channelId: string): Promise<ChannelHealth | undefined> {
  const r = await db.selectFrom('channel_health').selectAll().where('channel_id', '=', channelId).executeTakeFirst();
  return r && toHealth(r);
}

export async function listWorkspaceHealth(db: Db, workspaceId: string): Promise<Map<string, ChannelHealth>> {
  const rows = await db.selectFrom('channel_health').selectAll().where('workspace_id', '=', workspaceId).execute();
  return new Map(rows.map((r) => [r.channel_id, toHealth(r)]));
}

export async function listAllHealth(db: Db): Promise<ChannelHealth[]> {
  return (await db.selectFrom('channel_health').selectAll().execute()).map(toHealth);
}

/** Stores a check's outcome; the rate-limit columns belong to markRateLimited, which senders call meanwhile. */
export async function saveChannelHealth(db: Db, health: ChannelHealth): Promise<void> {
  const row = toRow(health);
  const { channel_id: _id, rate_limited_until: _until, rate_limit_detail: _detail, ...rest } = row;
  await db.insertInto('channel_health').values(row)
    .onConflict((oc) => oc.column('channel_id').doUpdateSet(rest)).execute();
}

/**
 * Claims the channels whose check is due by moving their next check on; a conditional update, so
 * of several instances only one checks each channel. Channels with no row yet are due at once.
 */
export async function claimDueHealthChecks(db: Db, now: Date, nextCheckAt: Date, limit = 20): Promise<{ channelId: string; workspaceId: string }[]> {
  const missing = await db.selectFrom('channels').select(['channels.id', 'channels.workspace_id'])
    .leftJoin('channel_health', 'channel_health.channel_id', 'channels.id')
    .where('channels.deleted_at', 'is', null).where('channel_health.channel_id', 'is', null).limit(limit).execute();
  for (const m of missing) {
    await db.insertInto('channel_health').values(toRow(blankHealth(m.id, m.workspace_id, now)))
      .onConflict((oc) => oc.column('channel_id').doNothing()).execute();
  }
  const due = await db.selectFrom('channel_health').select(['channel_id', 'workspace_id', 'next_check_at'])
    .where('next_check_at', '<=', now.toISOString()).orderBy('next_check_at').limit(limit).execute();
  const claimed: { channelId: string; workspaceId: string }[] = [];
  for (const d of due) {
    const res = await db.updateTable('channel_health').set({ next_check_at: nextCheckAt.toISOString() })
      .where('channel_id', '=', d.channel_id).where('next_check_at', '=', d.next_check_at).executeTakeFirst();
    if (Number(res.numUpdatedRows) > 0) claimed.push({ channelId: d.channel_id, workspaceId: d.workspace_id });
  }
  return claimed;
}

/** Asks for a check at once (after a reconnect, or when an admin asks). */
export async function requestHealthCheck(db: Db, channelId: string, workspaceId: string, now: Date, backfillFrom?: string | null): Promise<void> {
  const current = await getChannelHealth(db, channelId) ?? blankHealth(channelId, workspaceId, now);
  await saveChannelHealth(db, {
    ...current, nextCheckAt: now.toISOString(),
    ...(backfillFrom ? { backfill: { ...current.backfill, pendingFrom: earlierOf(current.backfill.pendingFrom, backfillFrom) } } : {}),
  });
}

/** The network asked Parley to wait (a 429 and its reset time): shown until then. */
export async function markRateLimited(db: Db, channelId: string, workspaceId: string, until: Date, detail: string, now: Date): Promise<void> {
  const rateLimit = { rate_limited_until: until.toISOString(), rate_limit_detail: detail.slice(0, 500) };
  await db.insertInto('channel_health').values({ ...toRow(blankHealth(channelId, workspaceId, now)), ...rateLimit })
    .onConflict((oc) => oc.column('channel_id').doUpdateSet(rateLimit)).execute();
}

export function earlierOf(a: string | null, b: string | null): string | null {
  if (!a) return b;
  if (!b) return a;
  return a < b ? a : b;
}
