// Meta's timestamps, normalised to ISO-8601: seconds in changes[], milliseconds in messaging[].

/**
 * Below this an epoch number is read as seconds, above it as milliseconds: 1e11 s is the year
 * 5138 and 1e11 ms is 1973, so no real Meta time is ambiguous. Meta documents seconds for
 * `changes[]` (`created_time`, feed `entry.time`) and milliseconds for `messaging[]`
 * (`timestamp`, Messenger `entry.time`), but its samples mix the two (the postback sample sends
 * `"timestamp":"1527459824"` as a string of seconds), so the unit is read from the value.
 * https://developers.facebook.com/docs/messenger-platform/reference/webhook-events/messaging_postbacks
 */
const SECONDS_BELOW = 1e11;

/** An epoch number (or numeric string) or an ISO date from Meta, as ISO-8601 UTC; undefined when unreadable. */
export function metaTimeToIso(value: unknown): string | undefined {
  if (typeof value === 'number') return fromEpoch(value);
  if (typeof value !== 'string' || value.length === 0 || value.length > 40) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return fromEpoch(Number(value));
  // Graph API dates look like "2025-03-22T18:20:04+0000": a zone offset without a colon.
  const normalised = value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  const ms = Date.parse(normalised);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

function fromEpoch(value: number): string | undefined {
  if (!Number.isFinite(value) || value <= 0) return undefined;
  const ms = value < SECONDS_BELOW ? value * 1000 : value;
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** The first readable time among candidates, else `now`. */
export function firstTime(now: Date, ...candidates: unknown[]): string {
  for (const c of candidates) {
    const iso = metaTimeToIso(c);
    if (iso) return iso;
  }
  return now.toISOString();
}
