// Multi-row inserts written as SQL text directly. Kysely builds and freezes a node for every
// value of `insertInto().values(rows)` and then walks them to compile: for ingest's inserts of a
// hundred rows of twenty-five columns that was about 5 % of the server's time and a good part of
// its garbage. The statements here are the same ones, built by string joins.
import { CompiledQuery, sql, type Insertable } from 'kysely';
import type { Db } from './database.ts';
import type { Database } from './schema.ts';
import { inStatementSizes } from './statement-batches.ts';

/** A value the database computes from one bound value, such as a subquery: `(select … where id = ?)`. */
export class Computed {
  constructor(readonly around: (placeholder: string) => string, readonly value: unknown) {}
}

type Row<T extends keyof Database> = { [K in keyof Insertable<Database[T]>]: Insertable<Database[T]>[K] | Computed };

const numbered = new WeakMap<Db, boolean>();

/** PostgreSQL numbers its placeholders ($1, $2); SQLite takes `?`. */
function usesNumberedPlaceholders(db: Db): boolean {
  let answer = numbered.get(db);
  if (answer === undefined) {
    answer = sql`select ${1}`.compile(db).sql.includes('$1');
    numbered.set(db, answer);
  }
  return answer;
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Inserts rows that all have the same columns (those of the first row), in as few statements as
 * the parameter limits allow.
 */
export async function insertRows<T extends keyof Database & string>(db: Db, table: T, rows: readonly Row<T>[]): Promise<void> {
  const first = rows[0];
  if (first === undefined) return;
  const columns = Object.keys(first);
  const isNumbered = usesNumberedPlaceholders(db);
  for (const row of rows) {
    const missing = columns.find((column) => !(column in row));
    if (missing !== undefined) throw new Error(`insertRows(${table}): a row has no ${missing}; every row needs the first row's columns`);
  }
  const head = `insert into ${quoted(table)} (${columns.map(quoted).join(', ')}) values `;
  for (const group of inStatementSizes(rows, columns.length)) {
    const parameters: unknown[] = [];
    const place = (value: unknown): string => {
      parameters.push(value === undefined ? null : value);
      return isNumbered ? `$${parameters.length}` : '?';
    };
    const tuples = group.map((row) => {
      const record = row as Record<string, unknown>;
      const values = columns.map((column) => {
        const value = record[column];
        return value instanceof Computed ? value.around(place(value.value)) : place(value);
      });
      return `(${values.join(', ')})`;
    });
    await db.executeQuery(CompiledQuery.raw(head + tuples.join(', '), parameters));
  }
}
