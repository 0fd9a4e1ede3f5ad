// What follows a street and number when written together: a flat, a city, a postcode ("48 Maple
// Avenue, Flat 3, Bristol BS1 4DJ"). With the street they identify a home, so the whole address is
// one span; the tail is taken only in the forms addresses are written in, and stops at the first
// word that is not part of one.

import type { PiiSpan } from './pii-span.ts';

const FLAT = /^(?:apt|apartment|flat|unit|suite|д|дом|кв|квартира|корп|корпус|стр|no|daire|stan|dz|dzīv|dzīvoklis|wohnung|whg|appt|app|apto|piso|int|interno|m|mieszkanie|lok|lokal)\.?\s*(?::\s*)?\d{1,4}[a-zа-я]?(?:[/-]\d{1,4})?(?![\p{L}\p{N}])/iu;
const POSTCODES = [
  /^[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}(?![\p{L}\p{N}])/u, // GB: BS1 4DJ
  /^[A-Z]{2}\s\d{5}(?:-\d{4})?(?![\p{L}\p{N}])/u, // US: TX 78701
  /^LV-?\d{4}(?![\p{L}\p{N}])/iu, // LV-1010
  /^\d{4}\s?[A-Z]{2}(?![\p{L}\p{N}])/u, // NL: 1012 AB
  /^\d{2}-\d{3}(?![\p{L}\p{N}])/u, // PL: 00-950
  /^\d{4,6}(?![\p{L}\p{N}]|[.,/:-]\d)/u, // DE, FR, ES, IT, TR, RS (5 digits), RU (6), others (4)
];
const CITY = /^(?:г\.\s*)?\p{Lu}[\p{L}'’.-]+(?![\p{L}\p{N}])(?:[ -]\p{Lu}[\p{L}'’.-]+(?![\p{L}\p{N}])){0,2}/u;
/** Capitalised words that start a new sentence after a comma rather than name a city. */
const NOT_CITIES = new Set([
  'please', 'pls', 'thanks', 'thank', 'thx', 'cheers', 'regards', 'hi', 'hello', 'but', 'and', 'so', 'also', 'sorry', 'ok', 'okay', 'yes',
  'no', 'help', 'urgent', 'asap', 'today', 'tomorrow', 'спасибо', 'пожалуйста', 'но', 'и', 'срочно', 'teşekkürler', 'lütfen', 'ama', 'acil',
  'hvala', 'molim', 'ali', 'хвала', 'молим', 'али', 'hitno', 'paldies', 'lūdzu', 'bet', 'steidzami', 'danke', 'bitte', 'aber', 'dringend',
  'merci', 'mais', 'urgent', 'gracias', 'pero', 'urgente', 'grazie', 'ma', 'obrigado', 'obrigada', 'dziękuję', 'proszę', 'ale', 'pilne',
  'bedankt', 'maar', 'dank', 'дякую', 'будь', 'але', 'терміново',
]);
const MAX_PARTS = 4;

function postcodeAt(rest: string): number {
  for (const pattern of POSTCODES) {
    const match = pattern.exec(rest);
    if (match !== null) return match[0].length;
  }
  return 0;
}

/** The span grown over the flat, city and postcode written right after it. */
export function withAddressTail(text: string, span: PiiSpan): PiiSpan {
  let end = span.end;
  for (let part = 0; part < MAX_PARTS; part++) {
    const gap = /^(?:,\s*|\s+)/.exec(text.slice(end, end + 4))?.[0] ?? '';
    if (gap === '') break;
    const rest = text.slice(end + gap.length, end + gap.length + 40);
    const isAfterComma = gap.includes(',');
    const flat = FLAT.exec(rest)?.[0].length ?? 0;
    const postcode = flat === 0 ? postcodeAt(rest) : 0;
    let length = flat || postcode;
    if (length === 0 && isAfterComma) {
      const city = CITY.exec(rest)?.[0] ?? '';
      if (city !== '' && !NOT_CITIES.has(city.replace(/^г\.\s*/u, '').split(/[ -]/)[0]!.toLowerCase())) length = city.replace(/[.]$/, '').length;
    }
    if (length === 0) break;
    end += gap.length + length;
  }
  return end === span.end ? span : { ...span, end };
}
