// Channel health in the browser: a failing X account shows in the header and in the Channels
// dialog with the reason; a lead checks it again once fixed; an agent sees the state but no actions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, shows, startBrowserWorld, type BrowserWorld } from './support/browser-world.ts';
import { startXEmulator, type XEmulator } from '../../src/channels/x/emulator.ts';
import type { EmulatedWebhook } from '../../src/channels/x/emulator-account.ts';

const CREDENTIALS = {
  consumerKey: 'norda-consumer-key', consumerSecret: 'norda-consumer-secret-0123456789',
  accessToken: '1498765432109876543-NordaAccessToken', accessTokenSecret: 'norda-access-token-secret',
};
const BEARER = 'AAAAAAAAAAAAAAAAAAAAANordaAppBearer';
const BRAND = { id: '1498765432109876543', screenName: 'NordaAir', name: 'Norda Air' };

describe('channel health', () => {
  let world: BrowserWorld;
  let emulator: XEmulator;
  let webhook: EmulatedWebhook;
  let ada: Page;

  const card = (page: Page, name: string) => page.getByRole('article', { name });

  beforeAll(async () => {
    world = await startBrowserWorld();
    emulator = await startXEmulator({ credentials: CREDENTIALS, account: BRAND, bearerToken: BEARER });
    const res = await world.server.api('/api/v1/channels', {
      method: 'POST',
      json: { network: 'x', name: 'Norda Air on X', config: { userId: BRAND.id, handle: '@NordaAir', ...CREDENTIALS, bearerToken: BEARER, apiBaseUrl: emulator.url } },
    });
    const channelId = (await res.json() as { id: string }).id;
    webhook = emulator.registerWebhook(`${world.server.url}/webhooks/x/${channelId}`, { subscribed: false });
    expect((await world.server.api(`/api/v1/channels/${channelId}/health-check`, { method: 'POST' })).status).toBe(200);
    ({ page: ada } = await world.newPage(world.admin));
  }, 120_000);
  afterAll(async () => {
    await world?.close();
    await emulator?.close();
  });

  it('flags the failing channel in the header and explains it in the Channels dialog', async () => {
    const button = ada.getByRole('button', { name: /^Channels/ });
    await shows(button.getByLabel('1 failing'));
    await button.click();
    const x = card(ada, 'Norda Air on X');
    await shows(x.getByText('Failing', { exact: true }));
    await shows(x.getByRole('list', { name: 'Problems with Norda Air on X' }).getByText(/not subscribed to webhook/));
    await shows(card(ada, 'Shop backend'));
    await screenshot(ada, 'channel-health-failing');
  });

  it('checks again on request and shows the channel working', async () => {
    webhook.subscribed = true;
    const x = card(ada, 'Norda Air on X');
    await x.getByRole('button', { name: 'Check now' }).click();
    await shows(x.getByText('Working', { exact: true }));
    await shows(x.getByText('Subscribed', { exact: true }));
    await ada.getByRole('button', { name: 'Close' }).click();
    await shows(ada.getByRole('button', { name: 'Channels', exact: true }));
  });

  it('shows an agent the state without the actions', async () => {
    const { page: ana } = await world.newPage(world.ana);
    await ana.getByRole('button', { name: /^Channels/ }).click();
    const x = card(ana, 'Norda Air on X');
    await shows(x.getByText('Working', { exact: true }));
    expect(await x.getByRole('button', { name: 'Check now' }).count()).toBe(0);
    expect(await x.getByRole('button', { name: /Fetch/ }).count()).toBe(0);
  });
});
