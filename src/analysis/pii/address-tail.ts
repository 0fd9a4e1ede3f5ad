// What is written with a street and number: the flat, entrance and floor, the city and postcode
// after it ("48 Maple Avenue, Flat 3, Bristol BS1 4DJ", "Schillerstr. 18, 3. OG links, 04109
// Leipzig"), and a flat or city written before it ("Flat 2, 114 Harrow Road", "Казань, ул. Баумана
// 19"). With the street they identify a home, so the whole address is one span; the parts are taken
// only in the forms addresses are written in, and the tail stops at the first word that is none.

import type { PiiSpan } from './pii-span.ts';

/**
 * Flat, building, entrance and floor words followed by their number ("кв. 5", "stan 6", "No:112", "D:3", "k-2");
 * single letters only count here, right after a house number ("No 9 d 5", "250 k 3 dz 61").
 */
export const FLAT_WORDS = String.raw`apt|apartment|flat|unit|suite|d|k|д|дом|кв|квартира|корп|корпус|стр|строение|под|подъезд|no|daire|kat|stan|стан|sprat|спрат|ulaz|улаз|dz|dzīv|dzīvoklis|wohnung|whg|appt|app|apto|piso|int|interno|m|mieszkanie|lok|lokal`;
const FLAT = new RegExp(
  String.raw`^(?:(?:${FLAT_WORDS})\.?\s*(?::\s*)?|d\s?:\s*|k-)\d{1,4}[a-zа-я]?(?:[/-]\d{1,4})?(?![\p{L}\p{N}])`, 'iu',
);
/** Entrances and blocks are lettered too ("ulaz B", "bât. B", "Blok C3", "корп. А"). */
const LETTERED_FLAT = /^(?:blok|блок|ulaz|улаз|bât|bâtiment|корп|корпус|esc|escalera|entrance)\.?\s*(?::\s*)?[A-ZА-Я]\d{0,3}(?![\p{L}\p{N}])/iu;
/** A floor written as an ordinal, with the side: "3. OG links", "2 og links", "4º izq.", "3º Esq.". */
const ORDINAL_FLOOR = /^\d{1,2}(?:\.?\s?(?:OG|EG|DG|Etage|Stock)|\s?[º°ª])(?:\s(?:links|rechts|mitte|izq|izda|izquierda|dcha|dch|der|derecha|esq|esquerdo|esquerda|dto|dir|direito|direita|frente|centro|[A-Z])(?!\p{L}))?\.?(?![\p{L}\p{N}])/iu;
/** A floor number with its side and no ordinal sign, as typed in a hurry: "8 2 izda", "112 2 esq". */
const FLOOR_AND_SIDE = /^\d{1,2}\s(?:izq|izda|izquierda|dcha|dch|derecha|esq|esquerdo|esquerda|dto|dir|direito|direita)\.?(?![\p{L}\p{N}])/iu;
const POSTCODES = [
  /^[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}(?![\p{L}\p{N}])/u, // GB: BS1 4DJ
  /^[A-Z]{2}\s\d{5}(?:-\d{4})?(?![\p{L}\p{N}])/u, // US: TX 78701
  /^LV-?\d{4}(?![\p{L}\p{N}])/iu, // LV-1010
  /^\d{4}\s?[A-Z]{2}(?![\p{L}\p{N}])/u, // NL: 1012 AB
  /^\d{2}-\d{3}(?![\p{L}\p{N}])/u, // PL: 00-950
  /^\d{4}-\d{3}(?![\p{L}\p{N}])/u, // PT: 1100-053
  /^\d{4,6}(?![\p{L}\p{N}]|[.,/:-]\d)/u, // DE, FR, ES, IT, TR, RS (5 digits), RU (6), others (4)
];
/** Written in small letters, the British postcode keeps its shape ("s10 1qa", "yo10 4hw"). */
const LOWER_CASE_GB_POSTCODE = /^[a-z]{1,2}\d[a-z\d]?\s?\d[a-z]{2}(?![\p{L}\p{N}])/u;
/** A city word starts with a capital and goes on in small letters ("Riga", not the "LV" of "LV-1010"). */
const CITY_WORD = String.raw`\p{Lu}\p{Ll}[\p{L}'’.-]*(?![\p{L}\p{N}])`;
/**
 * One to three words, or a district and city joined by a slash ("Kadıköy/İstanbul"); a district
 * may carry its word after the name ("Советский р-н").
 */
export const CITY_PATTERN = String.raw`(?:г\.\s*)?${CITY_WORD}(?:(?<!\.)(?:[ -]|\s?/\s?)${CITY_WORD}){0,2}(?:\s(?:р-н|район|рајон|rajon)(?![\p{L}\p{N}]))?`;
const CITY = new RegExp(`^${CITY_PATTERN}`, 'u');
/**
 * Written without capitals, a city closes its clause or comes right before the word "address"
 * ("кв 5 екатеринбург, я дома"); a district and city, two words, only before a comma or that
 * word ("d 5 bornova izmir adresine").
 */
const LOWER_CASE_CITY = /^\p{Ll}{4,}(?=\s*(?:[,.;!?—–)"»”]|$)|\s+(?:adres|address|адрес))|^\p{Ll}{4,}\s\p{Ll}{4,}(?=\s*,|\s+(?:adres|address|адрес))/u;
/** One word in small letters: after a postcode it is the city, and before one too ("york yo10 4hw"). */
const LOWER_CASE_WORD = /^\p{Ll}{3,}[\p{L}'’-]*(?![\p{L}\p{N}])/u;
/** What may follow the last word of a clause. */
const CLAUSE_END = /^\s*(?:[,.;!?)»”"—–]|$)/u;
/** A closing quote or bracket: an address quoted whole ends there. */
const CLOSING_MARK = /^["»”)\]]/u;
/** Capitalised words that start a new sentence after a comma rather than name a city. */
const NOT_CITIES = new Set([
  'please', 'pls', 'thanks', 'thank', 'thx', 'cheers', 'regards', 'hi', 'hello', 'hey', 'dear', 'but', 'and', 'so', 'also', 'sorry', 'ok', 'okay', 'yes',
  'no', 'help', 'urgent', 'asap', 'today', 'tomorrow', 'спасибо', 'пожалуйста', 'но', 'и', 'срочно', 'teşekkürler', 'lütfen', 'ama', 'acil',
  'hvala', 'molim', 'ali', 'хвала', 'молим', 'али', 'hitno', 'paldies', 'lūdzu', 'bet', 'steidzami', 'danke', 'bitte', 'aber', 'dringend',
  'merci', 'mais', 'urgent', 'gracias', 'pero', 'urgente', 'grazie', 'ma', 'obrigado', 'obrigada', 'dziękuję', 'proszę', 'ale', 'pilne',
  'bedankt', 'maar', 'dank', 'дякую', 'будь', 'але', 'терміново', 'здравствуйте', 'привет', 'merhaba', 'zdravo', 'labdien', 'sveiki', 'hallo',
  'bonjour', 'hola', 'ciao', 'olá', 'cześć', 'dzień',
]);
const MAX_PARTS = 6;

type Part = 'street' | 'flat' | 'postcode' | 'city';

function postcodeAt(rest: string, isLowerCase = false): number {
  for (const pattern of POSTCODES) {
    const match = pattern.exec(rest);
    if (match !== null) return match[0].length;
  }
  return isLowerCase ? LOWER_CASE_GB_POSTCODE.exec(rest)?.[0].length ?? 0 : 0;
}

export function flatAt(rest: string): number {
  return (FLAT.exec(rest) ?? LETTERED_FLAT.exec(rest) ?? ORDINAL_FLOOR.exec(rest) ?? FLOOR_AND_SIDE.exec(rest))?.[0].length ?? 0;
}

export function isCityName(city: string): boolean {
  return !NOT_CITIES.has((city.replace(/^г\.\s*/u, '').split(/[ /-]/)[0] as string).toLowerCase());
}

function isBeforePostcode(rest: string, length: number, isLowerCase: boolean): boolean {
  const after = /^,?\s/.exec(rest.slice(length))?.[0].length ?? 0;
  return after > 0 && postcodeAt(rest.slice(length + after), isLowerCase) > 0;
}

/** A postcode with letters in it ("yo10 4hw", "lv-1001", "31-146") is no order number or count. */
function isBeforeShapedPostcode(rest: string, length: number): boolean {
  const after = /^,?\s/.exec(rest.slice(length))?.[0].length ?? 0;
  const postcode = after === 0 ? 0 : postcodeAt(rest.slice(length + after), true);
  return postcode > 0 && !/^\d+$/.test(rest.slice(length + after, length + after + postcode));
}

/**
 * A city in small letters: right after a postcode ("50674 köln"), before a postcode that has a
 * shape or after a flat before any ("york yo10 4hw", "кв 7, самара 443080"), or after a flat
 * closing its clause.
 */
function lowerCaseCityAt(rest: string, isAfterComma: boolean, previous: Part, isAfterDigits: boolean): number {
  const word = LOWER_CASE_WORD.exec(rest);
  if (word !== null && isCityName(word[0])) {
    const length = word[0].length;
    // Postcodes of digits come before the city; British ones ("s10 1qa") close the address.
    if (previous === 'postcode' && isAfterDigits && !isAfterComma) return length;
    if (isBeforeShapedPostcode(rest, length) || (previous === 'flat' && isBeforePostcode(rest, length, true))) return length;
  }
  const city = previous === 'flat' ? LOWER_CASE_CITY.exec(rest) : null;
  return city !== null && isCityName(city[0]) ? city[0].length : 0;
}

/**
 * A city: after a comma always; without one only where no sentence word can stand, after a
 * postcode or a flat ("11000 Београд", "Daire 5 Kadıköy/İstanbul"), right before a postcode
 * ("Bristol BS9 3HL"), as a district and city after a house number ("No 18 Merkez Rize"), or
 * closing a quoted address ("(… No 5 Şişli)"). A single capitalised word right after a house
 * number may start the sentence's next part instead ("No: 12 Çankaya, oraya gönderin").
 */
function cityAt(rest: string, isAfterComma: boolean, previous: Part, isLowerCase: boolean, isAfterNumber: boolean, isAfterFlatNumber: boolean): number {
  const match = CITY.exec(rest);
  if (match === null) return isLowerCase ? lowerCaseCityAt(rest, isAfterComma, previous, isAfterNumber) : 0;
  const city = match[0].replace(/[.]$/, '');
  if (!isCityName(city)) return 0;
  if (isAfterComma || previous === 'postcode' || previous === 'flat') return city.length;
  // A house number with its flat ("212/5") is a flat too; a word after it that closes the clause is
  // the district or city ("Bağdat Caddesi 212/5 Suadiye, ama …").
  if (previous === 'street' && isAfterFlatNumber && CLAUSE_END.test(rest.slice(city.length))) return city.length;
  if (previous === 'street' && isAfterNumber && (/[\s/]/.test(city) || CLOSING_MARK.test(rest.slice(city.length)))) return city.length;
  return isBeforePostcode(rest, city.length, false) ? city.length : 0;
}

/** What the tail holds: a flat, or a postcode with a city, is what a street in small letters needs to count. */
export interface AddressTail {
  span: PiiSpan;
  isAnchored: boolean;
}

/**
 * The span grown over the flat, city and postcode written right after it, each after a comma, a
 * space or a " / " ("Flat 5 / 19 Cromwell Rd / Hove BN3 3EE").
 */
export function addressTail(text: string, span: PiiSpan): AddressTail {
  let end = span.end;
  let previous: Part = 'street';
  let hasFlat = false;
  let hasPostcode = false;
  let parts = 0;
  const street = text.slice(span.start, span.end);
  const isLowerCase = /\p{Ll}/u.test(street) && !/\p{Lu}/u.test(street);
  for (; parts < MAX_PARTS; parts++) {
    const gap = /^(?:,\s*|\s+\/\s+|\s+)/.exec(text.slice(end, end + 4))?.[0] ?? '';
    if (gap === '') break;
    const rest = text.slice(end + gap.length, end + gap.length + 40);
    let length = postcodeAt(rest, isLowerCase);
    let kind: Part = 'postcode';
    if (length === 0) {
      length = flatAt(rest);
      kind = 'flat';
    }
    if (length === 0) {
      const written = text.slice(span.start, end);
      length = cityAt(rest, gap.includes(','), previous, isLowerCase, /\d$/.test(written), /\d[/-]\d{1,4}\p{L}?$/u.test(written));
      kind = 'city';
    }
    if (length === 0) break;
    end += gap.length + length;
    previous = kind;
    if (kind === 'flat') hasFlat = true;
    if (kind === 'postcode') hasPostcode = true;
  }
  return { span: end === span.end ? span : { ...span, end }, isAnchored: hasFlat || (hasPostcode && parts >= 2) };
}

export function withAddressTail(text: string, span: PiiSpan): PiiSpan {
  return addressTail(text, span).span;
}

/** A flat written first, as British addresses do ("Flat 2, 114 Harrow Road"). */
const FLAT_FIRST = /(?<![\p{L}\p{N}])(?:flat|apt|apartment|unit|suite)\.?\s*\d{1,4}[A-Za-z]?(?:,?\s+|\s+\/\s+)$/iu;
/**
 * A city (and a postcode before it) written first, then a comma: at the start of the message or
 * a clause, or after an address word ("Новосибирск, Красный проспект …", "адресу Казань, ул. …",
 * "домой: 344002, Ростов-на-Дону, пер. …").
 */
const CITY_FIRST = new RegExp(
  String.raw`(?:^|[:;(—–]\s*|(?:[Аа]дрес\p{L}*|[Aa]dres\p{L}*|[Aa]ddress)\s+)((?:\d{5,6},\s*)?(${CITY_PATTERN}),\s*)$`, 'u',
);
const HEAD_REACH = 60;

/** The span grown over the flat or city written right before it. */
export function withAddressHead(text: string, span: PiiSpan): PiiSpan {
  const before = text.slice(Math.max(0, span.start - HEAD_REACH), span.start);
  const flat = FLAT_FIRST.exec(before);
  if (flat !== null) return { ...span, start: span.start - flat[0].length };
  const city = CITY_FIRST.exec(before);
  if (city === null || !isCityName(city[2] as string)) return span;
  return { ...span, start: span.start - (city[1] as string).length };
}

/** Both: the address with everything written with it. */
export function withAddressParts(text: string, span: PiiSpan): PiiSpan {
  return withAddressHead(text, withAddressTail(text, span));
}

/** Both, and whether the tail holds what anchors a street typed in small letters. */
export function addressParts(text: string, span: PiiSpan): AddressTail {
  const tail = addressTail(text, span);
  return { span: withAddressHead(text, tail.span), isAnchored: tail.isAnchored };
}
