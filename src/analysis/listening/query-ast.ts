// The parsed form of a listening query: words, phrases, tags, handles, fuzzy words, language, logic.

export type QueryNode =
  /** A whole word; with `isPrefix` ("refund*") any word starting with it. */
  | { kind: 'term'; text: string; isPrefix: boolean }
  | { kind: 'phrase'; text: string }
  | { kind: 'hashtag'; text: string }
  | { kind: 'handle'; text: string }
  /** "~airnova": the word or a misspelling of it within `distance` edits. */
  | { kind: 'fuzzy'; text: string; distance: number }
  | { kind: 'language'; code: string }
  | { kind: 'and'; children: QueryNode[] }
  | { kind: 'or'; children: QueryNode[] }
  | { kind: 'not'; child: QueryNode };

export type QueryErrorCode = 'empty-query' | 'unclosed-phrase' | 'empty-phrase' | 'unclosed-parenthesis'
  | 'unexpected-parenthesis' | 'missing-operand' | 'bad-language' | 'bad-fuzzy' | 'bad-tag';

/** A syntax error with where it is, so an admin editing a rule sees the spot. */
export interface QueryError {
  code: QueryErrorCode;
  message: string;
  /** UTF-16 offset into the query text. */
  position: number;
}

export type ParseResult = { ok: true; query: QueryNode } | { ok: false; error: QueryError };
