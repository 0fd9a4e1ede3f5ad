// Serbian Latin → Cyrillic transliteration, so Serbian word lists are written once, in Latin.

const DIGRAPHS: Record<string, string> = { lj: 'љ', nj: 'њ', 'dž': 'џ' };
const LETTERS: Record<string, string> = {
  a: 'а', b: 'б', v: 'в', g: 'г', d: 'д', 'đ': 'ђ', e: 'е', 'ž': 'ж', z: 'з', i: 'и', j: 'ј', k: 'к',
  l: 'л', m: 'м', n: 'н', o: 'о', p: 'п', r: 'р', s: 'с', t: 'т', 'ć': 'ћ', u: 'у', f: 'ф', h: 'х',
  c: 'ц', 'č': 'ч', 'š': 'ш',
};

/**
 * Serbian is the one language written in two scripts with a one-to-one mapping (Vuk's
 * alphabet), so a lexicon entry written in lowercase Latin with diacritics yields its
 * Cyrillic twin mechanically. Characters outside the alphabet (spaces, '*') pass through.
 */
export function serbianLatinToCyrillic(latin: string): string {
  let out = '';
  for (let i = 0; i < latin.length; i++) {
    const pair = latin.slice(i, i + 2);
    const digraph = DIGRAPHS[pair];
    if (digraph !== undefined) {
      out += digraph;
      i++;
      continue;
    }
    const char = latin[i] as string;
    out += LETTERS[char] ?? char;
  }
  return out;
}

const CYRILLIC_TO_LATIN: Record<string, string> = Object.fromEntries([
  ...Object.entries(LETTERS).map(([latin, cyrillic]) => [cyrillic, latin]),
  ...Object.entries(DIGRAPHS).map(([latin, cyrillic]) => [cyrillic, latin]),
]);
const SERBIAN_LATIN_WORD = /^[a-pr-vzčćđšž\s'’-]+$/;
const SERBIAN_CYRILLIC_WORD = /^[абвгдђежзијклљмнњопрстћуфхцчџш\s'’-]+$/;

/** The inverse of serbianLatinToCyrillic. */
export function serbianCyrillicToLatin(cyrillic: string): string {
  let out = '';
  for (const char of cyrillic) out += CYRILLIC_TO_LATIN[char] ?? char;
  return out;
}

/**
 * The same lowercase words in Serbian's other script, or null when the text has letters
 * outside both Serbian alphabets (English "delay" has a y, Russian "ы" and "й" have no
 * Serbian spelling). A word of another language that happens to fit ("refund" → "рефунд")
 * gets a twin that simply never occurs in messages, which costs nothing but a pattern.
 */
export function serbianTwin(text: string): string | null {
  if (SERBIAN_LATIN_WORD.test(text) && /[a-zčćđšž]/.test(text)) return serbianLatinToCyrillic(text);
  if (SERBIAN_CYRILLIC_WORD.test(text)) return serbianCyrillicToLatin(text);
  return null;
}
