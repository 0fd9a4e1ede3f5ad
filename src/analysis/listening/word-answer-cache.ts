// Remembers the fuzzy-term answers for words already looked up, keyed by a stretch of the text itself.

/**
 * Why not a Map<string, …>: a Map key must be a string of its own, so every word of every
 * message was cut out of the text and hashed by the engine before the lookup, and for most
 * words the answer is "no term". Here a word is hashed in place and compared character by
 * character; only a word not seen before is cut out, to be stored.
 */
const SLOTS = 1 << 14;
/** Half full, the table is emptied: message vocabulary is Zipfian, so the common words come back at once. */
const LIMIT = SLOTS / 2;

export class WordAnswerCache {
  private readonly hashes = new Int32Array(SLOTS);
  private readonly words: (string | undefined)[] = new Array<string | undefined>(SLOTS).fill(undefined);
  private readonly answers: (number[] | undefined)[] = new Array<number[] | undefined>(SLOTS).fill(undefined);
  private count = 0;

  /** The stored answer for text[start, end), or undefined. `hash` is hashOf(text, start, end). */
  find(text: string, start: number, end: number, hash: number): number[] | undefined {
    for (let slot = hash & (SLOTS - 1); ; slot = (slot + 1) & (SLOTS - 1)) {
      const word = this.words[slot];
      if (word === undefined) return undefined;
      if (this.hashes[slot] === hash && sameText(word, text, start, end)) return this.answers[slot];
    }
  }

  store(word: string, hash: number, answer: number[]): void {
    if (this.count >= LIMIT) this.clear();
    let slot = hash & (SLOTS - 1);
    while (this.words[slot] !== undefined) slot = (slot + 1) & (SLOTS - 1);
    this.words[slot] = word;
    this.hashes[slot] = hash;
    this.answers[slot] = answer;
    this.count++;
  }

  clear(): void {
    this.words.fill(undefined);
    this.answers.fill(undefined);
    this.count = 0;
  }
}

/** FNV-1a over the UTF-16 code units of text[start, end). */
export function hashOf(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash;
}

function sameText(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
