// The small closed word classes around a given password: fillers, copulas, and words that describe one (data only).

import { foldText } from '../text/fold.ts';
import { serbianLatinToCyrillic } from '../text/serbian-script.ts';

function folded(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.flatMap((word) => [word, serbianLatinToCyrillic(word)]).map(foldText));
}

/**
 * Words writers put between the password word and the secret without changing what follows:
 * pronouns, articles, prepositions, "still", "now", "new" ("пароль у меня …", "лозинка ми је …").
 */
export const FILLERS = folded([
  'still', 'now', 'currently', 'also', 'new', 'old', 'my', 'the', 'for', 'to', 'of', 'on', 'your', 'this', 'that', 'it', 'just', 'i', 'me',
  // "still" in its several-word forms: "до сих пор", "всё ещё", "і досі", "и даље".
  'у', 'меня', 'мой', 'моя', 'мне', 'сейчас', 'теперь', 'новый', 'старый', 'от', 'для', 'на', 'вот', 'же', 'тоже', 'к',
  'сих', 'пор', 'всё', 'все', 'ещё', 'еще', 'по-прежнему',
  'мене', 'мій', 'від', 'до', 'зараз', 'тепер', 'новий', 'досі', 'ще', 'і',
  'mi', 'moja', 'moj', 'sad', 'sada', 'nova', 'novi', 'za', 'na', 'od', 'još', 'uvek', 'uvijek', 'i', 'dalje', 'и', 'даље',
  'benim', 'şu', 'yeni', 'için', 'de', 'da', 'şimdi', 'hâlâ', 'hala',
  'man', 'mana', 'mans', 'tagad', 'jaunā', 'jaunais', 'no', 'priekš', 'joprojām', 'arī', 'uz',
  'mein', 'meine', 'jetzt', 'für', 'noch', 'immer', 'neue', 'neues', 'das', 'der', 'die', 'zum', 'vom',
  'mon', 'ma', 'pour', 'le', 'la', 'maintenant', 'toujours', 'nouveau', 'du', 'de', 'mi', 'para', 'el', 'ahora', 'todavía', 'aún', 'sigue', 'siendo', 'nuevo', 'nueva',
  'minha', 'meu', 'a', 'o', 'agora', 'ainda', 'novo', 'do', 'da', 'mia', 'mio', 'la', 'per', 'il', 'ora', 'ancora', 'nuovo', 'nuova', 'di', 'del', 'della',
  'mijn', 'voor', 'het', 'nu', 'nog', 'steeds', 'nieuwe', 'van', 'moje', 'mój', 'dla', 'teraz', 'nadal', 'wciąż', 'nowe', 'do',
]);

/** Words that say "the secret comes next": "is", "je", "ir", "был", "lautet", "to" ("hasło to …"). */
export const COPULAS = folded([
  'is', "'s", 'was', 'are', 'je', 'bila', 'bio', 'ir', 'bija', 'bu', 'это', 'был', 'была', 'было', 'е', 'це', 'був', 'була', 'було',
  'est', "c'est", 'était', 'ist', 'lautet', 'war', 'es', 'era', 'é', 'è', 'glasi', 'to', 'jest', 'było', 'olarak',
  ':', '=', '-', '–', '—',
]);

/**
 * Words after a copula that describe a password instead of giving it ("my password is wrong",
 * "lozinka je pogrešna", "parole ir nepareiza"): a secret made of letters alone is taken only
 * when it is none of these.
 */
export const DESCRIBING_WORDS = folded([
  'wrong', 'incorrect', 'invalid', 'correct', 'right', 'expired', 'changed', 'reset', 'blocked', 'locked', 'required', 'missing', 'weak',
  'strong', 'fine', 'ok', 'okay', 'same', 'different', 'too', 'very', 'not', 'case', 'long', 'short', 'simple', 'easy', 'hard', 'secure',
  'safe', 'unsafe', 'gone', 'lost', 'useless', 'empty', 'blank', 'there', 'here', 'mine', 'sensitive', 'working', 'broken', 'hidden',
  'visible', 'known', 'unknown', 'temporary', 'what', 'which', 'another', 'something', 'nothing', 'never', 'always', 'a', 'an',
  'неверный', 'неправильный', 'верный', 'правильный', 'простой', 'сложный', 'заблокирован', 'сброшен', 'изменен', 'такой', 'другой',
  'тот', 'этот', 'слабый', 'невірний', 'неправильний', 'правильний',
  'pogrešna', 'pogresna', 'pogrešan', 'netačna', 'netačan', 'tačna', 'tačan', 'ispravna', 'ispravan', 'promenjena', 'istekla', 'stara',
  'ista', 'jaka', 'slaba', 'blokirana', 'zaboravljena', 'resetovana', 'nije', 'ne',
  'nepareiza', 'nepareizs', 'pareiza', 'pareizs', 'mainīta', 'mainīts', 'veca', 'jauna', 'pati', 'vāja', 'stipra', 'bloķēta', 'derīga',
  'nederīga', 'nav', 'yanlış', 'hatalı', 'doğru', 'eski', 'geçersiz', 'değil',
  'falsch', 'richtig', 'korrekt', 'ungültig', 'abgelaufen', 'geändert', 'gesperrt', 'neu', 'alt', 'zu', 'nicht', 'schwach', 'sicher', 'gleich',
  'faux', 'fausse', 'incorrecte', 'correcte', 'invalide', 'expiré', 'changé', 'bloqué', 'ancien', 'trop', 'pas',
  'incorrecta', 'incorrecto', 'correcta', 'correcto', 'inválida', 'caducada', 'cambiada', 'bloqueada', 'vieja', 'muy', 'demasiado',
  'sbagliata', 'errata', 'corretta', 'scaduta', 'cambiata', 'bloccata', 'vecchia', 'troppo', 'non',
  'errada', 'incorreta', 'correta', 'expirada', 'alterada', 'antiga', 'muito', 'não',
  'błędne', 'złe', 'nieprawidłowe', 'poprawne', 'zmienione', 'stare', 'za', 'nie',
  'fout', 'verkeerd', 'onjuist', 'juist', 'verlopen', 'gewijzigd', 'geblokkeerd', 'nieuw', 'oud', 'te', 'niet',
]);

/**
 * Words next to a code word that make it another code: "promo code 4471", "zip code 94107",
 * "код ошибки 5021", "kod vas" (Serbian "at your place"). Checked on the word right before the
 * code word and the word right after it.
 */
export const CODE_QUALIFIERS = folded([
  'promo', 'promotional', 'discount', 'coupon', 'voucher', 'gift', 'error', 'zip', 'post', 'postal', 'area', 'country', 'dial', 'dialling',
  'booking', 'confirmation', 'reference', 'tracking', 'qr', 'bar', 'source', 'product', 'item', 'sort', 'swift', 'bic', 'tax', 'colour', 'color',
  'region', 'referral', 'invite', 'invitation', 'fault', 'status', 'iata', 'airport', 'flight', 'seat', 'fare', 'class', 'style', 'model',
  'ошибки', 'товара', 'региона', 'страны', 'города', 'промо', 'скидки', 'купона', 'подарочный', 'почтовый', 'индекс', 'отслеживания', 'бронирования',
  'hata', 'indirim', 'promosyon', 'posta', 'ürün', 'takip', 'hediye', 'kupon', 'rezervasyon', 'alan',
  'greške', 'greska', 'popusta', 'poštanski', 'postanski', 'proizvoda', 'vas', 'nas', 'mene', 'tebe', 'njih', 'kuće', 'kuce', 'nje', 'njega',
  'kļūdas', 'atlaides', 'pasta', 'preces', 'rezervācijas', 'atlaižu',
  'fehler', 'rabatt', 'gutschein', 'postleitzahl', 'erreur', 'promo', 'réduction', 'postal', 'descuento', 'error', 'postale', 'sconto', 'errore',
  'desconto', 'erro', 'rabatowy', 'pocztowy', 'błędu', 'kortings', 'fout', 'помилки', 'знижки',
]);

/**
 * "old … new …": a second secret given after the first ("старый пароль был lenin1917, новый
 * Zima!2024", "eski şifrem kedi123 yenisi Kedi.2024"). Stems, matched at the start of a folded word.
 */
export const NEW_OR_OLD_STEMS: readonly string[] = [
  'new', 'old', 'нов', 'стар', 'yeni', 'eski', 'jaun', 'vec', 'neu', 'alt', 'nouv', 'ancien', 'nuev', 'viej', 'antigu', 'nuov', 'vecch', 'novo',
  'nova', 'novi', 'novu', 'antig', 'now', 'star', 'nieuw', 'oud', 'then', 'теперь', 'потом', 'sonra',
];
