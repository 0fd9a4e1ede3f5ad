// Street addresses: a street word with a house number near it, in the product's languages.

import { withAddressTail } from './address-tail.ts';
import type { KeywordHit } from '../automaton/keyword-automaton.ts';
import type { PiiKeywordKind } from './pii-keywords.ts';
import type { PiiSpan } from './pii-span.ts';

const HOUSE_NUMBER = String.raw`\d{1,5}[A-Za-zА-Яа-я]?(?:[/-]\d{1,4}[A-Za-zА-Яа-я]?)?`;
/**
 * After the street word: up to four name words ("Kneza Miloša", "Ленина"), then the house number,
 * possibly introduced by "д.", "дом", "No:", "Nr.", "br.", "broj". The first group is the name.
 */
const NUMBER_AFTER = new RegExp(
  String.raw`^\.?,?\s*((?:[\p{L}][\p{L}'’.-]*,?\s+){0,4}?)(?:(?:д|дом|no|nr|br|broj|број|бр|n°|№)\.?:?\s*)?(${HOUSE_NUMBER})(?![\p{L}\p{N}])`, 'iu',
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
/** German and Dutch write the street word into the name ("Hauptstraße 12", "Kalverstraat 3"), then the number. */
const COMPOUND_SUFFIX_NUMBER = /(?:straße|strasse|gasse|weg|allee|platz|damm|straat|laan|plein|gracht|kade|singel|dijk)\s+\d/;
const COMPOUND = new RegExp(
  String.raw`(?<![\p{L}\p{N}])\p{Lu}[\p{L}-]*(?:straße|strasse|gasse|weg|allee|platz|damm|straat|laan|plein|gracht|kade|singel|dijk)\s+(${HOUSE_NUMBER})(?![\p{L}\p{N}])`, 'gu',
);

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

export function findAddresses(text: string, keywords: readonly Hit[]): PiiSpan[] {
  const spans: PiiSpan[] = [];
  const labels: Hit[] = [];
  for (const hit of keywords) {
    let span: PiiSpan | null = null;
    if (hit.data === 'street-after-number' || hit.data === 'street-after-name') span = numberBeforeStreet(text, hit);
    else if (hit.data === 'street-number-first') span = numberFirst(text, hit);
    else if (hit.data === 'street-word' || hit.data === 'street-name-first') span = numberAfterStreet(text, hit);
    else if (hit.data === 'address-label') labels.push(hit);
    if (span !== null) spans.push(withAddressTail(text, span));
  }
  // The cheap literal test first: the full pattern's lookbehind and letter classes cost more.
  if (COMPOUND_SUFFIX_NUMBER.test(text)) {
    for (const match of text.matchAll(COMPOUND)) spans.push(withAddressTail(text, { type: 'address', start: match.index, end: match.index + match[0].length }));
  }
  // A label only stands in for the street word when no street word was found.
  if (spans.length === 0) {
    for (const hit of labels) {
      const span = afterLabel(text, hit);
      if (span !== null) spans.push(withAddressTail(text, span));
    }
  }
  return spans;
}
