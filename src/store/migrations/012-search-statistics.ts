// PostgreSQL: finer statistics on the search vector, so newest-first search for a rare word uses
// the GIN index instead of walking every message backwards (measured: 701 ms → 2 ms at 1M messages).
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../dialect.ts';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  if (dialect !== 'postgres') return;
  await sql`alter table messages alter column search set statistics 10000`.execute(db);
}
