// Letters that belong to few languages (ђ, ї, ğ, ā, ł, ß …) as weighted votes for those languages.

export type Votes = Map<string, number>;

/**
 * Weights: 3–4 for a letter that nearly proves the language on its own (ђ ћ only Serbian,
 * ğ ı only Turkish among ours, ā ē ī ģ ķ ļ ņ only Latvian), 1–2 for letters a few languages
 * share. 'other' collects letters of languages without stop-word lists (Czech ř, Lithuanian ė,
 * Romanian ț, Nordic å …): strong 'other' evidence sends the text to the n-gram detector.
 */
const LATIN: Record<string, [string, number][]> = {
  'ğ': [['tr', 3]], 'ı': [['tr', 3]], 'İ': [['tr', 3]], 'ş': [['tr', 2]],
  'ā': [['lv', 3]], 'ē': [['lv', 3]], 'ī': [['lv', 3]], 'ģ': [['lv', 4]], 'ķ': [['lv', 4]],
  'ļ': [['lv', 4]], 'ņ': [['lv', 4]], 'ū': [['lv', 1.5], ['other', 1]],
  'č': [['sr', 0.7], ['lv', 0.7]], 'š': [['sr', 0.7], ['lv', 0.7]], 'ž': [['sr', 0.7], ['lv', 0.7]],
  'đ': [['sr', 3]], 'ć': [['sr', 2], ['pl', 1]],
  'ą': [['pl', 3]], 'ę': [['pl', 3]], 'ł': [['pl', 3]], 'ś': [['pl', 3]], 'ź': [['pl', 3]],
  'ż': [['pl', 3]], 'ń': [['pl', 3]], 'ó': [['pl', 1], ['es', 1], ['pt', 0.5]],
  'ß': [['de', 3]], 'ä': [['de', 1.5]], 'ö': [['de', 1], ['tr', 1]], 'ü': [['de', 1], ['tr', 1]],
  'ç': [['tr', 1], ['fr', 1], ['pt', 1]], 'ñ': [['es', 3]], 'ã': [['pt', 3]], 'õ': [['pt', 3]],
  'ê': [['pt', 1], ['fr', 1]], 'â': [['fr', 1], ['pt', 1]], 'è': [['fr', 1], ['it', 1.5]],
  'é': [['fr', 1], ['es', 0.5], ['pt', 0.5], ['it', 0.3]], 'à': [['fr', 1], ['it', 1], ['pt', 0.5]],
  'ù': [['fr', 1.5], ['it', 0.5]], 'ì': [['it', 2]], 'ò': [['it', 2]], 'í': [['es', 1], ['pt', 1]],
  'ú': [['es', 1], ['pt', 1]], 'ë': [['fr', 0.5], ['nl', 0.5]], 'ï': [['fr', 1], ['nl', 0.5]],
  'œ': [['fr', 3]], 'û': [['fr', 1.5]], 'î': [['fr', 1]],
  'ř': [['other', 4]], 'ů': [['other', 4]], 'ě': [['other', 4]], 'ľ': [['other', 4]], 'ĺ': [['other', 4]],
  'ŕ': [['other', 4]], 'ô': [['other', 1]], 'ė': [['other', 4]], 'į': [['other', 4]], 'ų': [['other', 4]],
  'ă': [['other', 4]], 'ș': [['other', 4]], 'ț': [['other', 4]], 'ő': [['other', 4]], 'ű': [['other', 4]],
  'å': [['other', 4]], 'æ': [['other', 4]], 'ø': [['other', 4]], 'ð': [['other', 4]], 'þ': [['other', 4]],
  'ə': [['other', 4]],
};

const CYRILLIC: Record<string, [string, number][]> = {
  'ђ': [['sr', 4]], 'ћ': [['sr', 4]], 'ј': [['sr', 3], ['mk', 2]], 'љ': [['sr', 3], ['mk', 2]],
  'њ': [['sr', 3], ['mk', 2]], 'џ': [['sr', 3], ['mk', 2]], 'ѓ': [['mk', 4]], 'ќ': [['mk', 4]], 'ѕ': [['mk', 4]],
  'і': [['uk', 3], ['be', 2]], 'ї': [['uk', 4]], 'є': [['uk', 4]], 'ґ': [['uk', 4]], 'ў': [['be', 4]],
  'ы': [['ru', 2], ['be', 1]], 'э': [['ru', 2], ['be', 1]], 'ё': [['ru', 2], ['be', 1]],
};

/** Indexed by code unit, upper and lower case alike: one Map lookup per character. */
function byCode(table: Record<string, [string, number][]>): Map<number, [string, number][]> {
  const index = new Map<number, [string, number][]>();
  for (const [char, entries] of Object.entries(table)) {
    for (const variant of [char, char.toLowerCase(), char.toUpperCase()]) {
      // 'ı'.toUpperCase() is the ASCII 'I': plain ASCII letters are evidence of nothing.
      const code = variant.charCodeAt(0);
      if (variant.length === 1 && code >= 0x80 && !index.has(code)) index.set(code, entries);
    }
  }
  return index;
}

const LATIN_BY_CODE = byCode(LATIN);
const CYRILLIC_BY_CODE = byCode(CYRILLIC);

function vote(votes: Votes, table: Map<number, [string, number][]>, code: number): void {
  const entries = table.get(code);
  if (entries === undefined) return;
  for (const [language, weight] of entries) votes.set(language, (votes.get(language) ?? 0) + weight);
}

export function addLatinLetterVotes(votes: Votes, words: readonly string[]): void {
  for (const word of words) {
    // Plain ASCII letters are evidence of nothing (see byCode), and most letters are ASCII.
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      if (code >= 0x80) vote(votes, LATIN_BY_CODE, code);
    }
    // Turkish present continuous ("bekliyorum", "gelmiyor") survives even unaccented typing.
    if (/(?:yor|yorum|yoruz|yorsun|yorlar)$/i.test(word)) votes.set('tr', (votes.get('tr') ?? 0) + 1);
  }
}

/**
 * Absence is evidence too: a Ukrainian sentence of a dozen words without і, ї or є is rare,
 * while Russian and Ukrainian share most short words, so without this the n-gram model calls
 * many plain Russian texts Ukrainian.
 */
const UKRAINIAN_LETTERS = /[іїєґ]/i;
const LETTERS_TO_EXPECT_UKRAINIAN = 15;

const HARD_SIGN = 'ъ'.charCodeAt(0);
const SOFTENED_VOWELS = [...'еёюя'].map((char) => char.charCodeAt(0));
const APOSTROPHE = "'".charCodeAt(0);
const RIGHT_QUOTE = '’'.charCodeAt(0);

export function addCyrillicLetterVotes(votes: Votes, words: readonly string[]): void {
  const letters = words.reduce((sum, word) => sum + word.length, 0);
  if (letters >= LETTERS_TO_EXPECT_UKRAINIAN && !words.some((word) => UKRAINIAN_LETTERS.test(word))) {
    votes.set('uk', (votes.get('uk') ?? 0) - 1);
  }
  for (const word of words) {
    const lower = word.toLowerCase();
    for (let i = 0; i < lower.length; i++) {
      const code = lower.charCodeAt(i);
      // Bulgarian writes ъ as a vowel inside words (пъти, съм); Russian only as a separator
      // before е, ё, ю, я (подъезд, объявление), a sequence Bulgarian hardly has.
      if (code === HARD_SIGN) {
        if (i + 1 < lower.length) {
          if (SOFTENED_VOWELS.includes(lower.charCodeAt(i + 1))) votes.set('ru', (votes.get('ru') ?? 0) + 1);
          else votes.set('bg', (votes.get('bg') ?? 0) + 1.5);
        }
        continue;
      }
      if (code === APOSTROPHE || code === RIGHT_QUOTE) votes.set('uk', (votes.get('uk') ?? 0) + 1);
      vote(votes, CYRILLIC_BY_CODE, code);
    }
    // Ukrainian infinitives end in -ти (поговорити), Russian ones in -ть (поговорить).
    if (lower.length > 4 && lower.endsWith('ти')) votes.set('uk', (votes.get('uk') ?? 0) + 0.7);
    else if (lower.length > 4 && lower.endsWith('ть')) votes.set('ru', (votes.get('ru') ?? 0) + 0.3);
  }
}
