// Street addresses: a street word with a house number near it, in the product's languages.

import type { KeywordHit } from '../automaton/keyword-automaton.ts';
import type { PiiKeywordKind } from './pii-keywords.ts';
import type { PiiSpan } from './pii-span.ts';

const HOUSE_NUMBER = String.raw`\d{1,5}[A-Za-zА-Яа-я]?(?:[/-]\d{1,4}[A-Za-zА-Яа-я]?)?`;
/**
 * After the street word: up to four name words ("Kneza Miloša", "Ленина"), then the house number,
 * possibly introduced by "д.", "дом", "No:", "Nr.", "br.", "broj".
 */
const NUMBER_AFTER = new RegExp(
  String.raw`^\.?,?\s*(?:[\p{L}][\p{L}'’.-]*,?\s+){0,4}?(?:(?:д|дом|no|nr|br|broj|број|бр|n°|№)\.?:?\s*)?(${HOUSE_NUMBER})(?![\p{L}\p{N}])`, 'iu',
);
/** Before the street word: the English order, house number then name ("221B Baker Street"). */
const NUMBER_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}])(${HOUSE_NUMBER})\s+(?:[\p{L}][\p{L}'’.-]*\s+){0,3}$`, 'u');
/** "12 Oak St" but not "5 times that St. Petersburg": abbreviations need a capitalised name. */
const CAPITALISED_NAME = new RegExp(String.raw`(?<![\p{L}\p{N}])(${HOUSE_NUMBER})\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}$`, 'u');
const ABBREVIATION_LENGTH = 4;

/** For name-first street words, the capitalised name words before it ("Brīvības iela"). */
const NAME_BEFORE = /(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}$/u;
/**
 * A capitalised word before the name may be the label, not the street ("Adresim Atatürk
 * Caddesi", "Adrese: Brīvības iela"): address words in the product's languages start so.
 */
const ADDRESS_LABEL = /^(?:adres|address|адрес)\p{L}*:?\s+/iu;
/** German writes the street word into the name ("Hauptstraße 12", "Lindenallee 3"), then the number. */
const GERMAN_SUFFIX_NUMBER = /(?:straße|strasse|gasse|weg|allee|platz|damm)\s+\d/;
const GERMAN_COMPOUND = new RegExp(
  String.raw`(?<![\p{L}\p{N}])\p{Lu}[\p{L}-]*(?:straße|strasse|gasse|weg|allee|platz|damm)\s+(${HOUSE_NUMBER})(?![\p{L}\p{N}])`, 'gu',
);

export function findAddresses(text: string, keywords: readonly KeywordHit<PiiKeywordKind>[]): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const hit of keywords) {
    if (hit.data === 'street-after-number') {
      const pattern = hit.end - hit.start <= ABBREVIATION_LENGTH ? CAPITALISED_NAME : NUMBER_BEFORE;
      const before = pattern.exec(text.slice(Math.max(0, hit.start - 40), hit.start));
      if (before !== null) spans.push({ type: 'address', start: hit.start - before[0].length, end: hit.end });
      continue;
    }
    if (hit.data !== 'street-word' && hit.data !== 'street-name-first') continue;
    const after = NUMBER_AFTER.exec(text.slice(hit.end, hit.end + 60));
    if (after === null) continue;
    const name = hit.data === 'street-name-first' ? NAME_BEFORE.exec(text.slice(Math.max(0, hit.start - 50), hit.start)) : null;
    const label = name === null ? null : ADDRESS_LABEL.exec(name[0]);
    const nameLength = (name?.[0].length ?? 0) - (label?.[0].length ?? 0);
    spans.push({ type: 'address', start: hit.start - nameLength, end: hit.end + after[0].length });
  }
  // The cheap literal test first: the full pattern's lookbehind and letter classes cost more.
  if (GERMAN_SUFFIX_NUMBER.test(text)) {
    for (const match of text.matchAll(GERMAN_COMPOUND)) spans.push({ type: 'address', start: match.index, end: match.index + match[0].length });
  }
  return spans;
}
