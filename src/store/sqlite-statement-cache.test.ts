import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { withStatementCache } from './sqlite-statement-cache.ts';

describe('SQLite statement cache', () => {
  const open = (size?: number) => {
    const sqlite = new Database(':memory:');
    sqlite.exec('create table t (n integer)');
    for (let n = 1; n <= 3; n++) sqlite.prepare('insert into t values (?)').run(n);
    return withStatementCache(sqlite, size);
  };

  it('prepares a statement once and runs it again with new parameters', () => {
    const db = open();
    const first = db.prepare('select n from t where n >= ?');
    expect(first.all([2])).toEqual([{ n: 2 }, { n: 3 }]);
    const again = db.prepare('select n from t where n >= ?');
    expect(again).toBe(first);
    expect(again.all([3])).toEqual([{ n: 3 }]);
  });

  it('gives a fresh statement while the cached one is still being iterated', () => {
    const db = open();
    const sql = 'select n from t order by n';
    const outer = db.prepare(sql).iterate([]) as IterableIterator<{ n: number }>;
    const seen: number[][] = [];
    for (const row of outer) seen.push([row.n, ...(db.prepare(sql).all([]) as { n: number }[]).map((r) => r.n)]);
    expect(seen).toEqual([[1, 1, 2, 3], [2, 1, 2, 3], [3, 1, 2, 3]]);
  });

  it('keeps at most its bound, dropping the least recently used', () => {
    const db = open(2);
    const a = db.prepare('select 1');
    db.prepare('select 2');
    expect(db.prepare('select 1')).toBe(a);
    db.prepare('select 3');
    expect(db.prepare('select 1')).toBe(a);
    expect(db.prepare('select 2')).not.toBe(db.prepare('select 3'));
  });
});
