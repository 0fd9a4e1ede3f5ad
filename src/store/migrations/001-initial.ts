// The initial schema, written once for both dialects; only the search index differs.
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../dialect.ts';

// Kysely's schema builder is dialect-neutral apart from what we branch on below.
type AnyDb = Kysely<unknown>;

export async function up(db: AnyDb, dialect: Dialect): Promise<void> {
  await db.schema.createTable('workspaces')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema.createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema.createTable('memberships')
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('skills', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('is_available', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('memberships_pk', ['workspace_id', 'user_id'])
    .execute();
  await db.schema.createIndex('memberships_user').on('memberships').column('user_id').execute();

  await db.schema.createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

  await db.schema.createTable('api_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('scopes', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text')
    .addColumn('revoked_at', 'text')
    .addColumn('last_used_at', 'text')
    .execute();

  await db.schema.createTable('channels')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('network', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('config', 'text', (c) => c.notNull())
    .addColumn('secrets', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_event_at', 'text')
    .addColumn('last_error', 'text')
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema.createIndex('channels_workspace').on('channels').columns(['workspace_id', 'network']).execute();

  await db.schema.createTable('contacts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('name', 'text')
    .addColumn('is_vip', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('attributes', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema.createTable('identities')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('contact_id', 'text', (c) => c.notNull().references('contacts.id'))
    .addColumn('network', 'text', (c) => c.notNull())
    .addColumn('namespace', 'text', (c) => c.notNull())
    .addColumn('external_id', 'text', (c) => c.notNull())
    .addColumn('handle', 'text')
    .addColumn('display_name', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('identities_external', ['workspace_id', 'namespace', 'external_id'])
    .execute();
  await db.schema.createIndex('identities_contact').on('identities').column('contact_id').execute();

  await db.schema.createTable('conversations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('channel_id', 'text', (c) => c.notNull().references('channels.id'))
    .addColumn('contact_id', 'text', (c) => c.notNull().references('contacts.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('thread_key', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('assignee_id', 'text')
    .addColumn('team_id', 'text')
    .addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('priority', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('priority_factors', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('language', 'text')
    .addColumn('sentiment', 'text')
    .addColumn('needs_reply', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('snippet', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('snoozed_until', 'text')
    .addColumn('last_message_at', 'text', (c) => c.notNull())
    .addColumn('last_inbound_at', 'text')
    .addColumn('waiting_since', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('conversations_thread', ['channel_id', 'thread_key'])
    .execute();
  // The inbox's three orders, each a keyset over an index (see repositories/conversations.ts).
  await db.schema.createIndex('conversations_by_priority').on('conversations')
    .columns(['workspace_id', 'status', 'priority desc', 'id']).execute();
  await db.schema.createIndex('conversations_by_activity').on('conversations')
    .columns(['workspace_id', 'last_message_at desc', 'id desc']).execute();
  await db.schema.createIndex('conversations_by_assignee').on('conversations')
    .columns(['workspace_id', 'assignee_id', 'status']).execute();
  await db.schema.createIndex('conversations_contact').on('conversations').column('contact_id').execute();
  await db.schema.createIndex('conversations_snoozed').on('conversations').column('snoozed_until').execute();

  await db.schema.createTable('conversation_tags')
    .addColumn('conversation_id', 'text', (c) => c.notNull())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('tag', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('conversation_tags_pk', ['conversation_id', 'tag'])
    .execute();
  await db.schema.createIndex('conversation_tags_by_tag').on('conversation_tags')
    .columns(['workspace_id', 'tag', 'conversation_id']).execute();

  await db.schema.createTable('messages')
    .addColumn('seq', dialect === 'postgres' ? 'bigserial' : 'integer', (c) => c.primaryKey())
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('conversation_id', 'text', (c) => c.notNull().references('conversations.id'))
    .addColumn('channel_id', 'text', (c) => c.notNull())
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('visibility', 'text', (c) => c.notNull())
    .addColumn('external_id', 'text')
    .addColumn('in_reply_to_external_id', 'text')
    .addColumn('author_type', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text')
    .addColumn('author_name', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('attachments', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('language', 'text')
    .addColumn('sentiment', 'text')
    .addColumn('sentiment_score', 'real')
    .addColumn('urgency', 'real', (c) => c.notNull().defaultTo(0))
    .addColumn('intents', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('pii', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('delivery_status', 'text')
    .addColumn('delivery_error', 'text')
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('messages_external', ['channel_id', 'external_id'])
    .execute();
  await db.schema.createIndex('messages_conversation').on('messages').columns(['conversation_id', 'seq']).execute();

  if (dialect === 'postgres') {
    // 'simple' keeps every language's words as written; stemming would favour one language.
    await sql`alter table messages add column search tsvector
      generated always as (to_tsvector('simple', text)) stored`.execute(db);
    await sql`create index messages_search on messages using gin (search)`.execute(db);
    await sql`create index messages_workspace_seq on messages (workspace_id, seq desc)`.execute(db);
  } else {
    // An external-content FTS5 index over messages.text, kept in step by triggers.
    await sql`create virtual table messages_fts using fts5(text, content='messages', content_rowid='seq',
      tokenize='unicode61 remove_diacritics 2')`.execute(db);
    await sql`create trigger messages_fts_insert after insert on messages begin
      insert into messages_fts(rowid, text) values (new.seq, new.text); end`.execute(db);
    await sql`create trigger messages_fts_delete after delete on messages begin
      insert into messages_fts(messages_fts, rowid, text) values ('delete', old.seq, old.text); end`.execute(db);
    await sql`create trigger messages_fts_update after update of text on messages begin
      insert into messages_fts(messages_fts, rowid, text) values ('delete', old.seq, old.text);
      insert into messages_fts(rowid, text) values (new.seq, new.text); end`.execute(db);
  }

  await db.schema.createTable('teams')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('teams_name', ['workspace_id', 'name'])
    .execute();
  await db.schema.createTable('team_members')
    .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id'))
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('team_members_pk', ['team_id', 'user_id'])
    .execute();

  await db.schema.createTable('tags')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('color', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('tags_name', ['workspace_id', 'name'])
    .execute();

  await db.schema.createTable('saved_replies')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('shortcut', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('language', 'text')
    .addColumn('usage_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('saved_replies_workspace').on('saved_replies').columns(['workspace_id', 'shortcut']).execute();

  await db.schema.createTable('outbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('channel_id', 'text', (c) => c.notNull())
    .addColumn('conversation_id', 'text', (c) => c.notNull())
    .addColumn('message_id', 'text', (c) => c.notNull())
    .addColumn('idempotency_key', 'text', (c) => c.notNull().unique())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('lease_until', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // Claims read this index only: a backlog of sent rows never slows the next claim.
  await db.schema.createIndex('outbox_due').on('outbox').columns(['status', 'next_attempt_at']).execute();

  await db.schema.createTable('daily_stats')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('channel_id', 'text', (c) => c.notNull())
    .addColumn('inbound', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('outbound', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('daily_stats_pk', ['workspace_id', 'day', 'channel_id'])
    .execute();

  await db.schema.createTable('status_counts')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('status_counts_pk', ['workspace_id', 'status'])
    .execute();
}
