// X's snowflake ids: a creation time in the top bits, which is why they outgrow JavaScript numbers.
//
// Layout (X's "Twitter IDs" page, https://developer.x.com/en/docs/twitter-ids): milliseconds since
// the Twitter epoch 1288834974657 shifted left by 22 bits, then worker and sequence numbers. BigInt
// keeps every digit; a JavaScript number would round ids above 2^53.

const TWITTER_EPOCH_MS = 1288834974657n;
const ONE_DAY_MS = 86_400_000n;

/** When a snowflake id was minted, or null for the small pre-2010 ids that carry no time. */
export function timeOfSnowflake(id: string): Date | null {
  if (!/^\d{1,20}$/.test(id)) return null;
  const offset = BigInt(id) >> 22n;
  // Ids from before snowflakes (sequential, below about 3e10) decode to the epoch's first hours.
  if (offset < ONE_DAY_MS) return null;
  const date = new Date(Number(offset + TWITTER_EPOCH_MS));
  return Number.isNaN(date.getTime()) ? null : date;
}

let sequence = 0n;

/** A fresh snowflake-shaped id for the emulator: time-ordered and always above 2^53. */
export function mintSnowflake(now: Date = new Date()): string {
  sequence = (sequence + 1n) & 0xfffn;
  return (((BigInt(now.getTime()) - TWITTER_EPOCH_MS) << 22n) | (1n << 12n) | sequence).toString();
}

/** The smallest id X could have minted at `time`: as a since_id it reads everything from then on. */
export function snowflakeAt(time: Date): string {
  const offset = BigInt(time.getTime()) - TWITTER_EPOCH_MS;
  return (offset > 0n ? offset << 22n : 0n).toString();
}
