// What customers did towards the brand besides writing: likes of its posts, follows and unfollows.
// One row per act, unique per channel and network id, so a redelivered event is stored once.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('contact_activity')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('contact_id', 'text', (c) => c.notNull())
    .addColumn('channel_id', 'text', (c) => c.notNull())
    .addColumn('activity', 'text', (c) => c.notNull())
    .addColumn('external_id', 'text', (c) => c.notNull())
    // The brand's post the act concerns (the liked post); null for follows.
    .addColumn('subject_external_id', 'text')
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('contact_activity_channel_external', ['channel_id', 'external_id'])
    .execute();
  // The contact panel reads a contact's newest acts first.
  await db.schema.createIndex('contact_activity_contact').on('contact_activity').columns(['contact_id', 'occurred_at']).execute();
}
