// Passwords and PINs written after a password word ("password: hunter2", "şifrem 1234abc").

import type { KeywordHit } from '../automaton/keyword-automaton.ts';
import { foldText } from '../text/fold.ts';
import { serbianLatinToCyrillic } from '../text/serbian-script.ts';
import type { PiiKeywordKind } from './pii-keywords.ts';
import type { PiiSpan } from './pii-span.ts';

/**
 * After the keyword: the rest of an inflected form ("şifrem", "лозинку"), then an optional
 * copula or separator ("is", "je", "ir", "это", ":", "="), then the secret itself.
 */
const AFTER_KEYWORD = /^[\p{L}]*\s*((?:(?:is|was|je|је|ir|bija|bu|это|е|est|ist|es|é|è|:|=|-|–|—)\s*){0,2})["'«“]?([^\s"'»”]{3,64})/iu;

/**
 * A secret is reported only when the writer clearly gives one: after ':' or '=', or when it
 * contains a digit or symbol. "I changed the password yesterday" and "şifremi değiştirmiş"
 * (changed my password) name a password without giving it.
 */
function looksGiven(separator: string, secret: string): boolean {
  return /[:=]/.test(separator) || /[\d\p{P}\p{S}]/u.test(secret.replace(/[.,!?;]+$/, ''));
}

/**
 * Writers also put words between the keyword and the secret: "пароль у меня Qwerty_2023" (my
 * password is …), "лозинка ми је …", "password is still hunter2", "password for the app is …".
 * Those words are a closed class (pronouns, articles, prepositions, "still", "now", "new") plus
 * at most one noun ("app", "account"), which then needs a copula before the secret: "password
 * reset for order 55231" names an order, not a password.
 */
const FILLERS = new Set([
  'still', 'now', 'currently', 'also', 'new', 'old', 'my', 'the', 'for', 'to', 'of', 'on', 'your', 'this', 'that', 'it', 'just',
  'у', 'меня', 'мой', 'моя', 'мне', 'сейчас', 'теперь', 'новый', 'старый', 'от', 'для', 'на', 'вот', 'же', 'тоже',
  'мене', 'мій', 'від', 'зараз', 'тепер', 'новий',
  ...['mi', 'moja', 'moj', 'sad', 'sada', 'nova', 'novi', 'za', 'na', 'od', 'još', 'uvek'].flatMap((word) => [word, serbianLatinToCyrillic(word)]),
  'benim', 'şu', 'yeni', 'için', 'de', 'da', 'şimdi', 'hâlâ', 'hala',
  'man', 'mana', 'mans', 'tagad', 'jaunā', 'jaunais', 'no', 'priekš', 'joprojām', 'arī',
  'mein', 'meine', 'jetzt', 'für', 'noch', 'immer', 'neue', 'neues', 'das', 'der', 'die',
  'mon', 'ma', 'pour', 'le', 'la', 'maintenant', 'toujours', 'nouveau', 'mi', 'para', 'el', 'ahora', 'todavía', 'nuevo', 'nueva',
  'minha', 'meu', 'a', 'o', 'agora', 'ainda', 'novo', 'mia', 'mio', 'per', 'il', 'ora', 'ancora', 'nuovo', 'nuova',
  'mijn', 'voor', 'het', 'nu', 'nog', 'steeds', 'nieuwe', 'moje', 'mój', 'dla', 'teraz', 'nadal', 'nowe',
].map(foldText));
const COPULAS = new Set(['is', 'was', 'je', 'је', 'ir', 'bija', 'bu', 'это', 'е', 'est', 'ist', 'es', 'é', 'è', 'glasi', 'гласи', 'to',
  ':', '=', '-', '–', '—'].map(foldText));
const MAX_WORDS_BEFORE_SECRET = 4;
const TOKEN = /[^\s]+/gu;

/** The secret after filler words, or null. `rest` starts right after the keyword's stem. */
function secretAfterFillers(rest: string): { start: number; secret: string } | null {
  const inflection = /^\p{L}*/u.exec(rest)?.[0].length ?? 0;
  let hasNoun = false;
  let needsCopula = false;
  let separator = '';
  let words = 0;
  for (const token of rest.slice(inflection).matchAll(TOKEN)) {
    const bare = token[0].replace(/[,;!?]+$/, '');
    const folded = foldText(bare.replace(/:$/, ''));
    if (COPULAS.has(folded) || bare.endsWith(':')) {
      separator += bare;
      needsCopula = false;
    } else if (FILLERS.has(folded)) {
      // A filler word is fine anywhere before the secret.
    } else if (!hasNoun && /^\p{L}+$/u.test(bare)) {
      hasNoun = true;
      needsCopula = true;
    } else {
      const secret = bare.replace(/^["'«“]/, '').replace(/["'»”.]+$/, '');
      if (needsCopula || secret.length < 3 || secret.length > 64) return null;
      // Without a copula the words before may be anything: only a secret that mixes letters
      // with digits or symbols is taken ("у меня Qwerty_2023", not "от 2023 года").
      const isGiven = separator === '' ? /\p{L}/u.test(secret) && /[\d\p{P}\p{S}]/u.test(secret) : looksGiven(separator, secret);
      if (!isGiven) return null;
      return { start: inflection + (token.index as number) + bare.indexOf(secret), secret };
    }
    if (++words > MAX_WORDS_BEFORE_SECRET || token[0] !== bare) return null;
  }
  return null;
}

export function findPasswords(text: string, keywords: readonly KeywordHit<PiiKeywordKind>[]): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const hit of keywords) {
    if (hit.data !== 'password') continue;
    const rest = text.slice(hit.end, hit.end + 90);
    const match = AFTER_KEYWORD.exec(rest);
    const separator = match?.[1] ?? '';
    const secret = (match?.[2] ?? '').replace(/[.,!?;]+$/, '');
    if (match !== null && secret.length >= 3 && looksGiven(separator, secret)) {
      const start = hit.end + match[0].length - (match[2] as string).length;
      spans.push({ type: 'password', start, end: start + secret.length });
      continue;
    }
    const afterFillers = secretAfterFillers(rest);
    if (afterFillers !== null) spans.push({ type: 'password', start: hit.end + afterFillers.start, end: hit.end + afterFillers.start + afterFillers.secret.length });
  }
  return spans;
}
