// Street addresses: a street word with a house number near it, in the product's languages.

import { addressParts, CITY_PATTERN, flatAt, FLAT_WORDS, isCityName } from './address-tail.ts';
import type { KeywordHit } from '../automaton/keyword-automaton.ts';
import type { PiiKeywordKind } from './pii-keywords.ts';
import type { PiiSpan } from './pii-span.ts';

/**
 * A house number, perhaps with a letter, a Russian building and block written into it ("92к2",
 * "14к1с3"), a flat after a slash or hyphen, or a Dutch floor ("112-II", "14-hs").
 */
const HOUSE_NUMBER = String.raw`\d{1,5}(?:[кk]\d{1,2}(?:[сc]\d{1,2})?|[A-Za-zА-Яа-я])?(?:[/-]\d{1,4}[A-Za-zА-Яа-я]?|-(?:I{1,3}|IV|hs|huis))?`;
/**
 * After the street word: up to four name words ("Kneza Miloša", "Ленина"), then the house number,
 * possibly introduced by "д.", "дом", "No:", "Nr.", "br.", "broj", or by a Turkish block and floor
 * where the number would be ("Begonya Sk. Blok C3 Kat 9"). The first group is the name.
 */
const NUMBER_AFTER = new RegExp(
  String.raw`^\.?,?\s*((?:[\p{L}][\p{L}'’.-]*,?\s+){0,4}?)(?:blok\s+\p{L}?\d{0,3}\s+)?(?:(?:д|дом|no|nr|br|broj|број|бр|n°|№|kat|daire)\.?:?\s*)?(${HOUSE_NUMBER})(?![\p{L}\p{N}])`, 'iu',
);
/**
 * A number after a word of time is an hour, not a house: "the whole street since 8", "toda la
 * calle desde las 8", "die ganze Straße seit 7".
 */
const TIME_BEFORE_NUMBER = /(?:^|\s)(?:since|until|till|from|desde|hasta|las|seit|um|ab|depuis|dès|jusqu'à|dalle|alle|fino|às|desde|od|до|с|от|po)\s+$/iu;
/** Before the street word: the English order, house number then name ("221B Baker Street"). */
const NUMBER_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}])(${HOUSE_NUMBER})\s+(?:[\p{L}][\p{L}'’.-]*\s+){0,3}$`, 'u');
/** "12 Oak St" but not "5 times that St. Petersburg": abbreviations need a capitalised name. */
const CAPITALISED_NAME = new RegExp(String.raw`(?<![\p{L}\p{N}])(${HOUSE_NUMBER})\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}$`, 'u');
const ABBREVIATION_LENGTH = 4;
/** A number right before the street word, as French writes it ("12 rue", "12, rue", "5 bis rue"). */
const NUMBER_JUST_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}])\d{1,4}(?:\s?(?:bis|ter))?,?\s+$`, 'iu');
/** The name after a number-first street word: capitalised words and the particles between them. */
const NAME_AFTER = /^(?:\s+(?:(?:de|du|des|la|le|of|the)\s+|[ld]['’])*\p{Lu}[\p{L}'’-]*)+/u;
/** The same typed in small letters ("18 rue victor hugo apt 4"): up to three words, none a flat word before its number. */
const LOWER_CASE_NAME_AFTER = new RegExp(String.raw`^(?:\s+(?!(?:${FLAT_WORDS})\.?\s*\d)\p{Ll}[\p{L}'’-]*){1,3}(?![\p{L}\p{N}])`, 'u');
/** A name in small letters before a name-first street word ("brivibas iela", "kazımdirik mah"). */
const LOWER_CASE_NAME_BEFORE = /(?<![\p{L}\p{N}])\p{Ll}[\p{L}'’-]{2,}\s+$/u;
/** An English street word between a capitalised name and the number, as continental habits write it: "Main St 12". */
const NUMBER_RIGHT_AFTER = new RegExp(String.raw`^\.?\s+(${HOUSE_NUMBER})(?![\p{L}\p{N}]|[:.,/]\d)`, 'u');

/** For name-first street words, the capitalised name words before it ("Brīvības iela"). */
const NAME_BEFORE = /(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}$/u;
/** Languages that put the street word after the name may also put it before: "Невском проспекте 28". */
const SHORT_NAME_BEFORE = /(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}'’-]*\s+){1,2}$/u;
/**
 * A capitalised word before the name may be the label, not the street ("Adresim Atatürk
 * Caddesi", "Adrese: Brīvības iela"): address words in the product's languages start so, and so
 * do "I live" and the Turkish "the parcel (acc.)" that open a sentence before the address
 * ("Dzīvoju Ganību dambī 24", "Gönderiyi Bahçelievler Mah.").
 */
const ADDRESS_LABEL = /^(?:(?:adres|address|адрес)\p{L}*:?|dzīvoju|dzivoju|живу|живем|живём|živim|zivim|живим|wohne|mieszkam|yaşıyorum|gönderiyi|kargoyu|paketi|siparişi)\s+/iu;
/**
 * After an address label, perhaps with a word or two saying which address before its colon
 * ("Adresa za dostavu:", "address for delivery:"): a capitalised name of one to three words and
 * the house number.
 */
const NAME_AND_NUMBER = new RegExp(String.raw`^(?:(?:\s+\p{Ll}+){1,2}:|:)?\s+((?:\p{Lu}[\p{L}'’.-]*\s+){1,3})(${HOUSE_NUMBER})(?![\p{L}\p{N}])`, 'u');
/** German and Dutch write the street word into the name ("Hauptstraße 12", "Schillerstr. 18", "Kalverstraat 3"), then the number. */
const COMPOUND_SUFFIX_NUMBER = /(?:straße|strasse|str\.?|gasse|weg|allee|platz|damm|straat|laan|plein|gracht|kade|singel|dijk)\s+\d/;
/** The first group is the name's first letter: in small letters ("lindenstr 7") the address needs an anchor. */
const COMPOUND = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(\p{L})[\p{L}-]*(?:straße|strasse|str\.?|gasse|weg|allee|platz|damm|straat|laan|plein|gracht|kade|singel|dijk)\s+(${HOUSE_NUMBER})(?![\p{L}\p{N}])`, 'gu',
);
/**
 * Before a flat word and its number: a name of one to three capitalised words (perhaps with one
 * in small letters after them: "Omladinskih brigada"), or one or two words in small letters, a house number, and perhaps building, entrance and floor parts between
 * ("Cara Dušana 40, stan 6", "Пушкинскую 25, стр. 1, под. 2, кв. 61", "nemanjinoj 12 sprat 3").
 * The flat word is what makes it an address: a name and a number alone are not one.
 */
const NAME_NUMBER_BEFORE_FLAT = new RegExp(
  String.raw`(?<![\p{L}\p{N}])((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:\p{Ll}[\p{L}'’-]{3,}\s+)?|(?:\p{Ll}[\p{L}'’-]{3,}\s+){1,2})(${HOUSE_NUMBER})(?:,?\s*(?:стр|строение|корп|корпус|под|ulaz|улаз|sprat|спрат|kat|blok)\.?\s*:?\s*[\p{L}\d]{1,4}){0,3},?\s*$`, 'u',
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
const BUSINESS_REACH = 24;

type Hit = KeywordHit<PiiKeywordKind>;

/**
 * A found street before its flat and city are added. A street typed in small letters counts only
 * when a flat, or a postcode with a city, is written with it (`needsAnchor`); a name in small
 * letters before a name-first street word joins it only then (`anchoredStart`).
 */
interface Candidate {
  span: PiiSpan;
  needsAnchor?: boolean;
  anchoredStart?: number;
}

function isCapitalised(text: string, at: number): boolean {
  return /^\p{Lu}/u.test(text.slice(at, at + 1));
}

/**
 * English order, "221B Baker Street"; with no name between ("12 avenue Foch") the French order;
 * a capitalised name, the street word and then the number ("Main St 12"); in small letters
 * ("6 ashfield road") only with an anchor.
 */
function numberBeforeStreet(text: string, hit: Hit): Candidate | null {
  const window = text.slice(Math.max(0, hit.start - 40), hit.start);
  const isAbbreviation = hit.end - hit.start <= ABBREVIATION_LENGTH;
  const needsCapitals = isAbbreviation || hit.data === 'street-after-name';
  const before = (needsCapitals ? CAPITALISED_NAME : NUMBER_BEFORE).exec(window);
  if (before !== null) return { span: { type: 'address', start: hit.start - before[0].length, end: hit.end } };
  const nameFirst = isCapitalised(text, hit.start) ? nameThenNumber(text, hit) : null;
  if (nameFirst !== null) return { span: nameFirst };
  if (needsCapitals) {
    const lower = NUMBER_BEFORE.exec(window);
    return lower === null ? null : { span: { type: 'address', start: hit.start - lower[0].length, end: hit.end }, needsAnchor: true };
  }
  return numberFirst(text, hit);
}

/** "Main St 12, Springfield": a capitalised name before the street word and the number after it. */
function nameThenNumber(text: string, hit: Hit): PiiSpan | null {
  const name = SHORT_NAME_BEFORE.exec(text.slice(Math.max(0, hit.start - 40), hit.start));
  const number = name === null ? null : NUMBER_RIGHT_AFTER.exec(text.slice(hit.end, hit.end + 12));
  if (name === null || number === null) return null;
  return { type: 'address', start: hit.start - name[0].length, end: hit.end + number[0].length };
}

function numberFirst(text: string, hit: Hit): Candidate | null {
  const number = NUMBER_JUST_BEFORE.exec(text.slice(Math.max(0, hit.start - 12), hit.start));
  if (number === null) return null;
  const after = text.slice(hit.end, hit.end + 50);
  const name = NAME_AFTER.exec(after);
  const lower = name === null ? LOWER_CASE_NAME_AFTER.exec(after) : null;
  const found = name ?? lower;
  if (found === null) return null;
  return { span: { type: 'address', start: hit.start - number[0].length, end: hit.end + found[0].length }, needsAnchor: lower !== null };
}

/** Name and number after the street word; a name-first word takes the capitalised name before it. */
function numberAfterStreet(text: string, hit: Hit): Candidate | null {
  const after = NUMBER_AFTER.exec(text.slice(hit.end, hit.end + 60));
  if (after === null || TIME_BEFORE_NUMBER.test(` ${after[1] as string}`)) return null;
  const hasNameAfter = (after[1] as string).trim() !== '';
  const isNameFirst = hit.data === 'street-name-first';
  const pattern = isNameFirst ? NAME_BEFORE : hasNameAfter ? null : SHORT_NAME_BEFORE;
  const window = text.slice(Math.max(0, hit.start - 50), hit.start);
  const name = pattern === null ? null : pattern.exec(window);
  const label = name === null ? null : ADDRESS_LABEL.exec(name[0]);
  const nameLength = (name?.[0].length ?? 0) - (label?.[0].length ?? 0);
  const span: PiiSpan = { type: 'address', start: hit.start - nameLength, end: hit.end + after[0].length };
  const lower = isNameFirst && name === null ? LOWER_CASE_NAME_BEFORE.exec(window) : null;
  return lower === null ? { span } : { span, anchoredStart: hit.start - lower[0].length };
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

interface Grown extends Candidate {
  isAnchored: boolean;
}

function withParts(text: string, candidate: Candidate): Grown {
  const parts = addressParts(text, candidate.span);
  return { ...candidate, span: parts.span, isAnchored: parts.isAnchored };
}

/** A street in small letters without an anchor is dropped; a name in small letters joins an anchored one. */
function anchored(found: Grown): PiiSpan | null {
  if (found.needsAnchor === true && !found.isAnchored) return null;
  if (found.anchoredStart !== undefined && found.isAnchored && found.anchoredStart < found.span.start) {
    return { ...found.span, start: found.anchoredStart };
  }
  return found.span;
}

function withAddressParts(text: string, span: PiiSpan): PiiSpan {
  return addressParts(text, span).span;
}

/**
 * Parts of one address found apart join: a Turkish neighbourhood and the street in it
 * ("kazımdirik mah 372 sk no 9"), or spans that overlap.
 */
function joined(text: string, spans: Grown[]): Grown[] {
  if (spans.length <= 1) return spans;
  const sorted = [...spans].sort((a, b) => a.span.start - b.span.start);
  const result: Grown[] = [];
  for (const found of sorted) {
    const last = result[result.length - 1];
    const gap = last === undefined ? '' : text.slice(last.span.end, Math.max(last.span.end, found.span.start));
    if (last !== undefined && found.span.start <= last.span.end + 2 && /^[\s,]*$/.test(gap)) {
      result[result.length - 1] = {
        span: { ...last.span, end: Math.max(last.span.end, found.span.end) },
        needsAnchor: last.needsAnchor === true && found.needsAnchor === true,
        isAnchored: last.isAnchored || found.isAnchored,
        ...(last.anchoredStart === undefined ? {} : { anchoredStart: last.anchoredStart }),
      };
    } else {
      result.push(found);
    }
  }
  return result;
}

export function findAddresses(text: string, keywords: readonly Hit[]): PiiSpan[] {
  const found: Candidate[] = [];
  const labels: Hit[] = [];
  const flatWords: Hit[] = [];
  const places: Hit[] = [];
  for (const hit of keywords) {
    let candidate: Candidate | null = null;
    if (hit.data === 'street-after-number' || hit.data === 'street-after-name') candidate = numberBeforeStreet(text, hit);
    else if (hit.data === 'street-number-first') candidate = numberFirst(text, hit);
    else if (hit.data === 'street-word' || hit.data === 'street-name-first') candidate = numberAfterStreet(text, hit);
    else if (hit.data === 'address-label') labels.push(hit);
    else if (hit.data === 'flat-word') flatWords.push(hit);
    else if (hit.data === 'business-place') places.push(hit);
    if (candidate !== null) found.push(candidate);
  }
  // The cheap literal test first: the full pattern's lookbehind and letter classes cost more.
  if (COMPOUND_SUFFIX_NUMBER.test(text)) {
    for (const match of text.matchAll(COMPOUND)) {
      const span: PiiSpan = { type: 'address', start: match.index, end: match.index + match[0].length };
      found.push({ span, needsAnchor: !/\p{Lu}/u.test(match[1] as string) });
    }
  }
  let spans = joined(text, found.map((candidate) => withParts(text, candidate)))
    .map(anchored).filter((span): span is PiiSpan => span !== null);
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
