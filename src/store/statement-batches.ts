// Multi-row statements must stay under the databases' limits on bound parameters (SQLite 32,766,
// PostgreSQL 65,535): a batch of rows or ids is split into as few statements as fit.

const MAX_PARAMETERS = 30_000;

/** Splits rows of `columns` values each into groups one statement can bind. */
export function inStatementSizes<T>(rows: readonly T[], columns: number): T[][] {
  const size = Math.max(1, Math.floor(MAX_PARAMETERS / Math.max(1, columns)));
  const groups: T[][] = [];
  for (let start = 0; start < rows.length; start += size) groups.push(rows.slice(start, start + size));
  return groups;
}
