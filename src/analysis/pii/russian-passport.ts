// Russian passports written as "серия 4510 номер 123456": a series and a number in two runs of digits.

import type { PiiSpan } from './pii-span.ts';

/**
 * The digit-run rules see "4510" and "123456" apart, and four digits are too few to be anything;
 * written with the words between, the pair is one passport. "4510 123456" after "паспорт" is one
 * run and is found by the number rules.
 */
const SERIES_AND_NUMBER = /(?<![\p{L}\p{N}])(\d{2} ?\d{2}),?\s*(?:номер|ном\.|№|n°|no\.?)\s*(\d{6})(?!\d)/giu;
const PASSPORT_WORD = /паспорт|серия|серии/i;

export function findRussianPassports(text: string): PiiSpan[] {
  if (!PASSPORT_WORD.test(text)) return [];
  return [...text.matchAll(SERIES_AND_NUMBER)].map((match) => ({ type: 'ssn', start: match.index, end: match.index + match[0].length }));
}
