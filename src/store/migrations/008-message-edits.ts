// Customers edit and remove what they posted: the message keeps its earlier texts and its removal.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('messages').addColumn('edited_at', 'text').execute();
  await db.schema.alterTable('messages').addColumn('removed_at', 'text').execute();
  await db.schema.alterTable('messages').addColumn('previous_texts', 'text').execute();
}
