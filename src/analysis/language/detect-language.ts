// Detects the language of a short social text: script, then letters and stop words, then n-grams.

import { eld } from 'eld/extrasmall';
import { foldText } from '../text/fold.ts';
import { judgeableWords } from './judgeable-words.ts';
import { addCyrillicLetterVotes, addLatinLetterVotes, type Votes } from './letter-evidence.ts';
import { dominantScript } from './scripts.ts';
import { serbianOrCroatian } from './serbian-or-croatian.ts';
import { cyrillicStopWords, latinStopWords } from './stop-words.ts';

/** ISO 639-1 code, or null when there is nothing to judge (only emoji, links, handles). */
export type LanguageDetector = (text: string) => string | null;

type Eld = typeof eld;

/**
 * Why this layering: eld (Nito-ELD, n-gram, "extrasmall" database: 29 MB, ~0.2 s to load) was
 * the most accurate package measured on short care texts for 15 European languages, but it has
 * no Latin-script Serbian (it answers 'hr') and costs ~25 µs a call. Letters and stop words
 * settle most texts in ~2 µs and know Serbian in both scripts; eld decides the rest.
 * The eld subsets keep it from answering with a language of the wrong script.
 */
const LATIN_LANGUAGES = ['en', 'tr', 'lv', 'hr', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'cs', 'sk', 'sl',
  'lt', 'et', 'ro', 'hu', 'sv', 'da', 'no', 'fi', 'sq', 'ca', 'eu', 'is', 'az'];
const CYRILLIC_LANGUAGES = ['ru', 'uk', 'bg', 'sr', 'be'];
const SCRIPT_LANGUAGES: Partial<Record<string, string>> = {
  greek: 'el', hebrew: 'he', hangul: 'ko', kana: 'ja', thai: 'th', georgian: 'ka', armenian: 'hy',
};
/**
 * Languages eld may answer for what is really Serbo-Croatian Latin. eld's 'hr' stands for all
 * of it (it has no Latin Serbian); its close neighbours count only with our own Serbian votes.
 */
const SOUTH_SLAVIC_LATIN = new Set(['hr', 'bs', 'sr', 'sl', 'sk', 'cs']);

/** Fewer letters than this is not a language ("ok", "k"). */
const MIN_LETTERS = 3;
/** The vote total and lead at which letters and stop words decide without eld. */
const CONFIDENT_SCORE = 2.5;
const CONFIDENT_LEAD = 1.5;

type StopWordIndex = Map<string, string[]>;

function indexStopWords(lists: Record<string, string[]>): StopWordIndex {
  const index: StopWordIndex = new Map();
  for (const [language, words] of Object.entries(lists)) {
    for (const word of words) {
      const folded = foldText(word);
      const languages = index.get(folded) ?? [];
      if (!languages.includes(language)) languages.push(language);
      index.set(folded, languages);
    }
  }
  return index;
}

function addStopWordVotes(votes: Votes, words: readonly string[], index: StopWordIndex): void {
  for (const word of words) {
    const languages = index.get(foldText(word));
    if (languages === undefined) continue;
    for (const language of languages) votes.set(language, (votes.get(language) ?? 0) + 1);
  }
}

function ranked(votes: Votes): [string, number][] {
  return [...votes].filter(([language]) => language !== 'other').sort((a, b) => b[1] - a[1]);
}

/**
 * eld's scores for close languages differ in the third decimal on short texts (Russian and
 * Ukrainian 0.833 / 0.835); our letter and stop-word votes break such ties.
 */
const VOTE_WEIGHT = 0.03;

function blended(scores: Record<string, number>, votes: Votes): string | undefined {
  let best: string | undefined;
  let bestScore = -Infinity;
  for (const [language, score] of Object.entries(scores)) {
    const total = score + VOTE_WEIGHT * (votes.get(language) ?? 0);
    if (total > bestScore) {
      best = language;
      bestScore = total;
    }
  }
  return best;
}

function decide(votes: Votes, words: readonly string[], detector: Eld): string | null {
  const [best, second] = ranked(votes);
  const lead = (best?.[1] ?? 0) - (second?.[1] ?? 0);
  const other = votes.get('other') ?? 0;
  if (best !== undefined && best[1] >= CONFIDENT_SCORE && lead >= CONFIDENT_LEAD && other < best[1]) return best[0];
  const result = detector.detect(words.join(' '));
  const language = blended(result.getScores(), votes) ?? result.language;
  if (language === '') return best?.[0] ?? null;
  // eld guessing on a handful of letters should not outvote clear words of another language.
  if (best !== undefined && best[1] >= 1 && (votes.get(language) ?? 0) <= 0 && !result.isReliable()) return best[0];
  return language;
}

/**
 * On a few Cyrillic words without a telling letter ("Пишите на почту", "заблокируйте срочно")
 * the n-gram model drifts to Ukrainian or Bulgarian; those have letters and function words of
 * their own, so without more of that evidence than Russian has, the far more common Russian wins.
 */
const NEEDS_OWN_EVIDENCE = new Set(['uk', 'bg', 'be']);

function preferRussian(language: string | null, votes: Votes): string | null {
  if (language === null || !NEEDS_OWN_EVIDENCE.has(language)) return language;
  return (votes.get(language) ?? 0) > (votes.get('ru') ?? 0) ? language : 'ru';
}

export function createLanguageDetector(): LanguageDetector {
  const latinDetector = eld.newInstance();
  latinDetector.setLanguageSubset(LATIN_LANGUAGES);
  const cyrillicDetector = eld.newInstance();
  cyrillicDetector.setLanguageSubset(CYRILLIC_LANGUAGES);
  const anyDetector = eld.newInstance();
  const latinIndex = indexStopWords(latinStopWords);
  const cyrillicIndex = indexStopWords(cyrillicStopWords);

  return (text) => {
    const words = judgeableWords(text);
    const { script, letters, hasKana } = dominantScript(words);
    if (script === null || letters < MIN_LETTERS) return null;
    if (script === 'han') return hasKana ? 'ja' : 'zh';
    const fixed = SCRIPT_LANGUAGES[script];
    if (fixed !== undefined) return fixed;

    const votes: Votes = new Map();
    if (script === 'cyrillic') {
      addCyrillicLetterVotes(votes, words);
      addStopWordVotes(votes, words, cyrillicIndex);
      return preferRussian(decide(votes, words, cyrillicDetector), votes);
    }
    if (script === 'latin') {
      addLatinLetterVotes(votes, words);
      if (text.includes('¿') || text.includes('¡')) votes.set('es', (votes.get('es') ?? 0) + 3);
      addStopWordVotes(votes, words, latinIndex);
      const language = decide(votes, words, latinDetector);
      if (language === 'sr' || language === 'hr' || language === 'bs'
        || (language !== null && SOUTH_SLAVIC_LATIN.has(language) && (votes.get('sr') ?? 0) >= 2)) {
        return serbianOrCroatian(words);
      }
      return language;
    }
    return anyDetector.detect(words.join(' ')).language || null;
  };
}
