// Listening: the brand's names and handles, the workspace's rules, and what each message matched.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('listening_rules')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('query', 'text', (c) => c.notNull())
    .addColumn('tag', 'text')
    .addColumn('team_id', 'text')
    .addColumn('priority_boost', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('listening_rules_workspace').on('listening_rules').column('workspace_id').execute();
  await db.schema.alterTable('workspaces').addColumn('brand_handles', 'text', (c) => c.notNull().defaultTo('[]')).execute();
  await db.schema.alterTable('workspaces').addColumn('brand_names', 'text', (c) => c.notNull().defaultTo('')).execute();
  // about-brand / industry: found by listening, waiting in the Listening view rather than the care queue.
  await db.schema.alterTable('conversations').addColumn('listening_label', 'text').execute();
  await db.schema.alterTable('messages').addColumn('matches', 'text').execute();
}
