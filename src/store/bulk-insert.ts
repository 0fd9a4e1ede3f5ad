// Multi-row inserts for the big tables, for the seed and for ingest: many rows per statement,
// never a round trip per row, and no query-builder node per value (for ingest's hundred-row
// batches Kysely's building and compiling was about 5 % of the server's time).
// SQLite gets `values (…), (…)`; PostgreSQL gets one array per column through unnest.
import { CompiledQuery } from 'kysely';
import type { Db } from './database.ts';
import { dialectOf, type Dialect } from './dialect.ts';
import type { Database } from './schema.ts';

type ColumnType = 'text' | 'int4' | 'float8';
/** A table's columns as the schema names them, so a renamed column fails the type check here. */
type Columns<T extends keyof Database> = readonly (readonly [Exclude<keyof Database[T], 'seq'> & string, ColumnType])[];

/** Column order of each table's rows, with the PostgreSQL array type unnest needs. */
export const BULK_COLUMNS = {
  contacts: [['id', 'text'], ['workspace_id', 'text'], ['name', 'text'], ['is_vip', 'int4'], ['attributes', 'text'],
    ['notes', 'text'], ['created_at', 'text'], ['updated_at', 'text']],
  identities: [['id', 'text'], ['workspace_id', 'text'], ['contact_id', 'text'], ['network', 'text'], ['namespace', 'text'],
    ['external_id', 'text'], ['handle', 'text'], ['display_name', 'text'], ['created_at', 'text']],
  conversations: [['id', 'text'], ['workspace_id', 'text'], ['channel_id', 'text'], ['contact_id', 'text'], ['kind', 'text'],
    ['thread_key', 'text'], ['status', 'text'], ['assignee_id', 'text'], ['team_id', 'text'], ['tags', 'text'],
    ['priority', 'int4'], ['priority_factors', 'text'], ['language', 'text'], ['sentiment', 'text'], ['needs_reply', 'int4'],
    ['snippet', 'text'], ['snoozed_until', 'text'], ['last_message_at', 'text'], ['last_inbound_at', 'text'],
    ['waiting_since', 'text'], ['version', 'int4'], ['created_at', 'text'], ['updated_at', 'text'], ['contact_is_vip', 'int4'],
    ['last_change', 'text'], ['listening_label', 'text'], ['reprioritize_at', 'text']],
  conversation_tags: [['conversation_id', 'text'], ['workspace_id', 'text'], ['tag', 'text'], ['status', 'text'], ['priority', 'int4']],
  messages: [['id', 'text'], ['workspace_id', 'text'], ['conversation_id', 'text'], ['channel_id', 'text'], ['direction', 'text'],
    ['visibility', 'text'], ['external_id', 'text'], ['in_reply_to_external_id', 'text'], ['author_type', 'text'],
    ['author_id', 'text'], ['author_name', 'text'], ['text', 'text'], ['attachments', 'text'], ['language', 'text'],
    ['sentiment', 'text'], ['sentiment_score', 'float8'], ['urgency', 'float8'], ['intents', 'text'], ['pii', 'text'],
    ['delivery_status', 'text'], ['delivery_error', 'text'], ['sent_at', 'text'], ['created_at', 'text']],
} as const satisfies {
  contacts: Columns<'contacts'>; identities: Columns<'identities'>; conversations: Columns<'conversations'>;
  conversation_tags: Columns<'conversation_tags'>; messages: Columns<'messages'>;
};

export type BulkTable = keyof typeof BULK_COLUMNS;
/** One row's values in BULK_COLUMNS order. */
export type BulkRow = (string | number | null)[];

// SQLite allows 32,766 bound parameters per statement; 500 rows keeps the widest table under it.
const SQLITE_ROWS_PER_STATEMENT = 500;
// PostgreSQL binds one array per column, so a statement can carry many more rows.
const POSTGRES_ROWS_PER_STATEMENT = 5000;

const statements = new Map<string, string>();

function statementFor(dialect: Dialect, table: BulkTable, rowCount: number): string {
  const key = `${dialect}:${table}:${rowCount}`;
  let text = statements.get(key);
  if (text) return text;
  const columns = BULK_COLUMNS[table];
  const names = columns.map(([name]) => name).join(', ');
  if (dialect === 'postgres') {
    const arrays = columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
    text = `insert into ${table} (${names}) select * from unnest(${arrays})`;
  } else {
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    text = `insert into ${table} (${names}) values ${new Array<string>(rowCount).fill(tuple).join(', ')}`;
  }
  statements.set(key, text);
  return text;
}

function parametersFor(dialect: Dialect, table: BulkTable, rows: BulkRow[]): unknown[] {
  const width = BULK_COLUMNS[table].length;
  if (dialect === 'postgres') {
    const arrays: unknown[][] = Array.from({ length: width }, () => new Array<unknown>(rows.length));
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r]!;
      for (let c = 0; c < width; c++) arrays[c]![r] = row[c];
    }
    return arrays;
  }
  const flat = new Array<unknown>(rows.length * width);
  let i = 0;
  for (const row of rows) for (let c = 0; c < width; c++) flat[i++] = row[c];
  return flat;
}

/** Writes the rows in statements of many rows each; run it inside a transaction for speed. */
export async function insertRows(db: Db, dialect: Dialect, table: BulkTable, rows: BulkRow[]): Promise<void> {
  const size = dialect === 'postgres' ? POSTGRES_ROWS_PER_STATEMENT : SQLITE_ROWS_PER_STATEMENT;
  for (let start = 0; start < rows.length; start += size) {
    const slice = rows.slice(start, start + size);
    await db.executeQuery(CompiledQuery.raw(statementFor(dialect, table, slice.length), parametersFor(dialect, table, slice)));
  }
}

/** A row as the store's mappers make it: a value, or null, for each of the table's columns. */
export type BulkRecord<T extends BulkTable> = { [C in (typeof BULK_COLUMNS)[T][number][0]]: string | number | null };

/** Writes rows given as records (every column of the table named, null where empty). */
export async function insertRecords<T extends BulkTable>(db: Db, table: T, records: readonly BulkRecord<T>[]): Promise<void> {
  if (records.length === 0) return;
  const columns = BULK_COLUMNS[table].map(([name]) => name) as readonly string[];
  const rows = records.map((record) => {
    const values = record as Record<string, string | number | null | undefined>;
    return columns.map((column) => {
      const value = values[column];
      if (value === undefined) throw new Error(`insertRecords(${table}): a row has no ${column}; every row needs all the table's columns`);
      return value;
    });
  });
  await insertRows(db, dialectOf(db), table, rows);
}
