import { describe, expect, it } from 'vitest';
import { parseQuery } from './parse-query.ts';

function parsed(source: string): unknown {
  const result = parseQuery(source);
  if (!result.ok) throw new Error(result.error.message);
  return result.query;
}

function error(source: string): { code: string; position: number } {
  const result = parseQuery(source);
  if (result.ok) throw new Error(`"${source}" parsed`);
  return { code: result.error.code, position: result.error.position };
}

describe('listening query parser', () => {
  it('reads terms, phrases, hashtags, handles, fuzzy words, prefixes and language', () => {
    expect(parsed('refund* "lost luggage" #fail @AirNova ~airnova lang:SR')).toEqual({
      kind: 'and', children: [
        { kind: 'term', text: 'refund', isPrefix: true }, { kind: 'phrase', text: 'lost luggage' },
        { kind: 'hashtag', text: 'fail' }, { kind: 'handle', text: 'airnova' },
        { kind: 'fuzzy', text: 'airnova', distance: 2 }, { kind: 'language', code: 'sr' },
      ],
    });
  });

  it('binds NOT tighter than AND, and AND tighter than OR', () => {
    expect(parsed('a OR b c AND NOT d')).toEqual({
      kind: 'or', children: [
        { kind: 'term', text: 'a', isPrefix: false },
        { kind: 'and', children: [{ kind: 'term', text: 'b', isPrefix: false }, { kind: 'term', text: 'c', isPrefix: false },
          { kind: 'not', child: { kind: 'term', text: 'd', isPrefix: false } }] },
      ],
    });
  });

  it('groups with parentheses and treats lower-case operators as words', () => {
    expect(parsed('(delay OR кашњење) and')).toEqual({
      kind: 'and', children: [
        { kind: 'or', children: [{ kind: 'term', text: 'delay', isPrefix: false }, { kind: 'term', text: 'кашњење', isPrefix: false }] },
        { kind: 'term', text: 'and', isPrefix: false },
      ],
    });
  });

  it('allows one edit in short fuzzy words and two in longer ones', () => {
    expect(parsed('~tele')).toEqual({ kind: 'fuzzy', text: 'tele', distance: 1 });
    expect(parsed('~telekom')).toEqual({ kind: 'fuzzy', text: 'telekom', distance: 2 });
  });

  it('says what is wrong and where', () => {
    expect(error('')).toEqual({ code: 'empty-query', position: 0 });
    expect(error('"lost luggage')).toEqual({ code: 'unclosed-phrase', position: 0 });
    expect(error('delay ""')).toEqual({ code: 'empty-phrase', position: 6 });
    expect(error('(delay OR late')).toEqual({ code: 'unclosed-parenthesis', position: 0 });
    expect(error('delay)')).toEqual({ code: 'unexpected-parenthesis', position: 5 });
    expect(error('OR delay')).toEqual({ code: 'missing-operand', position: 0 });
    expect(error('delay AND')).toEqual({ code: 'missing-operand', position: 9 });
    expect(error('delay NOT')).toEqual({ code: 'missing-operand', position: 9 });
    expect(error('lang:serbian')).toEqual({ code: 'bad-language', position: 0 });
    expect(error('~ airnova')).toEqual({ code: 'bad-fuzzy', position: 0 });
    expect(error('# fail')).toEqual({ code: 'bad-tag', position: 0 });
    expect(error('()')).toEqual({ code: 'missing-operand', position: 0 });
  });
});

describe('listening query parser on any input', () => {
  it('never throws: every string either parses or gets an error with a position inside it', async () => {
    const { assert, property, string, constantFrom, array } = await import('fast-check');
    const piece = constantFrom('a', 'delay*', '"x y"', '"', '(', ')', 'AND', 'OR', 'NOT', '#t', '@h', '~w', '~', 'lang:sr', 'lang:', ' ', 'č');
    assert(property(array(piece, { maxLength: 12 }), string(), (pieces, noise) => {
      const source = pieces.join(' ') + noise;
      const result = parseQuery(source);
      return result.ok || (result.error.position >= 0 && result.error.position <= source.length);
    }), { numRuns: 2000 });
  });
});
