// Guidelines: written playbooks per tag or scenario, per-role goodwill limits, and the gestures agents record.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('playbooks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('tag', 'text')
    .addColumn('scenario', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('playbooks_workspace').on('playbooks').columns(['workspace_id', 'id']).execute();

  await db.schema.createTable('goodwill_limits')
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    // Minor units (cents) as bigint: a PostgreSQL integer would stop at 21 million euros.
    .addColumn('max_amount_minor', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('goodwill_limits_pk', ['workspace_id', 'role', 'currency'])
    .execute();

  await db.schema.createTable('goodwill_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('conversation_id', 'text', (c) => c.notNull())
    .addColumn('requested_by', 'text', (c) => c.notNull())
    .addColumn('requested_role', 'text', (c) => c.notNull())
    .addColumn('amount_minor', 'bigint', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    // The limit that applied when it was asked, so a later change of limits does not rewrite history.
    .addColumn('limit_minor', 'bigint', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'text')
    .addColumn('decision_note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text')
    .execute();
  // The leads' "waiting for a decision" list, newest first, and each conversation's gestures.
  await db.schema.createIndex('goodwill_requests_by_status').on('goodwill_requests').columns(['workspace_id', 'status', 'id']).execute();
  await db.schema.createIndex('goodwill_requests_by_conversation').on('goodwill_requests').columns(['conversation_id', 'id']).execute();
}
