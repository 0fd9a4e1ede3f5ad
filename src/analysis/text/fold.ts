// Length-preserving text folding (lowercase, Latin diacritics off) and the word-character test.

/**
 * Every analyser matches against folded text, and every span it reports must point into the
 * original text, so folding maps each UTF-16 code unit to exactly one code unit. That rules out
 * String#toLowerCase on the whole string: 'İ' lowercases to two code units ('i' + U+0307).
 *
 * Latin diacritics are removed because customers often type without them ("sikayet" for
 * "şikayet", "kasnjenje" for "kašnjenje", "ludzu" for "lūdzu"); one folded lexicon entry then
 * matches both spellings. Cyrillic keeps its letters (й stays й) except ё → е, which Russian
 * writers use interchangeably.
 */
/** WORD table values: a combining mark, a digit (any \p{N}), a letter (\p{L}). */
const MARK = 1;
const DIGIT = 2;
const LETTER = 3;

const FOLDED = buildFoldTable();
const WORD = buildWordTable();

function buildFoldTable(): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code++) table[code] = code;
  for (let code = 0; code < 0x2000; code++) {
    if (code >= 0xd800) break;
    const lower = String.fromCharCode(code).toLowerCase();
    let folded = lower.length === 1 ? lower.charCodeAt(0) : code;
    if (folded < 0x250) {
      const base = String.fromCharCode(folded).normalize('NFD').charCodeAt(0);
      if (base < 0x80) folded = base;
    }
    table[code] = folded;
  }
  // Letters NFD does not decompose, and Turkish's dotless/dotted i pair.
  const extra: Record<string, string> = {
    'İ': 'i', 'ı': 'i', 'đ': 'd', 'Đ': 'd', 'ł': 'l', 'Ł': 'l', 'ø': 'o', 'Ø': 'o', 'ё': 'е', 'Ё': 'е',
    '\u00a0': ' ', '\t': ' ', '\n': ' ', '\r': ' ', '’': "'", 'ʼ': "'",
  };
  for (const [from, to] of Object.entries(extra)) table[from.charCodeAt(0)] = to.charCodeAt(0);
  return table;
}

function buildWordTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  const letter = /\p{L}/u;
  const digit = /\p{N}/u;
  const mark = /\p{M}/u;
  for (let code = 0; code < 0x10000; code++) {
    // Lone surrogate halves are never letters here: astral letters are too rare in care traffic
    // to pay for pair decoding on every boundary test.
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const char = String.fromCharCode(code);
    if (letter.test(char)) table[code] = LETTER;
    else if (digit.test(char)) table[code] = DIGIT;
    else if (mark.test(char)) table[code] = MARK;
  }
  return table;
}

// One shared buffer: folding is synchronous, so no two calls ever use it at the same time.
const BUFFER = new Uint16Array(4096);
const SHORT = 48;

/**
 * The last long text folded and its fold. A message is folded by the analyzer, then again by
 * the listening matcher and the PII finder when their callers do not pass the fold along
 * (ingest calls analyze(text) and then match(text) with the same string): remembering one
 * text makes those repeats a pointer comparison. Strings are immutable, so it cannot go stale.
 */
let lastText = '';
let lastFolded = '';

export function foldText(text: string): string {
  // Short strings (words, stop-word lookups) are cheapest concatenated; long ones through a
  // typed buffer, which avoids building one string per character.
  if (text.length <= SHORT) {
    // Most words are already folded (lowercase, no diacritics): those come back as they are.
    let first = 0;
    while (first < text.length && FOLDED[text.charCodeAt(first)] === text.charCodeAt(first)) first++;
    if (first === text.length) return text;
    let out = text.slice(0, first);
    for (let i = first; i < text.length; i++) out += String.fromCharCode(FOLDED[text.charCodeAt(i)] as number);
    return out;
  }
  if (text === lastText) return lastFolded;
  let out = '';
  for (let offset = 0; offset < text.length; offset += BUFFER.length) {
    const size = Math.min(BUFFER.length, text.length - offset);
    for (let i = 0; i < size; i++) BUFFER[i] = FOLDED[text.charCodeAt(offset + i)] as number;
    out += String.fromCharCode.apply(null, BUFFER.subarray(0, size) as unknown as number[]);
  }
  lastText = text;
  lastFolded = out;
  return out;
}

/** A letter, digit or combining mark: the characters a word is made of. */
export function isWordCode(code: number): boolean {
  return WORD[code] !== 0;
}

export function isWordAt(text: string, index: number): boolean {
  return index >= 0 && index < text.length && WORD[text.charCodeAt(index)] !== 0;
}

/** A letter or digit (no marks): what /[\p{L}\p{N}]/u matches in the Basic Multilingual Plane. */
export function isLetterOrDigitCode(code: number): boolean {
  return (WORD[code] as number) >= DIGIT;
}

/** A letter: what /\p{L}/u matches in the Basic Multilingual Plane. */
export function isLetterCode(code: number): boolean {
  return WORD[code] === LETTER;
}

/** A letter or a combining mark: what /[\p{L}\p{M}]/u matches in the Basic Multilingual Plane. */
export function isLetterOrMarkCode(code: number): boolean {
  const kind = WORD[code] as number;
  return kind === LETTER || kind === MARK;
}
