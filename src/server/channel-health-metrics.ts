// Channel health on /metrics: read from the store at scrape time, so every instance reports the
// same figures whichever of them ran the check.
import client from 'prom-client';
import type { Db } from '../store/database.ts';
import type { Metrics } from './metrics.ts';
import { listAllHealth, type ChannelHealth } from '../store/repositories/channel-health.ts';

const STATUS_VALUE = { ok: 1, warning: 0.5, failing: 0, unknown: -1 } as const;
type Labels = 'channel' | 'network' | 'workspace';
interface Row { labels: Record<Labels, string>; lastEventAt: string | null; health: ChannelHealth | undefined }

/** prom-client collects the gauges of one scrape side by side: they share one read of the store. */
const SNAPSHOT_MS = 1000;

export function registerChannelHealthMetrics(metrics: Metrics, db: Db, now: () => Date): void {
  let snapshot: { at: number; rows: Promise<Row[]> } | null = null;
  const rows = (): Promise<Row[]> => {
    const at = Date.now();
    if (!snapshot || at - snapshot.at > SNAPSHOT_MS) snapshot = { at, rows: readRows(db) };
    return snapshot.rows;
  };
  const gauge = (name: string, help: string, valueOf: (row: Row) => number | null) => new client.Gauge<Labels>({
    name, help, labelNames: ['channel', 'network', 'workspace'], registers: [metrics.registry],
    async collect() {
      this.reset();
      for (const row of await rows()) {
        const value = valueOf(row);
        if (value !== null) this.set(row.labels, value);
      }
    },
  });
  const seconds = (iso: string) => Date.parse(iso) / 1000;
  gauge('parley_channel_health', 'Channel health: 1 ok, 0.5 warning, 0 failing, -1 not yet known',
    (row) => STATUS_VALUE[row.health?.status ?? 'unknown']);
  gauge('parley_channel_problems', 'Problems found by the latest health check', (row) => row.health?.problems.length ?? 0);
  gauge('parley_channel_last_event_age_seconds', 'Seconds since the channel last received an event',
    (row) => (row.lastEventAt ? Math.max(0, now().getTime() / 1000 - seconds(row.lastEventAt)) : null));
  gauge('parley_channel_token_expires_in_seconds', 'Seconds until the access token expires (negative: expired)',
    (row) => (row.health?.token.expiresAt ? seconds(row.health.token.expiresAt) - now().getTime() / 1000 : null));
  gauge('parley_channel_rate_limited', '1 while the network asks Parley to wait',
    (row) => (row.health?.rateLimit.until && Date.parse(row.health.rateLimit.until) > now().getTime() ? 1 : 0));
}

async function readRows(db: Db): Promise<Row[]> {
  const channels = await db.selectFrom('channels').select(['id', 'network', 'workspace_id', 'last_event_at'])
    .where('deleted_at', 'is', null).execute();
  const health = new Map((await listAllHealth(db)).map((h) => [h.channelId, h]));
  return channels.map((c) => ({
    labels: { channel: c.id, network: c.network, workspace: c.workspace_id }, lastEventAt: c.last_event_at, health: health.get(c.id),
  }));
}
