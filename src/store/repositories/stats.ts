// Aggregates kept as messages arrive, so reports never count raw rows at read time.
import { sql } from 'kysely';
import type { Db } from '../database.ts';

export async function bumpDailyStats(db: Db, workspaceId: string, channelId: string, day: string, inbound: number, outbound: number): Promise<void> {
  if (inbound === 0 && outbound === 0) return;
  await db.insertInto('daily_stats').values({ workspace_id: workspaceId, day, channel_id: channelId, inbound, outbound })
    .onConflict((oc) => oc.columns(['workspace_id', 'day', 'channel_id']).doUpdateSet({
      inbound: sql<number>`daily_stats.inbound + ${inbound}`,
      outbound: sql<number>`daily_stats.outbound + ${outbound}`,
    }))
    .execute();
}

export interface DailyVolume { day: string; channelId: string; inbound: number; outbound: number }

export async function readDailyVolume(db: Db, workspaceId: string, fromDay: string, toDay: string): Promise<DailyVolume[]> {
  const rows = await db.selectFrom('daily_stats').selectAll()
    .where('workspace_id', '=', workspaceId).where('day', '>=', fromDay).where('day', '<=', toDay)
    .orderBy('day').orderBy('channel_id').execute();
  return rows.map((r) => ({ day: r.day, channelId: r.channel_id, inbound: Number(r.inbound), outbound: Number(r.outbound) }));
}
