// What is written with a street and number: the flat, entrance and floor, the city and postcode
// after it ("48 Maple Avenue, Flat 3, Bristol BS1 4DJ", "Schillerstr. 18, 3. OG links, 04109
// Leipzig"), and a flat or city written before it ("Flat 2, 114 Harrow Road", "Казань, ул. Баумана
// 19"). With the street they identify a home, so the whole address is one span; the parts are taken
// only in the forms addresses are written in, and the tail stops at the first word that is none.

import type { PiiSpan } from './pii-span.ts';

/** Flat, building, entrance and floor words followed by their number ("кв. 5", "stan 6", "No:112", "D:3", "k-2"). */
const FLAT_WORDS = String.raw`apt|apartment|flat|unit|suite|д|дом|кв|квартира|корп|корпус|стр|строение|под|подъезд|no|daire|kat|stan|стан|sprat|спрат|ulaz|улаз|dz|dzīv|dzīvoklis|wohnung|whg|appt|app|apto|piso|int|interno|m|mieszkanie|lok|lokal`;
const FLAT = new RegExp(
  String.raw`^(?:(?:${FLAT_WORDS})\.?\s*(?::\s*)?|d\s?:\s*|k-)\d{1,4}[a-zа-я]?(?:[/-]\d{1,4})?(?![\p{L}\p{N}])`, 'iu',
);
/** Entrances and blocks are lettered too ("ulaz B", "bât. B", "Blok C3", "корп. А"). */
const LETTERED_FLAT = /^(?:blok|блок|ulaz|улаз|bât|bâtiment|корп|корпус|esc|escalera|entrance)\.?\s*(?::\s*)?[A-ZА-Я]\d{0,3}(?![\p{L}\p{N}])/iu;
/** A floor written as an ordinal, with the side: "3. OG links", "4º izq.", "3º Esq.". */
const ORDINAL_FLOOR = /^\d{1,2}(?:\.\s?(?:OG|EG|DG|Etage|Stock)|\s?[º°ª])(?:\s(?:links|rechts|mitte|izq|izda|izquierda|dcha|dch|der|derecha|esq|esquerdo|esquerda|dto|dir|direito|direita|frente|centro|[A-Z])(?!\p{L}))?\.?(?![\p{L}\p{N}])/iu;
const POSTCODES = [
  /^[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}(?![\p{L}\p{N}])/u, // GB: BS1 4DJ
  /^[A-Z]{2}\s\d{5}(?:-\d{4})?(?![\p{L}\p{N}])/u, // US: TX 78701
  /^LV-?\d{4}(?![\p{L}\p{N}])/iu, // LV-1010
  /^\d{4}\s?[A-Z]{2}(?![\p{L}\p{N}])/u, // NL: 1012 AB
  /^\d{2}-\d{3}(?![\p{L}\p{N}])/u, // PL: 00-950
  /^\d{4}-\d{3}(?![\p{L}\p{N}])/u, // PT: 1100-053
  /^\d{4,6}(?![\p{L}\p{N}]|[.,/:-]\d)/u, // DE, FR, ES, IT, TR, RS (5 digits), RU (6), others (4)
];
/** A city word starts with a capital and goes on in small letters ("Riga", not the "LV" of "LV-1010"). */
const CITY_WORD = String.raw`\p{Lu}\p{Ll}[\p{L}'’.-]*(?![\p{L}\p{N}])`;
/** One to three words, or a district and city joined by a slash ("Kadıköy/İstanbul"). */
export const CITY_PATTERN = String.raw`(?:г\.\s*)?${CITY_WORD}(?:(?:[ -]|\s?/\s?)${CITY_WORD}){0,2}`;
const CITY = new RegExp(`^${CITY_PATTERN}`, 'u');
/** Written without capitals, a city is one word closing its clause ("кв 5 екатеринбург, я дома"). */
const LOWER_CASE_CITY = /^\p{Ll}{4,}(?=\s*(?:[,.;!?—–]|$))/u;
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

function postcodeAt(rest: string): number {
  for (const pattern of POSTCODES) {
    const match = pattern.exec(rest);
    if (match !== null) return match[0].length;
  }
  return 0;
}

export function flatAt(rest: string): number {
  return (FLAT.exec(rest) ?? LETTERED_FLAT.exec(rest) ?? ORDINAL_FLOOR.exec(rest))?.[0].length ?? 0;
}

export function isCityName(city: string): boolean {
  return !NOT_CITIES.has((city.replace(/^г\.\s*/u, '').split(/[ /-]/)[0] as string).toLowerCase());
}

/**
 * A city: after a comma always; without one only where no sentence word can stand, after a
 * postcode or a flat ("11000 Београд", "Daire 5 Kadıköy/İstanbul"), or right before a postcode
 * ("Bristol BS9 3HL").
 */
function cityAt(rest: string, isAfterComma: boolean, previous: Part, isLowerCase: boolean): number {
  const match = CITY.exec(rest);
  if (match === null) {
    const lower = isLowerCase && previous === 'flat' ? LOWER_CASE_CITY.exec(rest) : null;
    return lower !== null && isCityName(lower[0]) ? lower[0].length : 0;
  }
  const city = match[0].replace(/[.]$/, '');
  if (!isCityName(city)) return 0;
  if (isAfterComma || previous === 'postcode' || previous === 'flat') return city.length;
  const after = /^,?\s/.exec(rest.slice(city.length))?.[0].length ?? 0;
  return after > 0 && postcodeAt(rest.slice(city.length + after)) > 0 ? city.length : 0;
}

/** The span grown over the flat, city and postcode written right after it. */
export function withAddressTail(text: string, span: PiiSpan): PiiSpan {
  let end = span.end;
  // Right after the house number a capitalised word may start the sentence's next part ("No: 12
  // Çankaya, oraya gönderin" is labelled without the district); after a flat it is the district or city.
  let previous: Part = 'street';
  const isLowerCase = /^\p{Ll}/u.test(text.slice(span.start, span.start + 1));
  for (let part = 0; part < MAX_PARTS; part++) {
    const gap = /^(?:,\s*|\s+)/.exec(text.slice(end, end + 4))?.[0] ?? '';
    if (gap === '') break;
    const rest = text.slice(end + gap.length, end + gap.length + 40);
    let length = postcodeAt(rest);
    let kind: Part = 'postcode';
    if (length === 0) {
      length = flatAt(rest);
      kind = 'flat';
    }
    if (length === 0) {
      length = cityAt(rest, gap.includes(','), previous, isLowerCase);
      kind = 'city';
    }
    if (length === 0) break;
    end += gap.length + length;
    previous = kind;
  }
  return end === span.end ? span : { ...span, end };
}

/** A flat written first, as British addresses do ("Flat 2, 114 Harrow Road"). */
const FLAT_FIRST = /(?<![\p{L}\p{N}])(?:flat|apt|apartment|unit|suite)\.?\s*\d{1,4}[A-Za-z]?,?\s+$/iu;
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
