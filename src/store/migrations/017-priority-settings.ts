// Priority: each workspace's weights, and when each waiting conversation's score must next be recomputed.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('priority_settings')
    .addColumn('workspace_id', 'text', (c) => c.primaryKey().references('workspaces.id'))
    .addColumn('settings', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // Null for every conversation that is not waiting: the partial index holds only the work to do,
  // so the re-prioritisation job claims by it without scanning, however large the archive.
  await db.schema.alterTable('conversations').addColumn('reprioritize_at', 'text').execute();
  await db.schema.createIndex('conversations_reprioritize_due').on('conversations')
    .column('reprioritize_at').where(sql.ref('reprioritize_at'), 'is not', null).execute();
  // Conversations already waiting start aging at once: the job recomputes them on its first rounds.
  await sql`update conversations set reprioritize_at = ${new Date().toISOString()}
    where needs_reply = 1 and status <> 'resolved' and listening_label is null`.execute(db);
}
