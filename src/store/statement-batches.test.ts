import { describe, expect, it } from 'vitest';
import { inStatementSizes } from './statement-batches.ts';

describe('statement batches', () => {
  it('splits rows so that no statement binds more than the databases allow', () => {
    const rows = Array.from({ length: 2500 }, (_, i) => i);
    const groups = inStatementSizes(rows, 25);
    expect(groups.map((g) => g.length)).toEqual([1200, 1200, 100]);
    expect(groups.flat()).toEqual(rows);
    expect(inStatementSizes([], 10)).toEqual([]);
    expect(inStatementSizes([1, 2], 0)).toEqual([[1, 2]]);
  });
});
