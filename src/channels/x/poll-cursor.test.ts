import { describe, expect, it } from 'vitest';
import { emptyCursor, newerId, readCursor, writeCursor } from './poll-cursor.ts';

describe('the X poll cursor', () => {
  it('round-trips through the stored string, ids kept exact', () => {
    const cursor = emptyCursor();
    cursor.mentions = { sinceId: '1967425179853963264', pending: null };
    cursor.searches['"lost luggage"'] = { sinceId: '1967446000000000000', pending: { nextToken: 'b26v89c19zqg8o3f', newestId: '1967450000000000001' }, polledAt: 1 };
    cursor.pausedUntil.search = 1789383900000;
    expect(readCursor(writeCursor(cursor))).toEqual(cursor);
  });

  it('starts afresh from nothing, from a garbled string, and from another version', () => {
    expect(readCursor(null)).toEqual(emptyCursor());
    expect(readCursor('{not json')).toEqual(emptyCursor());
    expect(readCursor('1967425179853963264')).toEqual(emptyCursor());
    expect(readCursor(JSON.stringify({ v: 2, mentions: { sinceId: '1' } }))).toEqual(emptyCursor());
    expect(readCursor(JSON.stringify({ v: 1, mentions: { sinceId: 1967425179853963264 } }))).toEqual(emptyCursor());
  });

  it('fills in feeds a cursor from an older Parley did not have', () => {
    expect(readCursor(JSON.stringify({ v: 1, mentions: { sinceId: '5' } }))).toEqual({ ...emptyCursor(), mentions: { sinceId: '5' } });
  });

  it('compares snowflakes as BigInt, not as rounded numbers', () => {
    expect(newerId('1967425179853963265', '1967425179853963264')).toBe('1967425179853963265');
    expect(Number('1967425179853963265')).toBe(Number('1967425179853963264'));
    expect(newerId(null, '7')).toBe('7');
    expect(newerId('7', undefined)).toBe('7');
    expect(newerId(null, null)).toBeNull();
  });
});
