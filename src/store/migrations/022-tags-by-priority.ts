// A tag view ("resolved + praise") walked the inbox's priority index and tested each conversation
// for the tag: a tag that goes with low priority cost most of a status (369 ms at 1M conversations
// on SQLite). Each tag row now carries its conversation's status and priority, kept in step by the
// conversation repositories, so a tag view is an ordered walk of its own index.
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../dialect.ts';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema.alterTable('conversation_tags').addColumn('status', 'text', (c) => c.notNull().defaultTo('open')).execute();
  await db.schema.alterTable('conversation_tags').addColumn('priority', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  if (dialect === 'postgres') {
    await sql`update conversation_tags t set status = c.status, priority = c.priority from conversations c where c.id = t.conversation_id`.execute(db);
  } else {
    await sql`update conversation_tags set
      status = (select c.status from conversations c where c.id = conversation_tags.conversation_id),
      priority = (select c.priority from conversations c where c.id = conversation_tags.conversation_id)`.execute(db);
  }
  await db.schema.createIndex('conversation_tags_by_priority').on('conversation_tags')
    .columns(['workspace_id', 'tag', 'status', 'priority desc', 'conversation_id']).execute();
}
