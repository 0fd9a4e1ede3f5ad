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
  const word = /[\p{L}\p{N}\p{M}]/u;
  for (let code = 0; code < 0x10000; code++) {
    // Lone surrogate halves are never letters here: astral letters are too rare in care traffic
    // to pay for pair decoding on every boundary test.
    if (code >= 0xd800 && code <= 0xdfff) continue;
    if (word.test(String.fromCharCode(code))) table[code] = 1;
  }
  return table;
}

// One shared buffer: folding is synchronous, so no two calls ever use it at the same time.
const BUFFER = new Uint16Array(4096);
const SHORT = 48;

export function foldText(text: string): string {
  // Short strings (words, stop-word lookups) are cheapest concatenated; long ones through a
  // typed buffer, which avoids building one string per character.
  if (text.length <= SHORT) {
    let out = '';
    for (let i = 0; i < text.length; i++) out += String.fromCharCode(FOLDED[text.charCodeAt(i)] as number);
    return out;
  }
  let out = '';
  for (let offset = 0; offset < text.length; offset += BUFFER.length) {
    const size = Math.min(BUFFER.length, text.length - offset);
    for (let i = 0; i < size; i++) BUFFER[i] = FOLDED[text.charCodeAt(offset + i)] as number;
    out += String.fromCharCode.apply(null, BUFFER.subarray(0, size) as unknown as number[]);
  }
  return out;
}

/** A letter, digit or combining mark: the characters a word is made of. */
export function isWordCode(code: number): boolean {
  return WORD[code] === 1;
}

export function isWordAt(text: string, index: number): boolean {
  return index >= 0 && index < text.length && WORD[text.charCodeAt(index)] === 1;
}
