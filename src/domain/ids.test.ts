import { describe, expect, it } from 'vitest';
import { newId } from './ids.ts';

describe('ids', () => {
  it('sort in creation order, even within one millisecond', () => {
    const ids = Array.from({ length: 1000 }, () => newId('msg', 1_790_000_000_000));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(1000);
  });

  it('carry their prefix and only URL-safe characters', () => {
    expect(newId('cv')).toMatch(/^cv_[0-9a-z]{26}$/);
  });
});
