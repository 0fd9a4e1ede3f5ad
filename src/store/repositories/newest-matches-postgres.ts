// Newest-first full-text matches on PostgreSQL, in bounded steps rather than one planner's guess.
//
// One query (`search @@ q order by seq desc limit n`) leaves the planner two plans: walk the
// messages newest first and test each, or take every match from the GIN index and sort them. It
// picks by the estimated number of matches, and words that go together ("Novi Sad", "app server
// error") are estimated as if independent: the planner expects few matches, takes them all from
// the index and sorts them, and at a million conversations such a search took 2–4 s. So the
// choice is made here, from what the data shows:
//   1. test the newest messages (a few thousand); a common word fills the page there;
//   2. otherwise ask the index for the older matches, at most a few thousand of them; a rare
//      word has fewer, and those are all its matches, sorted here;
//   3. otherwise (a word that was common once, not lately) walk further back window by window.
// Each step reads a bounded number of rows, so no query can cost the whole workspace at once.
import { sql } from 'kysely';
import type { Db } from '../database.ts';

export interface SearchBounds {
  /** Newest messages tested first. */
  recentWindow: number;
  /** Most matches taken from the index and sorted. */
  matchBound: number;
  /** Most messages tested per step when walking further back. */
  olderWindow: number;
}

const BOUNDS: SearchBounds = { recentWindow: 4000, matchBound: 5000, olderWindow: 100_000 };

interface WindowScan { hits: number[]; rows: number; lowest: number | null }

/** The matches among the newest `size` messages older than `before`, and where that window ends. */
async function scanWindow(db: Db, workspaceId: string, terms: string, before: number | undefined, size: number): Promise<WindowScan> {
  const older = before === undefined ? sql`` : sql`and seq < ${before}`;
  const result = await sql<{ rows: string | number; lowest: string | number | null; hits: (string | number)[] | null }>`
    select count(*) as rows, min(seq) as lowest,
      array_agg(seq order by seq desc) filter (where hit) as hits
    from (select seq, search @@ plainto_tsquery('simple', ${terms}) as hit from messages
      where workspace_id = ${workspaceId} ${older} order by seq desc limit ${size}) recent`.execute(db);
  const row = result.rows[0];
  return {
    rows: Number(row?.rows ?? 0),
    lowest: row?.lowest === null || row?.lowest === undefined ? null : Number(row.lowest),
    hits: (row?.hits ?? []).map(Number),
  };
}

/** Every match older than `before` from the GIN index, or null when there are more than the bound. */
async function boundedIndexMatches(db: Db, workspaceId: string, terms: string, before: number | undefined, bound: number): Promise<number[] | null> {
  const older = before === undefined ? sql`` : sql`and seq < ${before}`;
  // Materialised and unordered, the inner query cannot become a newest-first walk; its limit stops
  // the heap reads once the bound is passed.
  const result = await sql<{ seq: string | number }>`
    with hits as materialized (select seq from messages
      where search @@ plainto_tsquery('simple', ${terms}) and workspace_id = ${workspaceId} ${older}
      limit ${bound + 1})
    select seq from hits`.execute(db);
  if (result.rows.length > bound) return null;
  return result.rows.map((r) => Number(r.seq)).sort((a, b) => b - a);
}

/** The sequence numbers of the newest `limit` messages matching all the words, newest first. */
export async function newestMatchesPostgres(db: Db, workspaceId: string, terms: string, limit: number, beforeSeq?: number,
  bounds: SearchBounds = BOUNDS): Promise<number[]> {
  const recent = await scanWindow(db, workspaceId, terms, beforeSeq, bounds.recentWindow);
  const found = recent.hits.slice(0, limit);
  if (found.length >= limit || recent.rows < bounds.recentWindow || recent.lowest === null) return found;
  let scanned = recent.rows;
  // Sequence numbers are shared by all workspaces, so the lowest one bounds the older rows from above.
  const expectedOlder = (found.length / scanned) * recent.lowest;
  if (expectedOlder <= bounds.matchBound) {
    const older = await boundedIndexMatches(db, workspaceId, terms, recent.lowest, bounds.matchBound);
    if (older !== null) return [...found, ...older].slice(0, limit);
  }
  // Too many matches to sort: walk back in windows sized by the density seen so far, so a word
  // in one message of a hundred takes one more step, not dozens.
  let lowest: number = recent.lowest;
  for (;;) {
    const density = Math.max(found.length, 1) / scanned;
    const size = Math.min(bounds.olderWindow, Math.max(bounds.recentWindow, Math.ceil(((limit - found.length) / density) * 1.5)));
    const window = await scanWindow(db, workspaceId, terms, lowest, size);
    found.push(...window.hits.slice(0, limit - found.length));
    if (found.length >= limit || window.rows < size || window.lowest === null) return found;
    scanned += window.rows;
    lowest = window.lowest;
  }
}
