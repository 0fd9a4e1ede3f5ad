// Which listening queries can go to X's recent search as they are, and why the others cannot.
//
// Parley's listening language and X's search language overlap (words, "phrases", OR, #tags,
// @handles) but differ elsewhere: Parley writes AND / NOT, `refund*`, `~fuzzy` and `lang:xx`;
// X negates with a leading "-" and has its own operators. Translating one into the other is a
// separate piece of work, so a query is passed through only when it is already X syntax, and
// skipped with a reason otherwise. X's query rules: https://docs.x.com/x-api/posts/search/integrate/build-a-query
// (negation cannot stand alone, grouped operators must not be negated, AND binds before OR).

/** The query length most self-serve plans allow on recent search (enterprise allows 4096). */
export const MAX_QUERY_LENGTH = 512;
/** What Parley adds around every query: reposts carry no words of their own and cost a read each. */
const REPOST_FILTER = ' -is:retweet';

export type QueryCheck = { isPassable: true; query: string } | { isPassable: false; reason: string };

type Token = { kind: 'term'; isNegated: boolean } | { kind: 'or' } | { kind: 'open' } | { kind: 'close' };

// A word is letters, digits and marks, with inner apostrophes, dots, hyphens and ampersands
// ("don't", "wi-fi", "AT&T"); a tag or handle adds its sigil. Anything else is not passed.
const WORD = /^[\p{L}\p{N}\p{M}_](?:[\p{L}\p{N}\p{M}_'’.&-]*[\p{L}\p{N}\p{M}_])?$/u;
const TAG = /^#[\p{L}\p{N}\p{M}_]{1,139}$/u;
const HANDLE = /^@\w{1,15}$/;

function termProblem(text: string): string | null {
  if (text === 'AND' || text === 'NOT') return `${text} is Parley syntax; X joins words by juxtaposition and negates with a leading "-"`;
  if (text.includes(':')) return `"${text}" is an operator; only words, phrases, #tags and @handles are passed to X`;
  if (text.endsWith('*')) return `"${text}" is a Parley prefix search; X has no wildcard`;
  if (text.startsWith('~')) return `"${text}" is a Parley fuzzy word; X has no fuzzy matching`;
  return WORD.test(text) || TAG.test(text) || HANDLE.test(text) ? null : `"${text}" is not a plain word, #tag or @handle`;
}

/** Splits into phrases, parentheses, OR and terms; returns the reason instead when a piece is not X syntax. */
function tokenize(query: string): Token[] | string {
  const tokens: Token[] = [];
  let rest = query.trim();
  while (rest) {
    const isNegated = rest.startsWith('-');
    const body = isNegated ? rest.slice(1) : rest;
    if (body.startsWith('"')) {
      const close = body.indexOf('"', 1);
      if (close < 0) return 'a quoted phrase is never closed';
      if (!body.slice(1, close).trim()) return 'a quoted phrase is empty';
      tokens.push({ kind: 'term', isNegated });
      rest = body.slice(close + 1);
    } else if (body.startsWith('(')) {
      if (isNegated) return 'X does not take a negated group; write -a -b rather than -(a OR b)';
      tokens.push({ kind: 'open' });
      rest = body.slice(1);
    } else if (!isNegated && body.startsWith(')')) {
      tokens.push({ kind: 'close' });
      rest = body.slice(1);
    } else {
      const word = /^[^\s()"]+/.exec(body)?.[0];
      if (!word) return isNegated ? 'a "-" negates nothing' : `unexpected "${body[0]}"`;
      if (word === 'OR' && !isNegated) tokens.push({ kind: 'or' });
      else {
        const problem = termProblem(word);
        if (problem) return problem;
        tokens.push({ kind: 'term', isNegated });
      }
      rest = body.slice(word.length);
    }
    if (/^[“”]/.test(rest)) return 'curly quotes are Parley syntax; X phrases use straight quotes';
    rest = rest.trimStart();
  }
  return tokens;
}

/** OR needs a term on both sides, parentheses must pair, and some term must be positive. */
function structureProblem(tokens: Token[]): string | null {
  let depth = 0;
  let hasPositive = false;
  for (const [i, token] of tokens.entries()) {
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    if (token.kind === 'or' && (!before || before.kind === 'or' || before.kind === 'open' || !after || after.kind === 'or' || after.kind === 'close')) {
      return 'OR needs a term on each side';
    }
    if (token.kind === 'open') depth++;
    if (token.kind === 'close' && --depth < 0) return 'a ")" closes nothing';
    if (token.kind === 'close' && before?.kind === 'open') return 'empty parentheses';
    if (token.kind === 'term' && !token.isNegated) hasPositive = true;
  }
  if (depth !== 0) return 'a "(" is never closed';
  return hasPositive ? null : 'X refuses a query made only of negated terms';
}

/**
 * Whether a listening query is X search syntax as written, and the query to send if so: the
 * rule's words in parentheses, reposts excluded.
 */
export function checkSearchQuery(listeningQuery: string): QueryCheck {
  const query = listeningQuery.replace(/\s+/g, ' ').trim();
  if (!query) return { isPassable: false, reason: 'the query is empty' };
  const tokens = tokenize(query);
  if (typeof tokens === 'string') return { isPassable: false, reason: tokens };
  const problem = structureProblem(tokens);
  if (problem) return { isPassable: false, reason: problem };
  const sent = `(${query})${REPOST_FILTER}`;
  if (sent.length > MAX_QUERY_LENGTH) {
    return { isPassable: false, reason: `the query is longer than X's ${MAX_QUERY_LENGTH}-character recent-search limit` };
  }
  return { isPassable: true, query: sent };
}
