// Two inbox filters that the priority index could not narrow, each given an ordered walk:
// - VIPs: the customer's VIP flag kept on each conversation, instead of probing the contacts table
//   for every row ranked above the page's matches (p95 26 ms at 1M conversations on SQLite,
//   100–700 ms on PostgreSQL);
// - an agent's own conversations ("mine"), which were read by assignee and then sorted.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('conversations').addColumn('contact_is_vip', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await sql`update conversations set contact_is_vip = 1 where contact_id in (select id from contacts where is_vip = 1)`.execute(db);
  await db.schema.createIndex('conversations_vip_by_priority').on('conversations')
    .columns(['workspace_id', 'contact_is_vip', 'priority desc', 'id']).execute();
  await db.schema.createIndex('conversations_assignee_by_priority').on('conversations')
    .columns(['workspace_id', 'assignee_id', 'priority desc', 'id']).execute();
}
