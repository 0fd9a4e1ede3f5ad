// Polling, where a channel has no webhooks: where it left off, and when it polls next.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('channels').addColumn('poll_cursor', 'text').execute();
  await db.schema.alterTable('channels').addColumn('next_poll_at', 'text').execute();
}
