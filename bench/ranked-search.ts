// Ranked search, measured here because the store has none yet: relevance (bm25 / ts_rank) over a
// bounded window of the newest matches, never over every match (DESIGN.md, performance rules).
// When the product gains ranked search this belongs in store/repositories/messages.ts.
import { sql } from 'kysely';
import type { Db } from '../src/store/database.ts';
import type { Dialect } from '../src/store/dialect.ts';
import { newestMatchesPostgres } from '../src/store/repositories/newest-matches-postgres.ts';

export const RANKING_WINDOW = 1000;

function words(q: string): string[] {
  return (q.normalize('NFKC').match(/[\p{L}\p{N}_]+/gu) ?? []).slice(0, 16);
}

/** The best `limit` messages by relevance among the newest `window` that match. */
export async function rankedSearch(db: Db, dialect: Dialect, workspaceId: string, q: string, limit = 50, window = RANKING_WINDOW): Promise<{ id: string; score: number }[]> {
  const terms = words(q);
  if (terms.length === 0) return [];
  if (dialect === 'postgres') {
    const candidates = await newestMatchesPostgres(db, workspaceId, terms.join(' '), window);
    if (candidates.length === 0) return [];
    const result = await sql<{ id: string; score: number }>`select id, ts_rank(search, plainto_tsquery('simple', ${terms.join(' ')})) as score
      from messages where seq = any(${candidates}) order by score desc, seq desc limit ${limit}`.execute(db);
    return result.rows;
  }
  const match = terms.map((w) => `"${w}"`).join(' ');
  const result = await sql<{ id: string; score: number }>`with candidates as (
      select f.rowid as seq, bm25(messages_fts) as score from messages_fts f join messages m on m.seq = f.rowid
      where messages_fts match ${match} and m.workspace_id = ${workspaceId} order by f.rowid desc limit ${window})
    select m.id, c.score from candidates c join messages m on m.seq = c.seq order by c.score asc, c.seq desc limit ${limit}`.execute(db);
  return result.rows;
}
