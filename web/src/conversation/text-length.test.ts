import { describe, expect, it } from 'vitest';
import { lengthRuleFor, measure } from './text-length.ts';

describe('counting a draft by its network rules', () => {
  it('counts the api channel in code points up to 10,000', () => {
    expect(measure(lengthRuleFor('api', 'public'), ' 📦 ok ')).toEqual({ length: 4, max: 10_000, isOver: false });
    expect(measure(lengthRuleFor('api', 'private'), 'x'.repeat(10_001)).isOver).toBe(true);
  });

  it("counts an X post by X's weights and a DM up to 10,000", () => {
    expect(measure(lengthRuleFor('x', 'public'), 'Hi 😀 https://example.com/a/very/long/path/that/counts/as/23')).toEqual({ length: 3 + 2 + 1 + 23, max: 280, isOver: false });
    expect(measure(lengthRuleFor('x', 'public'), '界'.repeat(141)).isOver).toBe(true);
    expect(lengthRuleFor('x', 'private').max).toBe(10_000);
  });

  it('falls back to code points for a network without its own rule yet', () => {
    expect(measure(lengthRuleFor('mastodon', 'public'), 'héllo').length).toBe(5);
  });
});
