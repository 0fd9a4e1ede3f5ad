// The inbox across every status (the "all" filter) ordered by priority, also from an index.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('conversations_by_priority_any_status').on('conversations')
    .columns(['workspace_id', 'priority desc', 'id']).execute();
}
