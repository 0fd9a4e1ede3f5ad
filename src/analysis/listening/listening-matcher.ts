// Compiles many listening rules into one automaton and labels each hit directed, about-brand or industry.

import { KeywordAutomaton, type KeywordPattern } from '../automaton/keyword-automaton.ts';
import { foldText } from '../text/fold.ts';
import { serbianTwin } from '../text/serbian-script.ts';
import { FuzzyIndex } from './fuzzy-index.ts';
import { parseQuery } from './parse-query.ts';
import type { QueryError, QueryNode } from './query-ast.ts';

export interface ListeningRule {
  id: string;
  query: string;
  /** What a hit does: tag the conversation, route it to a team, raise its priority. */
  tag?: string | undefined;
  team?: string | undefined;
  priorityBoost?: number | undefined;
}

export interface BrandIdentity {
  /** The brand's own handles, without '@': a message that names one is addressed to the brand. */
  handles: string[];
  /** A query for the brand's names and misspellings, e.g. 'AirNova OR "Air Nova" OR ~airnova'. */
  names: string;
}

export type ListeningLabel = 'directed' | 'about-brand' | 'industry';

export interface ListeningHit {
  rule: ListeningRule;
  label: ListeningLabel;
}

export interface RuleError {
  ruleId: string;
  error: QueryError;
}

export interface ListeningMatcher {
  /** The rules that match; `folded` may be passed when the caller already has foldText(text). */
  match(text: string, language: string | null, folded?: string): ListeningHit[];
  readonly ruleCount: number;
  /** Rules (and the brand's name query, as ruleId '(brand)') that did not parse and are skipped. */
  readonly errors: RuleError[];
}

type Compiled =
  | { kind: 'atom'; id: number }
  | { kind: 'language'; code: string }
  | { kind: 'and' | 'or'; children: Compiled[] }
  | { kind: 'not'; child: Compiled };

class AtomTable {
  readonly patterns: KeywordPattern<number>[] = [];
  readonly fuzzy = new FuzzyIndex();
  readonly atomOfFuzzy: number[] = [];
  private readonly ids = new Map<string, number>();
  count = 0;

  atom(node: Extract<QueryNode, { kind: 'term' | 'phrase' | 'hashtag' | 'handle' | 'fuzzy' }>): number {
    const text = foldText(node.text).replace(/\s+/g, ' ');
    const key = `${node.kind}:${node.kind === 'term' && node.isPrefix ? '*' : ''}${text}`;
    const known = this.ids.get(key);
    if (known !== undefined) return known;
    const id = this.count++;
    this.ids.set(key, id);
    // Serbian is written in two scripts: "kašnjenje" in a rule also finds "кашњење", and back.
    // The twin comes from the unfolded text, since folding drops the diacritics it needs.
    const twin = node.kind === 'handle' || node.kind === 'hashtag' ? null : serbianTwin(node.text.toLowerCase());
    const spellings = twin === null ? [text] : [text, foldText(twin).replace(/\s+/g, ' ')];
    for (const spelling of spellings) {
      if (node.kind === 'fuzzy') {
        this.atomOfFuzzy[this.fuzzy.add(spelling, node.distance)] = id;
      } else {
        const prefix = node.kind === 'hashtag' ? '#' : node.kind === 'handle' ? '@' : '';
        // A word is also found inside its hashtag ("#delay" says "delay"), never inside a handle.
        this.patterns.push({ text: prefix + spelling, isStem: node.kind === 'term' && node.isPrefix, data: id });
      }
    }
    return id;
  }

  compile(node: QueryNode): Compiled {
    switch (node.kind) {
      case 'and':
      case 'or':
        return { kind: node.kind, children: node.children.map((child) => this.compile(child)) };
      case 'not':
        return { kind: 'not', child: this.compile(node.child) };
      case 'language':
        return node;
      default:
        return { kind: 'atom', id: this.atom(node) };
    }
  }
}

function evaluate(node: Compiled, atoms: Uint8Array, language: string | null): boolean {
  switch (node.kind) {
    case 'atom':
      return atoms[node.id] === 1;
    case 'language':
      return language === node.code;
    case 'and':
      for (const child of node.children) if (!evaluate(child, atoms, language)) return false;
      return true;
    case 'or':
      for (const child of node.children) if (evaluate(child, atoms, language)) return true;
      return false;
    case 'not':
      return !evaluate(node.child, atoms, language);
  }
}

function atomsOf(node: Compiled, into: Set<number>, languages: Set<string>): void {
  if (node.kind === 'atom') into.add(node.id);
  else if (node.kind === 'language') languages.add(node.code);
  else if (node.kind === 'not') atomsOf(node.child, into, languages);
  else for (const child of node.children) atomsOf(child, into, languages);
}

/**
 * Whether a rule can match a message that contains none of its words ("NOT spam",
 * "lang:lv"): such rules are checked on every message; all others only when one of their
 * words was found, which is what keeps 10,000 rules at a few microseconds per message.
 */
function matchesWithoutWords(node: Compiled, languages: Set<string>, none: Uint8Array): boolean {
  return [null, ...languages].some((language) => evaluate(node, none, language));
}

export function createListeningMatcher(options: { brand: BrandIdentity; rules: ListeningRule[] }): ListeningMatcher {
  const table = new AtomTable();
  const errors: RuleError[] = [];
  const rules: { rule: ListeningRule; query: Compiled }[] = [];
  for (const rule of options.rules) {
    const parsed = parseQuery(rule.query);
    if (parsed.ok) rules.push({ rule, query: table.compile(parsed.query) });
    else errors.push({ ruleId: rule.id, error: parsed.error });
  }
  const brandHandles = options.brand.handles.map((handle) => table.atom({ kind: 'handle', text: handle.replace(/^@/, '') }));
  const brandParsed = options.brand.names.trim() === '' ? null : parseQuery(options.brand.names);
  if (brandParsed !== null && !brandParsed.ok) errors.push({ ruleId: '(brand)', error: brandParsed.error });
  const brandNames = brandParsed?.ok === true ? table.compile(brandParsed.query) : null;

  const automaton = new KeywordAutomaton(table.patterns);
  const none = new Uint8Array(table.count);
  const rulesByAtom: number[][] = Array.from({ length: table.count }, () => []);
  const alwaysChecked: number[] = [];
  rules.forEach(({ query }, index) => {
    const atoms = new Set<number>();
    const languages = new Set<string>();
    atomsOf(query, atoms, languages);
    if (matchesWithoutWords(query, languages, none)) alwaysChecked.push(index);
    else for (const atom of atoms) (rulesByAtom[atom] as number[]).push(index);
  });

  // Reused across calls (matching is synchronous): flags of found words and a per-call stamp.
  const found = new Uint8Array(table.count);
  const touched: number[] = [];
  const seen = new Uint32Array(rules.length);
  // Candidate rule indexes; a typed array sorts numerically in place without a comparator.
  const candidates = new Int32Array(rules.length);
  let stamp = 0;
  const mark = (atom: number): void => {
    if (found[atom] === 1) return;
    found[atom] = 1;
    touched.push(atom);
  };
  const markFuzzy = (id: number): void => mark(table.atomOfFuzzy[id] as number);

  return {
    ruleCount: rules.length,
    errors,
    match(text, language, folded = foldText(text)) {
      automaton.forEachData(folded, mark);
      if (table.fuzzy.size > 0) table.fuzzy.lookupWords(folded, markFuzzy);
      stamp = stamp === 0xffffffff ? 1 : stamp + 1;
      let count = 0;
      for (const index of alwaysChecked) {
        seen[index] = stamp;
        candidates[count++] = index;
      }
      for (const atom of touched) {
        for (const index of rulesByAtom[atom] as number[]) {
          if (seen[index] === stamp) continue;
          seen[index] = stamp;
          candidates[count++] = index;
        }
      }
      const hits: ListeningHit[] = [];
      if (count > 0) {
        const label: ListeningLabel = brandHandles.some((atom) => found[atom] === 1) ? 'directed'
          : brandNames !== null && evaluate(brandNames, found, language) ? 'about-brand' : 'industry';
        const ordered = candidates.subarray(0, count).sort();
        for (let at = 0; at < count; at++) {
          const entry = rules[ordered[at] as number] as { rule: ListeningRule; query: Compiled };
          if (evaluate(entry.query, found, language)) hits.push({ rule: entry.rule, label });
        }
      }
      for (const atom of touched) found[atom] = 0;
      touched.length = 0;
      return hits;
    },
  };
}
