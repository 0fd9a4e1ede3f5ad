// ISO-8601 durations as query parameters take them ("PT6H", "PT90M", "P1DT12H"), in milliseconds.
import { ParleyError } from './errors.ts';

const PATTERN = /^P(?:(\d{1,4})D)?(?:T(?:(\d{1,5})H)?(?:(\d{1,6})M)?(?:(\d{1,7})S)?)?$/;

/** Days, hours, minutes and seconds only: months and years have no fixed length. */
export function parseIsoDuration(text: string): number {
  const match = PATTERN.exec(text);
  if (!match || text === 'P' || text.endsWith('T')) {
    throw new ParleyError('validation_failed', `"${text}" is not an ISO-8601 duration such as PT6H, PT30M or P1DT12H`);
  }
  const [, days = '0', hours = '0', minutes = '0', seconds = '0'] = match;
  return ((Number(days) * 24 + Number(hours)) * 60 + Number(minutes)) * 60_000 + Number(seconds) * 1000;
}
