// Agents work by language: "open in Spanish" walked the priority index past every other language's
// rows (37 ms for a next page at 1M conversations on SQLite, the slowest list call once tag and
// channel views had their indexes). This index makes it an ordered walk of its own.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('conversations_language_by_priority').on('conversations')
    .columns(['workspace_id', 'language', 'status', 'priority desc', 'id']).execute();
}
