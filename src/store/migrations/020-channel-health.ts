// What Parley last learnt about each channel's health: the network's answers about its token and
// webhook subscription, rate limits met while sending, the problems found, and backfills run.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('channel_health')
    .addColumn('channel_id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('unknown'))
    .addColumn('problems', 'text', (c) => c.notNull().defaultTo('[]'))
    // Problem codes the admins were told about, so a lasting problem is announced once.
    .addColumn('announced', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('checked_at', 'text')
    .addColumn('check_error', 'text')
    .addColumn('token_state', 'text', (c) => c.notNull().defaultTo('unknown'))
    .addColumn('token_expires_at', 'text')
    .addColumn('token_detail', 'text')
    .addColumn('webhook_state', 'text', (c) => c.notNull().defaultTo('unknown'))
    .addColumn('webhook_detail', 'text')
    .addColumn('rate_limited_until', 'text')
    .addColumn('rate_limit_detail', 'text')
    // When the channel stopped working (failing, or silent): a backfill starts from there.
    .addColumn('outage_since', 'text')
    .addColumn('backfill_from', 'text')
    .addColumn('backfilled_at', 'text')
    .addColumn('backfill_detail', 'text')
    .addColumn('next_check_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('channel_health_due').on('channel_health').columns(['next_check_at']).execute();
}
