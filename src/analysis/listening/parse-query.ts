// Parses the listening query language into a tree, or says what is wrong and where.

import type { ParseResult, QueryError, QueryErrorCode, QueryNode } from './query-ast.ts';

/**
 * Grammar (operators are upper case; lower-case "and", "or", "not" are ordinary words):
 *   query  := or
 *   or     := and ("OR" and)*
 *   and    := unary ("AND"? unary)*        juxtaposition means AND
 *   unary  := "NOT" unary | atom
 *   atom   := word | word* | "a phrase" | #tag | @handle | ~word | lang:xx | "(" query ")"
 * A fuzzy word allows 1 edit up to 5 letters and 2 edits from 6 letters on ("~airnova" matches
 * "airnvoa", "air nova" does not: fuzziness is within one word).
 */
type Token =
  | { type: 'word'; text: string; position: number }
  | { type: 'phrase'; text: string; position: number }
  | { type: 'and' | 'or' | 'not' | 'open' | 'close'; position: number };

class QuerySyntaxError extends Error {
  constructor(readonly detail: QueryError) {
    super(detail.message);
  }
}

function fail(code: QueryErrorCode, message: string, position: number): never {
  throw new QuerySyntaxError({ code, message, position });
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const char = source[i] as string;
    if (/\s/.test(char)) {
      i++;
    } else if (char === '(' || char === ')') {
      tokens.push({ type: char === '(' ? 'open' : 'close', position: i });
      i++;
    } else if (char === '"' || char === '“') {
      const close = source.slice(i + 1).search(/["”]/);
      if (close < 0) fail('unclosed-phrase', `the quote opened at ${i} is never closed`, i);
      const text = source.slice(i + 1, i + 1 + close).trim();
      if (text === '') fail('empty-phrase', `the phrase at ${i} is empty`, i);
      tokens.push({ type: 'phrase', text, position: i });
      i += close + 2;
    } else {
      const end = source.slice(i).search(/[\s()"“]/);
      const text = end < 0 ? source.slice(i) : source.slice(i, i + end);
      const operator = text === 'AND' ? 'and' : text === 'OR' ? 'or' : text === 'NOT' ? 'not' : null;
      tokens.push(operator === null ? { type: 'word', text, position: i } : { type: operator, position: i });
      i += text.length;
    }
  }
  return tokens;
}

function atomOf(token: Extract<Token, { type: 'word' }>): QueryNode {
  const { text, position } = token;
  if (text.startsWith('lang:')) {
    const code = text.slice(5).toLowerCase();
    if (!/^[a-z]{2}$/.test(code)) fail('bad-language', `lang: needs a two-letter code (lang:sr) at ${position}`, position);
    return { kind: 'language', code };
  }
  if (text.startsWith('~')) {
    const word = text.slice(1).toLowerCase();
    if (!/^[\p{L}\p{N}][\p{L}\p{N}'’-]*$/u.test(word)) fail('bad-fuzzy', `'~' needs a single word after it at ${position}`, position);
    return { kind: 'fuzzy', text: word, distance: [...word].length <= 5 ? 1 : 2 };
  }
  if (text.startsWith('#') || text.startsWith('@')) {
    const name = text.slice(1).toLowerCase();
    if (!/^[\p{L}\p{N}_][\p{L}\p{N}_.]*$/u.test(name)) fail('bad-tag', `'${text[0]}' needs a name after it at ${position}`, position);
    return { kind: text.startsWith('#') ? 'hashtag' : 'handle', text: name };
  }
  const isPrefix = text.length > 1 && text.endsWith('*');
  return { kind: 'term', text: (isPrefix ? text.slice(0, -1) : text).toLowerCase(), isPrefix };
}

class Parser {
  private index = 0;

  constructor(private readonly tokens: Token[], private readonly source: string) {}

  parse(): QueryNode {
    if (this.tokens.length === 0) fail('empty-query', 'the query is empty', 0);
    const query = this.or();
    const rest = this.tokens[this.index];
    if (rest !== undefined) {
      if (rest.type === 'close') fail('unexpected-parenthesis', `')' at ${rest.position} closes nothing`, rest.position);
      fail('missing-operand', `unexpected ${describe(rest)} at ${rest.position}`, rest.position);
    }
    return query;
  }

  private or(): QueryNode {
    const children = [this.and()];
    while (this.peek()?.type === 'or') {
      this.index++;
      children.push(this.and());
    }
    return children.length === 1 ? children[0] as QueryNode : { kind: 'or', children };
  }

  private and(): QueryNode {
    const children = [this.unary()];
    for (;;) {
      const next = this.peek();
      if (next === undefined || next.type === 'or' || next.type === 'close') break;
      if (next.type === 'and') this.index++;
      children.push(this.unary());
    }
    return children.length === 1 ? children[0] as QueryNode : { kind: 'and', children };
  }

  private unary(): QueryNode {
    const token = this.peek();
    if (token === undefined) {
      const previous = this.tokens[this.index - 1];
      fail('missing-operand', `${previous ? describe(previous) : 'the query'} needs something after it`, this.source.length);
    }
    if (token.type === 'not') {
      this.index++;
      return { kind: 'not', child: this.unary() };
    }
    if (token.type === 'open') {
      this.index++;
      if (this.peek()?.type === 'close') fail('missing-operand', `the parentheses at ${token.position} are empty`, token.position);
      const inner = this.or();
      if (this.peek()?.type !== 'close') fail('unclosed-parenthesis', `the '(' at ${token.position} is never closed`, token.position);
      this.index++;
      return inner;
    }
    switch (token.type) {
      case 'close':
        return fail('unexpected-parenthesis', `')' at ${token.position} closes nothing`, token.position);
      case 'and':
      case 'or':
        return fail('missing-operand', `${describe(token)} at ${token.position} has nothing on its left`, token.position);
      case 'phrase':
        this.index++;
        return { kind: 'phrase', text: token.text.toLowerCase() };
      case 'word':
        this.index++;
        return atomOf(token);
      default:
        return fail('missing-operand', `unexpected ${describe(token)} at ${token.position}`, token.position);
    }
  }

  private peek(): Token | undefined {
    return this.tokens[this.index];
  }
}

function describe(token: Token): string {
  if (token.type === 'word' || token.type === 'phrase') return `'${token.text}'`;
  return token.type === 'open' ? "'('" : token.type === 'close' ? "')'" : token.type.toUpperCase();
}

export function parseQuery(source: string): ParseResult {
  try {
    return { ok: true, query: new Parser(tokenize(source), source).parse() };
  } catch (error) {
    if (error instanceof QuerySyntaxError) return { ok: false, error: error.detail };
    throw error;
  }
}
