// Finds the words of a message that are misspellings of fuzzy query words, without comparing all pairs.

import { isLetterOrDigitCode } from '../text/fold.ts';
import { hashOf, WordAnswerCache } from './word-answer-cache.ts';

/**
 * Symmetric-delete index (the SymSpell idea): a word and a term within d edits share a string
 * obtained by deleting at most d characters from each. Deletions of every term are indexed once;
 * a message word generates its own deletions and looks them up, and only those candidates get
 * a real edit-distance check. Cost per word is independent of how many fuzzy terms exist.
 */
const DIRECT_COMPARISON_LIMIT = 16;

export class FuzzyIndex {
  private readonly byDeletion = new Map<string, number[]>();
  private readonly terms: { text: string; distance: number }[] = [];
  private shortest = Infinity;
  private longest = 0;
  private largestDistance = 0;
  /** Made on the first lookup: a workspace whose rules have no fuzzy words never pays for one. */
  private cache: WordAnswerCache | null = null;

  get size(): number {
    return this.terms.length;
  }

  /** Adds a folded term; returns its id. */
  add(text: string, distance: number): number {
    const id = this.terms.length;
    this.terms.push({ text, distance });
    for (const variant of deletions(text, distance)) {
      const ids = this.byDeletion.get(variant) ?? [];
      ids.push(id);
      this.byDeletion.set(variant, ids);
    }
    this.shortest = Math.min(this.shortest, text.length);
    this.longest = Math.max(this.longest, text.length);
    this.largestDistance = Math.max(this.largestDistance, distance);
    this.cache = null;
    return id;
  }

  /**
   * Looks up every word (run of letters and digits) of folded text. Words too short or too long
   * for any term are skipped before they are cut out of the text, which is most of them.
   */
  lookupWords(folded: string, found: (id: number) => void): void {
    let start = -1;
    for (let i = 0; i <= folded.length; i++) {
      const isInWord = i < folded.length && isWordCharacter(folded, i);
      if (isInWord) {
        if (start < 0) start = i;
        // The second half of a surrogate pair belongs to the letter its first half started.
        if (isHighSurrogate(folded.charCodeAt(i))) i++;
        continue;
      }
      if (start >= 0) this.lookupRange(folded, start, i, found);
      start = -1;
    }
  }

  private fits(length: number): boolean {
    return length >= this.shortest - this.largestDistance && length <= this.longest + this.largestDistance;
  }

  /** Calls `found` with the id of every term the folded `word` is within the term's distance of. */
  lookup(word: string, found: (id: number) => void): void {
    this.lookupRange(word, 0, word.length, found);
  }

  private lookupRange(text: string, start: number, end: number, found: (id: number) => void): void {
    if (!this.fits(end - start)) return;
    const hash = hashOf(text, start, end);
    const cache = this.cache ??= new WordAnswerCache();
    const cached = cache.find(text, start, end, hash);
    if (cached !== undefined) {
      for (const id of cached) found(id);
      return;
    }
    const word = text.slice(start, end);
    const ids: number[] = [];
    this.search(word, (id) => ids.push(id));
    // Message vocabulary is Zipfian: the same few thousand words come back all day, so their
    // answers are kept (see WordAnswerCache).
    cache.store(word, hash, ids);
    for (const id of ids) found(id);
  }

  private search(word: string, found: (id: number) => void): void {
    // A handful of fuzzy terms (the brand's names) is cheaper to compare directly than to
    // generate the word's deletions; the index pays off from a few dozen terms on.
    if (this.terms.length <= DIRECT_COMPARISON_LIMIT) {
      this.terms.forEach((term, id) => {
        if (editDistance(word, term.text, term.distance) <= term.distance) found(id);
      });
      return;
    }
    const checked = new Set<number>();
    for (const variant of deletions(word, this.largestDistance)) {
      for (const id of this.byDeletion.get(variant) ?? []) {
        if (checked.has(id)) continue;
        checked.add(id);
        const term = this.terms[id] as { text: string; distance: number };
        if (editDistance(word, term.text, term.distance) <= term.distance) found(id);
      }
    }
  }
}

const ASTRAL_LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Whether folded[i] starts a letter or digit, astral ones (𝐀, 𞤀) included as /[\p{L}\p{N}]/u has them. */
function isWordCharacter(folded: string, i: number): boolean {
  const code = folded.charCodeAt(i);
  if (!isHighSurrogate(code)) return isLetterOrDigitCode(code);
  const codePoint = folded.codePointAt(i) as number;
  return codePoint > 0xffff && ASTRAL_LETTER_OR_DIGIT.test(String.fromCodePoint(codePoint));
}

function deletions(word: string, distance: number): Set<string> {
  const all = new Set([word]);
  let frontier = [word];
  for (let step = 0; step < distance; step++) {
    const next: string[] = [];
    for (const current of frontier) {
      for (let i = 0; i < current.length; i++) {
        const shorter = current.slice(0, i) + current.slice(i + 1);
        if (!all.has(shorter)) {
          all.add(shorter);
          next.push(shorter);
        }
      }
    }
    frontier = next;
  }
  return all;
}

// Three reusable rows: edit distances run for every word of every message, so no allocation.
const MAX_WORD = 64;
const rows = [new Int32Array(MAX_WORD + 1), new Int32Array(MAX_WORD + 1), new Int32Array(MAX_WORD + 1)];

/**
 * Optimal string alignment distance (insertions, deletions, substitutions and swaps of two
 * neighbouring letters, the commonest typo: "airnvoa"), stopping early beyond `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit || a.length > MAX_WORD || b.length > MAX_WORD) return limit + 1;
  let [beforePrevious, previous, current] = rows as [Int32Array, Int32Array, Int32Array];
  let spare: Int32Array;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMinimum = i;
    const charA = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const charB = b.charCodeAt(j - 1);
      let value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + (charA === charB ? 0 : 1));
      if (i > 1 && j > 1 && charA === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === charB) {
        value = Math.min(value, (beforePrevious[j - 2] as number) + 1);
      }
      current[j] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > limit) return limit + 1;
    spare = beforePrevious;
    beforePrevious = previous;
    previous = current;
    current = spare;
  }
  return previous[b.length] as number;
}
