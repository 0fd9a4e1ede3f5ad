// Opens the store (SQLite file or PostgreSQL pool), applies migrations, and closes it again.
import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { withStatementCache } from './sqlite-statement-cache.ts';
import { startCheckpointer, type Checkpointer } from './sqlite-checkpointer.ts';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, type Migration, type MigrationProvider } from 'kysely';
import type { Database } from './schema.ts';
import type { Dialect } from './dialect.ts';
import * as initial from './migrations/001-initial.ts';
import * as auditLog from './migrations/002-audit-log.ts';
import * as lastChange from './migrations/003-last-change.ts';
import * as assignment from './migrations/004-assignment-and-signatures.ts';
import * as notifications from './migrations/005-notifications.ts';
import * as moderation from './migrations/006-message-moderation.ts';
import * as threadLinks from './migrations/007-thread-links.ts';
import * as messageEdits from './migrations/008-message-edits.ts';
import * as listening from './migrations/009-listening.ts';
import * as polling from './migrations/010-polling.ts';
import * as inboxAllStatuses from './migrations/011-inbox-all-statuses.ts';
import * as searchStatistics from './migrations/012-search-statistics.ts';
import * as inboxFilterIndexes from './migrations/021-inbox-filter-indexes.ts';
import * as tagsByPriority from './migrations/022-tags-by-priority.ts';
import * as channelByPriority from './migrations/023-channel-by-priority.ts';
import * as languageByPriority from './migrations/024-language-by-priority.ts';
import * as inboxIndexesByStatus from './migrations/025-inbox-indexes-by-status.ts';
import * as savedViews from './migrations/014-saved-views.ts';
import * as uploads from './migrations/015-uploads.ts';
import * as playbooksAndGoodwill from './migrations/016-playbooks-and-goodwill.ts';
import * as prioritySettings from './migrations/017-priority-settings.ts';
import * as messagingWindows from './migrations/018-messaging-windows.ts';
import * as contactActivity from './migrations/019-contact-activity.ts';
import * as channelHealth from './migrations/020-channel-health.ts';

export type Db = Kysely<Database>;

export interface Store {
  db: Db;
  dialect: Dialect;
  close(): Promise<void>;
}

export interface StoreOptions {
  /** postgres://… selects PostgreSQL; otherwise SQLite at sqliteFile. */
  databaseUrl?: string | undefined;
  sqliteFile?: string | undefined;
  poolSize?: number;
  /**
   * SQLite: checkpoint the write-ahead log from a worker thread instead of in the writer's commits
   * (sqlite-checkpointer.ts). For the server; short-lived stores (tests, CLI) do without.
   */
  backgroundCheckpoints?: boolean;
}

type DialectMigration = { up(db: Kysely<unknown>, dialect: Dialect): Promise<void> };
const MIGRATIONS: Record<string, DialectMigration> = {
  '001-initial': initial,
  '002-audit-log': auditLog,
  '003-last-change': lastChange,
  '004-assignment-and-signatures': assignment,
  '005-notifications': notifications,
  '006-message-moderation': moderation,
  '007-thread-links': threadLinks,
  '008-message-edits': messageEdits,
  '009-listening': listening,
  '010-polling': polling,
  '011-inbox-all-statuses': inboxAllStatuses,
  '012-search-statistics': searchStatistics,
  '014-saved-views': savedViews,
  '015-uploads': uploads,
  '016-playbooks-and-goodwill': playbooksAndGoodwill,
  '017-priority-settings': prioritySettings,
  '018-messaging-windows': messagingWindows,
  '019-contact-activity': contactActivity,
  '020-channel-health': channelHealth,
  '021-inbox-filter-indexes': inboxFilterIndexes,
  '022-tags-by-priority': tagsByPriority,
  '023-channel-by-priority': channelByPriority,
  '024-language-by-priority': languageByPriority,
  '025-inbox-indexes-by-status': inboxIndexesByStatus,
};

class DialectMigrationProvider implements MigrationProvider {
  constructor(private readonly dialect: Dialect) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    const out: Record<string, Migration> = {};
    for (const [name, m] of Object.entries(MIGRATIONS)) {
      out[name] = { up: (db) => m.up(db as Kysely<unknown>, this.dialect) };
    }
    return out;
  }
}

// int8 (bigserial, count(*)) arrives as a string from pg; our values stay far below 2^53.
const PG_INT8 = 20;
const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === PG_INT8) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

export function openStore(options: StoreOptions): Store {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10, types: pgTypes });
    // A server restart drops idle clients; the pool replaces them, so this is only noted.
    pool.on('error', () => {});
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect: 'postgres', close: () => db.destroy() };
  }
  const file = options.sqliteFile ?? ':memory:';
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new SqliteDatabase(file);
  sqlite.pragma('journal_mode = WAL');
  // In WAL mode NORMAL survives a process crash; only an OS crash could lose the last commits.
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // 64 MiB of page cache: 2 MiB (the default) cost 15 % of ingest; 128 MiB measured no faster than
  // 64 and put the server over its 512 MB memory budget at a million conversations. Pages beyond it
  // come from the operating system's file cache.
  sqlite.pragma('cache_size = -65536');
  // Checkpoints every 40 MB of WAL rather than 4 MB: a busy ingest rewrites the same index pages,
  // and each checkpoint copies them once (commit time in ingest: 3.7 s → 2.5 s per 40,000 messages).
  const AUTOCHECKPOINT_PAGES = 10_000;
  let checkpointer: Checkpointer | undefined;
  if (options.backgroundCheckpoints && file !== ':memory:') {
    // The worker checkpoints; should it fail, the writer's own commits take over again.
    sqlite.pragma('wal_autocheckpoint = 0');
    checkpointer = startCheckpointer(file, () => { if (sqlite.open) sqlite.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_PAGES}`); });
  } else {
    sqlite.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_PAGES}`);
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  return {
    db, dialect: 'sqlite',
    close: async () => {
      await checkpointer?.stop();
      await db.destroy();
    },
  };
}

export async function migrate(store: Store): Promise<string[]> {
  const migrator = new Migrator({ db: store.db, provider: new DialectMigrationProvider(store.dialect) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(`migration failed: ${String(error)}`);
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
