import { afterEach, describe, expect, it } from 'vitest';
import type { SendContext } from '../channel-adapter.ts';
import { createMemoryBus } from '../../realtime/event-bus.ts';
import type { XPerson } from './activity-deliveries.ts';
import type { XSettings } from './config.ts';
import { startXEmulator, type XEmulator } from './emulator.ts';
import { MAX_PAGES_PER_FEED, PAGE_SIZE } from './poll-feeds.ts';
import { backfillX } from './backfill.ts';
import { snowflakeAt, timeOfSnowflake } from './snowflake.ts';

const CREDENTIALS = {
  consumerKey: 'ck-backfill', consumerSecret: 'cs-backfill-secret', accessToken: '1498765432109876543-BackfillToken', accessTokenSecret: 'ats-backfill',
};
const BRAND: XPerson = { id: '1498765432109876543', screenName: 'NordaAir', name: 'Norda Air' };
const ELIF: XPerson = { id: '1344556677889900032', screenName: 'elifyilmaz', name: 'Elif Yılmaz' };

let emulator: XEmulator;
afterEach(async () => { await emulator?.close(); });

const settings = (): XSettings => ({
  userId: BRAND.id, handle: BRAND.screenName, apiBaseUrl: emulator.url, credentials: CREDENTIALS, receive: 'webhooks', bearerToken: null, userToken: null,
});
const context = (): SendContext => ({ bus: createMemoryBus(), fetch, now: () => new Date() });

describe('backfilling X', () => {
  it('mints a since_id for a time: ids from then on are above it, earlier ones below', () => {
    const at = new Date('2026-11-24T10:00:00.000Z');
    expect(timeOfSnowflake(snowflakeAt(at))?.toISOString()).toBe(at.toISOString());
    expect(BigInt(snowflakeAt(new Date(at.getTime() - 1)))).toBeLessThan(BigInt(snowflakeAt(at)));
  });

  it('reads every page of mentions and DMs since the time, beyond what one poll reads, and nothing older', async () => {
    emulator = await startXEmulator({ credentials: CREDENTIALS, account: BRAND });
    const outageStart = new Date(Date.now() - 3600_000);
    const before = emulator.seedPost({ author: ELIF, text: '@NordaAir before the outage', at: new Date(outageStart.getTime() - 60_000) });
    const count = MAX_PAGES_PER_FEED * PAGE_SIZE + 20;
    for (let i = 0; i < count; i++) {
      emulator.seedPost({ author: ELIF, text: `@NordaAir missed mention ${i}`, at: new Date(outageStart.getTime() + 1000 + i) });
    }
    const dm = emulator.seedDirectMessage({ from: ELIF, to: BRAND, text: 'missed DM: rezervasyonum nerede?', at: new Date(outageStart.getTime() + 5000) });
    const result = await backfillX(settings(), outageStart.toISOString(), context());
    expect(result.isComplete).toBe(true);
    const ids = new Set(result.events.map((e) => e.externalId));
    expect(result.events.filter((e) => e.visibility === 'public')).toHaveLength(count);
    expect(ids.has(dm)).toBe(true);
    expect(ids.has(before)).toBe(false);
  });
});
