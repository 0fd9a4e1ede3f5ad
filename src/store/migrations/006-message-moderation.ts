// Whether a customer's public message was hidden or deleted on the network by an agent.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('messages').addColumn('moderation', 'text').execute();
}
