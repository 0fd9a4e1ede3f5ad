// Which SQL engine a store runs on: the embedded SQLite file or a PostgreSQL server.
import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';

export type Dialect = 'sqlite' | 'postgres';

const dialects = new WeakMap<Kysely<unknown>, Dialect>();

/** Which database a handle (or a transaction of one) speaks to: PostgreSQL numbers its placeholders. */
export function dialectOf<DB>(db: Kysely<DB>): Dialect {
  const handle = db as Kysely<unknown>;
  let dialect = dialects.get(handle);
  if (dialect === undefined) {
    dialect = sql`select ${1}`.compile(handle).sql.includes('$1') ? 'postgres' : 'sqlite';
    dialects.set(handle, dialect);
  }
  return dialect;
}

/**
 * `column in (…)` for the id lists ingest looks up a batch by. PostgreSQL gets the list as one
 * array parameter (`= any($1)`), so a list of hundreds is one parameter to parse and its plan
 * does not grow with it; SQLite, whose prepared statements are kept by their text, keeps `in (?, …)`.
 */
export function isOneOf<DB>(db: Kysely<DB>, column: string, values: readonly string[]): RawBuilder<SqlBool> {
  return dialectOf(db) === 'postgres'
    ? sql<SqlBool>`${sql.ref(column)} = any(${[...values]}::text[])`
    : sql<SqlBool>`${sql.ref(column)} in (${sql.join([...values])})`;
}
