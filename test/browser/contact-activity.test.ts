// The customer panel in a real browser shows what the customer did on X besides writing: a like of
// the brand's post and a follow, delivered by X's Account Activity webhook.
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Page } from 'playwright-core';
import { inboxRow, screenshot, shows, startBrowserWorld, type BrowserWorld } from './support/browser-world.ts';
import { deliverActivity, favoriteDelivery, followDelivery, postDelivery, type XPerson } from '../../src/channels/x/activity-deliveries.ts';
import { mintSnowflake } from '../../src/channels/x/snowflake.ts';

const CREDENTIALS = {
  consumerKey: 'norda-consumer-key', consumerSecret: 'norda-consumer-secret-0123456789',
  accessToken: '1498765432109876543-NordaAccessToken', accessTokenSecret: 'norda-access-token-secret',
};
const BRAND: XPerson = { id: '1498765432109876543', screenName: 'NordaAir', name: 'Norda Air' };
const JANIS: XPerson = { id: '1588123456789012480', screenName: 'janis_b', name: 'Jānis Bērziņš' };

describe('contact activity in the customer panel', () => {
  let world: BrowserWorld;
  let page: Page;

  beforeAll(async () => {
    world = await startBrowserWorld();
    const res = await world.server.api('/api/v1/channels', {
      method: 'POST',
      json: { network: 'x', name: 'Norda Air on X', config: { userId: BRAND.id, handle: '@NordaAir', ...CREDENTIALS, apiBaseUrl: 'http://127.0.0.1:9' } },
    });
    const channelId = (await res.json() as { id: string }).id;
    const deliver = (body: unknown) => deliverActivity(`${world.server.url}/webhooks/x/${channelId}`, CREDENTIALS.consumerSecret, body);
    await deliver(postDelivery({ brand: BRAND, author: JANIS, text: '@NordaAir kur ir mana soma? Lidojums NA 311' }));
    const hourAgo = new Date(Date.now() - 2 * 3_600_000);
    await deliver(favoriteDelivery(BRAND, JANIS, mintSnowflake(), hourAgo));
    await deliver(followDelivery(BRAND, JANIS, hourAgo));
    ({ page } = await world.newPage(world.admin));
  }, 120_000);
  afterAll(async () => {
    await world?.close();
  });

  it('shows that the customer liked the brand\'s post and follows it', async () => {
    await inboxRow(page, 'kur ir mana soma').first().click();
    const panel = page.getByRole('complementary', { name: 'Customer' });
    const activity = panel.getByRole('region', { name: 'Activity' });
    await shows(activity.getByText(/Follows you on X since/));
    await shows(activity.getByText('Liked your post'));
    await shows(activity.getByText('2h ago').first());
    await screenshot(page, 'contact-activity');
  });
});
