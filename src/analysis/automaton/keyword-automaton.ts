// One Aho–Corasick automaton for many keywords: a single pass over the text finds every hit.

import { isWordAt, isWordCode } from '../text/fold.ts';

export interface KeywordPattern<T> {
  /** Already folded (see text/fold.ts), exactly as it must appear in folded text. */
  text: string;
  /**
   * A stem matches any word that starts with it ("срочн" matches "срочно", "срочная"), which is
   * how inflected languages (Russian, Turkish, Serbian, Latvian) are matched without listing
   * every case ending. A stem still has to start at a word boundary.
   */
  isStem: boolean;
  data: T;
}

export interface KeywordHit<T> {
  start: number;
  end: number;
  data: T;
}

/** Pattern flags: the boundary checks a hit needs, decided once when the automaton is built. */
const NEEDS_BOUNDARY_BEFORE = 1;
const NEEDS_BOUNDARY_AFTER = 2;
/** Edge lists up to this long are searched linearly; longer ones by bisection. */
const LINEAR_EDGES = 8;
/** The full-row table's size in entries (4 bytes each): about 256 KB, the shallow states of any lexicon. */
const DENSE_TABLE_ENTRIES = 64 * 1024;

/**
 * Why not modern-ahocorasick: it segments text into graphemes with Intl.Segmenter and measured
 * ~130 µs per 120-character message with 600 patterns here, more than the whole analysis
 * budget. This automaton walks UTF-16 code units of pre-folded text (~1–3 µs for the same), and
 * word boundaries are checked per hit, which is rare, instead of per character.
 *
 * Layout, for speed in the full pipeline, where the automata run between the language model's
 * n-gram lookups that evict everything small from the CPU caches: states are numbered breadth
 * first, and the shallow ones (where nearly every character of a message is read) get full rows
 * of a transition table over the patterns' alphabet, failure links already resolved, so each
 * character costs one lookup. Deeper states keep sorted edge lists and failure links; every
 * failure path ends in a shallow state. A full table for all states would cost megabytes per
 * listening workspace; a Map per state, as first written, cost a cache miss per character.
 */
export class KeywordAutomaton<T> {
  /** Alphabet class of each code unit; 0 for code units no pattern contains. */
  private readonly classOf = new Uint16Array(0x10000);
  private readonly width: number;
  /** States below this number have a full row in `table`. */
  private readonly denseStates: number;
  private readonly table: Int32Array;
  /** Edges of state s are edgeCodes/edgeTargets[edgeStart[s] .. edgeStart[s + 1]), codes sorted. */
  private readonly edgeStart: Int32Array;
  private readonly edgeCodes: Uint16Array;
  private readonly edgeTargets: Int32Array;
  private readonly failure: Int32Array;
  /** Patterns ending at state s, its failure chain's included: outputs[outputStart[s] .. outputStart[s + 1]). */
  private readonly outputStart: Int32Array;
  private readonly outputs: Int32Array;
  private readonly lengths: Int32Array;
  private readonly flags: Uint8Array;
  private readonly data: T[];

  constructor(patterns: readonly KeywordPattern<T>[]) {
    const kept = patterns.filter((pattern) => pattern.text.length > 0);
    this.data = kept.map((pattern) => pattern.data);
    this.lengths = Int32Array.from(kept, (pattern) => pattern.text.length);
    // Patterns that begin or end with a non-word character (emoji, "!") carry their own boundary.
    this.flags = Uint8Array.from(kept, (pattern) => (isWordAt(pattern.text, 0) ? NEEDS_BOUNDARY_BEFORE : 0)
      | (!pattern.isStem && isWordAt(pattern.text, pattern.text.length - 1) ? NEEDS_BOUNDARY_AFTER : 0));

    const trie = breadthFirst(buildTrie(kept.map((pattern) => pattern.text)));
    const stateCount = trie.edges.length;
    this.edgeStart = new Int32Array(stateCount + 1);
    let edgeCount = 0;
    for (let state = 0; state < stateCount; state++) {
      this.edgeStart[state] = edgeCount;
      edgeCount += (trie.edges[state] as Map<number, number>).size;
    }
    this.edgeStart[stateCount] = edgeCount;
    this.edgeCodes = new Uint16Array(edgeCount);
    this.edgeTargets = new Int32Array(edgeCount);
    let classes = 0;
    trie.edges.forEach((edges, state) => {
      let at = this.edgeStart[state] as number;
      for (const [code, target] of [...edges].sort((a, b) => a[0] - b[0])) {
        this.edgeCodes[at] = code;
        this.edgeTargets[at++] = target;
        if (this.classOf[code] === 0) this.classOf[code] = ++classes;
      }
    });

    this.failure = new Int32Array(stateCount);
    const ending = linkFailures(trie, this.failure);
    this.outputStart = new Int32Array(stateCount + 1);
    const flat: number[] = [];
    ending.forEach((found, state) => {
      this.outputStart[state] = flat.length;
      flat.push(...found);
    });
    this.outputStart[stateCount] = flat.length;
    this.outputs = Int32Array.from(flat);

    this.width = classes + 1;
    this.denseStates = Math.max(1, Math.min(stateCount, Math.floor(DENSE_TABLE_ENTRIES / this.width)));
    this.table = new Int32Array(this.denseStates * this.width);
    for (let state = 0; state < this.denseStates; state++) {
      const row = state * this.width;
      // A failure link points to a shallower state, which breadth-first numbering has already filled in.
      const fallbackRow = (this.failure[state] as number) * this.width;
      for (let symbol = 1; symbol < this.width; symbol++) this.table[row + symbol] = state === 0 ? 0 : this.table[fallbackRow + symbol] as number;
      for (let at = this.edgeStart[state] as number; at < (this.edgeStart[state + 1] as number); at++) {
        this.table[row + (this.classOf[this.edgeCodes[at] as number] as number)] = this.edgeTargets[at] as number;
      }
    }
  }

  get size(): number {
    return this.data.length;
  }

  /** The child of a deep state on `code`, or -1 when it has no such edge. */
  private child(state: number, code: number): number {
    let low = this.edgeStart[state] as number;
    let high = this.edgeStart[state + 1] as number;
    const codes = this.edgeCodes;
    if (high - low <= LINEAR_EDGES) {
      for (; low < high; low++) if (codes[low] === code) return this.edgeTargets[low] as number;
      return -1;
    }
    while (low < high) {
      const middle = (low + high) >>> 1;
      const found = codes[middle] as number;
      if (found === code) return this.edgeTargets[middle] as number;
      if (found < code) low = middle + 1;
      else high = middle;
    }
    return -1;
  }

  /** Every hit that respects word boundaries, ordered by end offset. */
  scan(folded: string): KeywordHit<T>[] {
    const hits: KeywordHit<T>[] = [];
    this.forEachHit(folded, (index, start, end) => {
      hits.push({ start, end, data: this.data[index] as T });
    });
    return hits;
  }

  /** Calls `found` with the data of every hit, in end order, without building hit objects. */
  forEachData(folded: string, found: (data: T) => void): void {
    this.forEachHit(folded, (index) => found(this.data[index] as T));
  }

  /**
   * The hits not contained in a longer hit: "не работает" swallows its "не", while hits that only
   * overlap ("still no" and "no internet" in "still no internet") are both kept.
   */
  scanMaximal(folded: string): KeywordHit<T>[] {
    const hits = this.scan(folded).sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: KeywordHit<T>[] = [];
    let reached = -1;
    for (const hit of hits) {
      if (hit.end <= reached) continue;
      kept.push(hit);
      reached = hit.end;
    }
    return kept;
  }

  private forEachHit(folded: string, found: (index: number, start: number, end: number) => void): void {
    let state = 0;
    for (let i = 0; i < folded.length; i++) {
      const code = folded.charCodeAt(i);
      let next = -1;
      while (state >= this.denseStates) {
        next = this.child(state, code);
        if (next >= 0) break;
        state = this.failure[state] as number;
      }
      state = next >= 0 ? next : this.table[state * this.width + (this.classOf[code] as number)] as number;
      const last = this.outputStart[state + 1] as number;
      for (let at = this.outputStart[state] as number; at < last; at++) {
        const index = this.outputs[at] as number;
        const start = i + 1 - (this.lengths[index] as number);
        const flags = this.flags[index] as number;
        if ((flags & NEEDS_BOUNDARY_BEFORE) !== 0 && start > 0 && isWordCode(folded.charCodeAt(start - 1))) continue;
        if ((flags & NEEDS_BOUNDARY_AFTER) !== 0 && i + 1 < folded.length && isWordCode(folded.charCodeAt(i + 1))) continue;
        found(index, start, i + 1);
      }
    }
  }
}

interface Trie {
  /** Children of each state by code unit; state 0 is the root. */
  edges: Map<number, number>[];
  /** Indexes of the patterns that end exactly at each state. */
  ending: number[][];
}

function buildTrie(texts: readonly string[]): Trie {
  const trie: Trie = { edges: [new Map()], ending: [[]] };
  texts.forEach((text, index) => {
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const edges = trie.edges[state] as Map<number, number>;
      let next = edges.get(text.charCodeAt(i));
      if (next === undefined) {
        next = trie.edges.length;
        trie.edges.push(new Map());
        trie.ending.push([]);
        edges.set(text.charCodeAt(i), next);
      }
      state = next;
    }
    (trie.ending[state] as number[]).push(index);
  });
  return trie;
}

/** The same trie with states renumbered in breadth-first order, so shallower states have lower numbers. */
function breadthFirst(trie: Trie): Trie {
  const order = [0];
  for (let head = 0; head < order.length; head++) {
    for (const child of (trie.edges[order[head] as number] as Map<number, number>).values()) order.push(child);
  }
  const renamed = new Int32Array(order.length);
  order.forEach((state, position) => { renamed[state] = position; });
  return {
    edges: order.map((state) => new Map([...(trie.edges[state] as Map<number, number>)].map(([code, child]) => [code, renamed[child] as number]))),
    ending: order.map((state) => trie.ending[state] as number[]),
  };
}

/** Fills `failure` breadth-first and returns each state's outputs with its failure chain's. */
function linkFailures(trie: Trie, failure: Int32Array): number[][] {
  const outputs = trie.ending.map((ending) => [...ending]);
  const queue: number[] = [...(trie.edges[0] as Map<number, number>).values()];
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head] as number;
    for (const [code, child] of trie.edges[state] as Map<number, number>) {
      let fallback = failure[state] as number;
      let target = (trie.edges[fallback] as Map<number, number>).get(code);
      while (target === undefined && fallback !== 0) {
        fallback = failure[fallback] as number;
        target = (trie.edges[fallback] as Map<number, number>).get(code);
      }
      const failTo = target !== undefined && target !== child ? target : 0;
      failure[child] = failTo;
      // Outputs of the failure state are inherited once here, so scanning never walks links.
      outputs[child] = [...(outputs[child] as number[]), ...(outputs[failTo] as number[])];
      queue.push(child);
    }
  }
  return outputs;
}
