// Which writing system a text is in: the first and cheapest split of language detection.

export type Script = 'latin' | 'cyrillic' | 'greek' | 'arabic' | 'hebrew' | 'han' | 'kana' | 'hangul' | 'thai'
  | 'georgian' | 'armenian' | 'other';

function scriptOf(code: number): Script | null {
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return 'latin';
  if (code < 0xc0) return null;
  if (code <= 0x24f || (code >= 0x1e00 && code <= 0x1eff)) return code === 0xd7 || code === 0xf7 ? null : 'latin';
  if (code >= 0x400 && code <= 0x52f) return 'cyrillic';
  if (code >= 0x370 && code <= 0x3ff) return 'greek';
  if (code >= 0x530 && code <= 0x58f) return 'armenian';
  if (code >= 0x590 && code <= 0x5ff) return 'hebrew';
  if ((code >= 0x600 && code <= 0x6ff) || (code >= 0x750 && code <= 0x77f)) return 'arabic';
  if (code >= 0xe00 && code <= 0xe7f) return 'thai';
  if (code >= 0x10a0 && code <= 0x10ff) return 'georgian';
  if ((code >= 0x1100 && code <= 0x11ff) || (code >= 0xac00 && code <= 0xd7af)) return 'hangul';
  if (code >= 0x3040 && code <= 0x30ff) return 'kana';
  if (code >= 0x4e00 && code <= 0x9fff) return 'han';
  return 'other';
}

export interface ScriptCount {
  script: Script | null;
  letters: number;
  hasKana: boolean;
}

/** The script most letters are written in, and how many letters there are to judge. */
export function dominantScript(words: readonly string[]): ScriptCount {
  const counts = new Map<Script, number>();
  let letters = 0;
  for (const word of words) {
    for (let i = 0; i < word.length; i++) {
      const script = scriptOf(word.charCodeAt(i));
      if (script === null) continue;
      letters++;
      counts.set(script, (counts.get(script) ?? 0) + 1);
    }
  }
  let script: Script | null = null;
  let most = 0;
  for (const [candidate, count] of counts) {
    if (count > most) {
      script = candidate;
      most = count;
    }
  }
  return { script, letters, hasKana: (counts.get('kana') ?? 0) > 0 };
}
