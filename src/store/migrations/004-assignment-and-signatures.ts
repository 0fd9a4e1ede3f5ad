// Assignment policies per team, agents' availability and signatures, and channel settings.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('memberships').addColumn('signature', 'text').execute();
  await db.schema.alterTable('memberships').addColumn('initials', 'text').execute();
  await db.schema.alterTable('teams').addColumn('assignment', 'text', (c) => c.notNull().defaultTo('{}')).execute();
  await db.schema.alterTable('team_members').addColumn('last_assigned_at', 'text').execute();
  await db.schema.alterTable('channels').addColumn('settings', 'text', (c) => c.notNull().defaultTo('{}')).execute();
  await db.schema.createIndex('conversations_team_queue').on('conversations')
    .columns(['team_id', 'status', 'assignee_id', 'priority desc', 'id']).execute();
}
