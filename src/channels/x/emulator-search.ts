// The emulator's recent-search matcher: the part of X's query language Parley sends (words, "phrases", #tags, @handles, OR, -, groups, is:retweet).
//
// Rules as X documents them (https://docs.x.com/x-api/posts/search/integrate/build-a-query):
// juxtaposition is AND and binds before OR, a leading "-" negates, matching is case-insensitive,
// and a query of negations alone is refused.

export type SearchNode =
  | { kind: 'word'; text: string }
  | { kind: 'phrase'; text: string }
  | { kind: 'is-retweet' }
  | { kind: 'not'; child: SearchNode }
  | { kind: 'and'; children: SearchNode[] }
  | { kind: 'or'; children: SearchNode[] };

export interface SearchablePost {
  text: string;
  isRepost: boolean;
}

class QueryError extends Error {}

function tokenize(query: string): string[] {
  return query.match(/-?"[^"]*"|[()]|-?\(|[^\s()"]+/g) ?? [];
}

/** Parses a query, or returns X-style error text for the 400 answer. */
export function parseSearchQuery(query: string): SearchNode | string {
  const tokens = tokenize(query);
  let at = 0;
  const orExpr = (): SearchNode => {
    const children = [andExpr()];
    while (tokens[at] === 'OR') {
      at++;
      children.push(andExpr());
    }
    return children.length === 1 ? children[0]! : { kind: 'or', children };
  };
  const andExpr = (): SearchNode => {
    const children: SearchNode[] = [];
    while (at < tokens.length && tokens[at] !== 'OR' && tokens[at] !== ')') children.push(unary());
    if (!children.length) throw new QueryError('operator or term expected');
    return children.length === 1 ? children[0]! : { kind: 'and', children };
  };
  const unary = (): SearchNode => {
    const token = tokens[at++]!;
    if (token === '-(') throw new QueryError('grouped operators cannot be negated');
    if (token.startsWith('-') && token.length > 1) return { kind: 'not', child: atom(token.slice(1)) };
    return atom(token);
  };
  const atom = (token: string): SearchNode => {
    if (token === '(') {
      const inner = orExpr();
      if (tokens[at++] !== ')') throw new QueryError('missing closing parenthesis');
      return inner;
    }
    if (token.startsWith('"')) return { kind: 'phrase', text: token.slice(1, -1).toLowerCase() };
    if (token.toLowerCase() === 'is:retweet') return { kind: 'is-retweet' };
    if (token.includes(':')) throw new QueryError(`the emulator does not know the operator ${token}`);
    return { kind: 'word', text: token.toLowerCase() };
  };
  try {
    const tree = orExpr();
    if (at < tokens.length) throw new QueryError(`unexpected ${tokens[at]}`);
    if (!hasPositive(tree)) throw new QueryError('a query cannot be only negations');
    return tree;
  } catch (error) {
    if (error instanceof QueryError) return `There were errors processing your request: ${error.message}`;
    throw error;
  }
}

function hasPositive(node: SearchNode): boolean {
  switch (node.kind) {
    case 'not': return false;
    case 'and': return node.children.some(hasPositive);
    case 'or': return node.children.every(hasPositive);
    default: return node.kind !== 'is-retweet';
  }
}

function wordsOf(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/[#@]?[\p{L}\p{N}_][\p{L}\p{N}_'’&-]*/gu) ?? []));
}

export function matchesSearch(node: SearchNode, post: SearchablePost): boolean {
  switch (node.kind) {
    case 'word': return wordsOf(post.text).has(node.text);
    case 'phrase': return post.text.toLowerCase().includes(node.text);
    case 'is-retweet': return post.isRepost;
    case 'not': return !matchesSearch(node.child, post);
    case 'and': return node.children.every((c) => matchesSearch(c, post));
    case 'or': return node.children.some((c) => matchesSearch(c, post));
  }
}
