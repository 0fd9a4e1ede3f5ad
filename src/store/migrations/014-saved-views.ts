// Saved inbox views: a name and the inbox query it stands for, personal or shared with the workspace.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('saved_views')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    // null: shared with everyone in the workspace; otherwise the one user who sees it.
    .addColumn('user_id', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    // The inbox list's own query string (status=open&assignee=me…), so a view means exactly what the list means.
    .addColumn('query', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('saved_views_workspace').on('saved_views').columns(['workspace_id', 'user_id']).execute();
}
