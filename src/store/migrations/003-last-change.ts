// Who last changed a conversation and how, so a refused stale action can say what happened.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('conversations').addColumn('last_change', 'text').execute();
}
