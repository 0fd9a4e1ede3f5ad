// Street addresses: a street word with a house number near it, in the product's languages.

import { CITY_PATTERN, flatAt, isCityName, withAddressParts } from './address-tail.ts';
import type { KeywordHit } from '../automaton/keyword-automaton.ts';
import type { PiiKeywordKind } from './pii-keywords.ts';
import type { PiiSpan } from './pii-span.ts';

const HOUSE_NUMBER = String.raw`\d{1,5}[A-Za-zА-Яа-я]?(?:[/-]\d{1,4}[A-Za-zА-Яа-я]?)?`;
/**
 * After the street word: up to four name words ("Kneza Miloša", "Ленина"), then the house number,
 * possibly introduced by "д.", "дом", "No:", "Nr.", "br.", "broj", or by a Turkish block and floor
 * where the number would be ("Begonya Sk. Blok C3 Kat 9"). The first group is the name.
 */
const NUMBER_AFTER = new RegExp(
  String.raw`^\.?,?\s*((?:[\p{L}][\p{L}'’.-]*,?\s+){0,4}?)(?:blok\s+\p{L}?\d{0,3}\s+)?(?:(?:д|дом|no|nr|br|broj|број|бр|n°|№|kat|daire)\.?:?\s*)?(${HOUSE_NUMBER})(?![\p{L}\p{N}])`, 'iu',
);
/** Before the street word: the English order, house number then name ("221B Baker Street"). */
const NUMBER_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}])(${HOUSE_NUMBER})\s+(?:[\p{L}][\p{L}'’.-]*\s+){0,3}$`, 'u');
/** "12 Oak St" but not "5 times that St. Petersburg": abbreviations need a capitalised name. */
const CAPITALISED_NAME = new RegExp(String.raw`(?<![\p{L}\p{N}])(${HOUSE_NUMBER})\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}$`, 'u');
const ABBREVIATION_LENGTH = 4;
/** A number right before the street word, as French writes it ("12 rue", "12, rue", "5 bis rue"). */
const NUMBER_JUST_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}])\d{1,4}(?:\s?(?:bis|ter))?,?\s+$`, 'iu');
/** The name after a number-first street word: capitalised words and the particles between them. */
const NAME_AFTER = /^(?:\s+(?:(?:de|du|des|la|le|of|the)\s+|[ld]['’])*\p{Lu}[\p{L}'’-]*)+/u;

/** For name-first street words, the capitalised name words before it ("Brīvības iela"). */
const NAME_BEFORE = /(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}$/u;
/** Languages that put the street word after the name may also put it before: "Невском проспекте 28". */
const SHORT_NAME_BEFORE = /(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}'’-]*\s+){1,2}$/u;
/**
 * A capitalised word before the name may be the label, not the street ("Adresim Atatürk
 * Caddesi", "Adrese: Brīvības iela"): address words in the product's languages start so.
 */
const ADDRESS_LABEL = /^(?:adres|address|адрес)\p{L}*:?\s+/iu;
/** After an address label: a capitalised name of one to three words and the house number. */
const NAME_AND_NUMBER = new RegExp(String.raw`^:?\s+((?:\p{Lu}[\p{L}'’.-]*\s+){1,3})(${HOUSE_NUMBER})(?![\p{L}\p{N}])`, 'u');
/** German and Dutch write the street word into the name ("Hauptstraße 12", "Schillerstr. 18", "Kalverstraat 3"), then the number. */
const COMPOUND_SUFFIX_NUMBER = /(?:straße|strasse|str\.|gasse|weg|allee|platz|damm|straat|laan|plein|gracht|kade|singel|dijk)\s+\d/;
const COMPOUND = new RegExp(
  String.raw`(?<![\p{L}\p{N}])\p{Lu}[\p{L}-]*(?:straße|strasse|str\.|gasse|weg|allee|platz|damm|straat|laan|plein|gracht|kade|singel|dijk)\s+(${HOUSE_NUMBER})(?![\p{L}\p{N}])`, 'gu',
);
/**
 * Before a flat word and its number: a name of one to three capitalised words, or one word in
 * small letters, a house number, and perhaps building, entrance and floor parts between
 * ("Cara Dušana 40, stan 6", "Пушкинскую 25, стр. 1, под. 2, кв. 61", "nemanjinoj 12 sprat 3").
 * The flat word is what makes it an address: a name and a number alone are not one.
 */
const NAME_NUMBER_BEFORE_FLAT = new RegExp(
  String.raw`(?<![\p{L}\p{N}])((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}|\p{Ll}[\p{L}'’-]{3,}\s+)(${HOUSE_NUMBER})(?:,?\s*(?:стр|строение|корп|корпус|под|ulaz|улаз|sprat|спрат|kat|blok)\.?\s*:?\s*[\p{L}\d]{1,4}){0,3},?\s*$`, 'u',
);
const FLAT_WORD_REACH = 70;
/**
 * A city, a comma, a name and a house number with a flat or building after a slash or hyphen,
 * with no street word: "Нови Сад, Јеврејска 21/3", "Niš, Obrenovićeva 35/7". It opens the
 * message or a clause; the compound number is what a date or a model number never is after a city.
 */
const CITY_NAME_NUMBER = new RegExp(
  String.raw`(?:^|[:;(—–]\s*)(${CITY_PATTERN}),\s+((?:\p{Lu}[\p{L}'’.-]*\s+){1,3})(\d{1,5}\p{L}?[/-]\d{1,4}\p{L}?)(?![\p{L}\p{N}]|[/.-]\d)`, 'gu',
);
/** "your shop at 214 Oxford Street", "mağazanız hala Bahariye Cad.": a business's address is no one's home. */
const BUSINESS_REACH = 12;

type Hit = KeywordHit<PiiKeywordKind>;

/** English order, "221B Baker Street"; with no name between ("12 avenue Foch") the French order. */
function numberBeforeStreet(text: string, hit: Hit): PiiSpan | null {
  const window = text.slice(Math.max(0, hit.start - 40), hit.start);
  const isAbbreviation = hit.end - hit.start <= ABBREVIATION_LENGTH;
  const needsCapitals = isAbbreviation || hit.data === 'street-after-name';
  const before = (needsCapitals ? CAPITALISED_NAME : NUMBER_BEFORE).exec(window);
  if (before !== null) return { type: 'address', start: hit.start - before[0].length, end: hit.end };
  if (isAbbreviation) return null;
  return numberFirst(text, hit);
}

function numberFirst(text: string, hit: Hit): PiiSpan | null {
  const number = NUMBER_JUST_BEFORE.exec(text.slice(Math.max(0, hit.start - 12), hit.start));
  const name = number === null ? null : NAME_AFTER.exec(text.slice(hit.end, hit.end + 50));
  if (number === null || name === null) return null;
  return { type: 'address', start: hit.start - number[0].length, end: hit.end + name[0].length };
}

/** Name and number after the street word; a name-first word takes the capitalised name before it. */
function numberAfterStreet(text: string, hit: Hit): PiiSpan | null {
  const after = NUMBER_AFTER.exec(text.slice(hit.end, hit.end + 60));
  if (after === null) return null;
  const hasNameAfter = (after[1] as string).trim() !== '';
  const pattern = hit.data === 'street-name-first' ? NAME_BEFORE : hasNameAfter ? null : SHORT_NAME_BEFORE;
  const name = pattern === null ? null : pattern.exec(text.slice(Math.max(0, hit.start - 50), hit.start));
  const label = name === null ? null : ADDRESS_LABEL.exec(name[0]);
  const nameLength = (name?.[0].length ?? 0) - (label?.[0].length ?? 0);
  return { type: 'address', start: hit.start - nameLength, end: hit.end + after[0].length };
}

/** "adresa: Nemanjina 4", "na adresu Kralja Petra 31": streets named without a street word. */
function afterLabel(text: string, hit: Hit): PiiSpan | null {
  const match = NAME_AND_NUMBER.exec(text.slice(hit.end, hit.end + 60));
  if (match === null) return null;
  const start = hit.end + match[0].length - (match[1] as string).length - (match[2] as string).length;
  return { type: 'address', start, end: hit.end + match[0].length };
}

/** "Cara Dušana 40, stan 6": a name and a number before a flat word and its number. */
function beforeFlatWord(text: string, hit: Hit): PiiSpan | null {
  if (flatAt(text.slice(hit.start, hit.start + 20)) === 0) return null;
  const from = Math.max(0, hit.start - FLAT_WORD_REACH);
  const match = NAME_NUMBER_BEFORE_FLAT.exec(text.slice(from, hit.start));
  if (match === null) return null;
  const label = ADDRESS_LABEL.exec(match[1] as string);
  const start = from + match.index + (label?.[0].length ?? 0);
  return { type: 'address', start, end: from + match.index + (match[1] as string).length + (match[2] as string).length };
}

function findCityFirst(text: string): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const match of text.matchAll(CITY_NAME_NUMBER)) {
    if (!isCityName(match[1] as string)) continue;
    const start = match.index + match[0].length - (match[2] as string).length - (match[3] as string).length;
    spans.push({ type: 'address', start, end: match.index + match[0].length });
  }
  return spans;
}

function isAtBusiness(text: string, span: PiiSpan, places: readonly Hit[]): boolean {
  return places.some((hit) => hit.end <= span.start && span.start - hit.end <= BUSINESS_REACH
    && /^\p{L}*(?:\s+\p{L}+){0,2}\s+$/u.test(text.slice(hit.end, span.start)));
}

function overlapsAny(spans: readonly PiiSpan[], at: number): boolean {
  return spans.some((span) => at >= span.start && at < span.end);
}

export function findAddresses(text: string, keywords: readonly Hit[]): PiiSpan[] {
  const found: PiiSpan[] = [];
  const labels: Hit[] = [];
  const flatWords: Hit[] = [];
  const places: Hit[] = [];
  for (const hit of keywords) {
    let span: PiiSpan | null = null;
    if (hit.data === 'street-after-number' || hit.data === 'street-after-name') span = numberBeforeStreet(text, hit);
    else if (hit.data === 'street-number-first') span = numberFirst(text, hit);
    else if (hit.data === 'street-word' || hit.data === 'street-name-first') span = numberAfterStreet(text, hit);
    else if (hit.data === 'address-label') labels.push(hit);
    else if (hit.data === 'flat-word') flatWords.push(hit);
    else if (hit.data === 'business-place') places.push(hit);
    if (span !== null) found.push(span);
  }
  // The cheap literal test first: the full pattern's lookbehind and letter classes cost more.
  if (COMPOUND_SUFFIX_NUMBER.test(text)) {
    for (const match of text.matchAll(COMPOUND)) found.push({ type: 'address', start: match.index, end: match.index + match[0].length });
  }
  let spans = found.map((span) => withAddressParts(text, span));
  // Streets named without a street word: before a flat word, or after a city.
  for (const hit of flatWords) {
    if (overlapsAny(spans, hit.start)) continue;
    const span = beforeFlatWord(text, hit);
    if (span !== null) spans.push(withAddressParts(text, span));
  }
  if (text.includes(', ')) {
    for (const span of findCityFirst(text)) if (!overlapsAny(spans, span.start)) spans.push(withAddressParts(text, span));
  }
  // A label only stands in for the street word when no street word was found.
  if (spans.length === 0) {
    for (const hit of labels) {
      const span = afterLabel(text, hit);
      if (span !== null) spans.push(withAddressParts(text, span));
    }
  }
  if (places.length > 0) spans = spans.filter((span) => !isAtBusiness(text, span, places));
  return spans;
}
