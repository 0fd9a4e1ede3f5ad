// Kysely's SQLite driver prepares every statement on every call; preparing is a fifth of the time a
// busy ingest spends in SQLite. The same few hundred statements run over and over, so they are
// prepared once and kept, the least recently used dropped past a bound.
import type { Database as SqliteHandle, Statement } from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/** Enough for every statement the app runs; the bound is for `in (?, ?, …)` lists of many lengths. */
export const STATEMENT_CACHE_SIZE = 1000;

export function withStatementCache(sqlite: SqliteHandle, size = STATEMENT_CACHE_SIZE): SqliteDatabase {
  const cache = new Map<string, Statement>();
  return {
    close: () => { cache.clear(); sqlite.close(); },
    prepare(sql: string) {
      const cached = cache.get(sql);
      // A statement still being iterated (a streamed select) cannot run again until it ends.
      if (cached && !cached.busy) {
        cache.delete(sql);
        cache.set(sql, cached);
        return cached;
      }
      const statement = sqlite.prepare(sql);
      if (cached) return statement;
      cache.set(sql, statement);
      if (cache.size > size) cache.delete(cache.keys().next().value as string);
      return statement;
    },
  };
}
