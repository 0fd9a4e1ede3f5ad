// Which writing system a text is in: the first and cheapest split of language detection.

export type Script = 'latin' | 'cyrillic' | 'greek' | 'arabic' | 'hebrew' | 'han' | 'kana' | 'hangul' | 'thai'
  | 'georgian' | 'armenian' | 'other';

export interface ScriptCount {
  script: Script | null;
  letters: number;
  hasKana: boolean;
}

const SCRIPTS: readonly Script[] = ['latin', 'cyrillic', 'greek', 'arabic', 'hebrew', 'han', 'kana', 'hangul', 'thai',
  'georgian', 'armenian', 'other'];
// Indexes into SCRIPTS.
const LATIN = 0;
const CYRILLIC = 1;
const GREEK = 2;
const ARABIC = 3;
const HEBREW = 4;
const HAN = 5;
const KANA = 6;
const HANGUL = 7;
const THAI = 8;
const GEORGIAN = 9;
const ARMENIAN = 10;
const OTHER = 11;
/** The index in SCRIPTS of the code unit's script, or -1 for a character of none (digits, marks, emoji). */
function scriptOf(code: number): number {
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return LATIN;
  if (code < 0xc0) return -1;
  if (code <= 0x24f || (code >= 0x1e00 && code <= 0x1eff)) return code === 0xd7 || code === 0xf7 ? -1 : LATIN;
  if (code >= 0x400 && code <= 0x52f) return CYRILLIC;
  if (code >= 0x370 && code <= 0x3ff) return GREEK;
  if (code >= 0x530 && code <= 0x58f) return ARMENIAN;
  if (code >= 0x590 && code <= 0x5ff) return HEBREW;
  if ((code >= 0x600 && code <= 0x6ff) || (code >= 0x750 && code <= 0x77f)) return ARABIC;
  if (code >= 0xe00 && code <= 0xe7f) return THAI;
  if (code >= 0x10a0 && code <= 0x10ff) return GEORGIAN;
  if ((code >= 0x1100 && code <= 0x11ff) || (code >= 0xac00 && code <= 0xd7af)) return HANGUL;
  if (code >= 0x3040 && code <= 0x30ff) return KANA;
  if (code >= 0x4e00 && code <= 0x9fff) return HAN;
  return OTHER;
}

// Reused across calls (detection is synchronous): one count per script, without a Map per message.
const counts = new Int32Array(SCRIPTS.length);
const seenOrder: number[] = [];

/** The script most letters are written in, and how many letters there are to judge. */
export function dominantScript(words: readonly string[]): ScriptCount {
  let letters = 0;
  for (const word of words) {
    for (let i = 0; i < word.length; i++) {
      const index = scriptOf(word.charCodeAt(i));
      if (index < 0) continue;
      letters++;
      if (counts[index] === 0) seenOrder.push(index);
      counts[index] = (counts[index] as number) + 1;
    }
  }
  // Ties go to the script seen first.
  let script: Script | null = null;
  let most = 0;
  for (const index of seenOrder) {
    if ((counts[index] as number) > most) {
      script = SCRIPTS[index] as Script;
      most = counts[index] as number;
    }
  }
  const hasKana = (counts[KANA] as number) > 0;
  counts.fill(0);
  seenOrder.length = 0;
  return { script, letters, hasKana };
}
