// Meta care in a real browser: a lead's list of messaging windows closing soon, and a Messenger
// reply's receipts shown on the message as they arrive.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { inboxRow, screenshot, shows, startBrowserWorld, type BrowserWorld } from './support/browser-world.ts';
import { customerMessage, deliveryReceipt, entry, pageDelivery, readReceipt, startGraphEmulator, type GraphEmulator } from '../../src/channels/meta/emulator.ts';

const PAGE_ID = '2200000000000001';
const APP_SECRET = 'b0a710ad0123456789abcdef01234567';
const HOUR = 3_600_000;

describe('Meta care in the browser', () => {
  let world: BrowserWorld;
  let graph: GraphEmulator;
  let page: Page;
  let hook = '';

  const say = async (customerId: string, text: string, hoursAgo: number) => {
    const at = new Date(Date.now() - hoursAgo * HOUR);
    const res = await graph.deliver(hook, pageDelivery(entry(PAGE_ID, at, { messaging: [
      customerMessage({ ownId: PAGE_ID, customerId, mid: `m_browser_${customerId}`, text, timestamp: at }),
    ] })), APP_SECRET);
    expect(res.status).toBe(200);
  };

  beforeAll(async () => {
    world = await startBrowserWorld();
    graph = await startGraphEmulator();
    const res = await world.server.api('/api/v1/channels', { method: 'POST', json: { network: 'facebook', name: 'Shop Page', config: {
      pageId: PAGE_ID, pageAccessToken: 'EAAbrowser', appSecret: APP_SECRET, verifyToken: 'v', graphApiBaseUrl: graph.url,
    } } });
    expect(res.status).toBe(201);
    hook = `${world.server.url}/webhooks/facebook/${(await res.json() as { id: string }).id}`;
    await say('41001', 'Sveiki, kur ir mans pasūtījums?', 23);
    await say('41002', 'Посылка не пришла', 20);
    await say('41003', 'Just wrote, plenty of time', 1);
    ({ page } = await world.newPage(world.admin));
  }, 120_000);
  afterAll(async () => {
    await world?.close();
    await graph?.close();
  });

  it('lists the windows closing soonest first with the time left, and opens one', async () => {
    await page.getByRole('button', { name: 'Windows closing' }).click();
    const dialog = await shows(page.getByRole('dialog', { name: 'Messaging windows closing' }));
    const list = await shows(dialog.getByRole('list', { name: 'Threads whose window closes soonest first' }));
    const items = list.getByRole('listitem');
    await shows(items.nth(1));
    expect(await items.count()).toBe(2);
    expect(await items.nth(0).innerText()).toContain('Sveiki, kur ir mans pasūtījums?');
    expect(await items.nth(0).innerText()).toMatch(/(59m|1h) left/);
    expect(await items.nth(1).innerText()).toMatch(/[34]h left/);
    expect(await items.nth(1).innerText()).toContain('24-hour window');
    await screenshot(page, 'windows-closing-1280x800');

    await dialog.getByRole('combobox').selectOption('P1D');
    await shows(dialog.getByText('Just wrote, plenty of time'));
    await dialog.getByRole('button', { name: /Sveiki, kur ir mans pasūtījums/ }).click();
    await shows(page.getByRole('region', { name: 'Messages' }).getByText('Sveiki, kur ir mans pasūtījums?'));
  });

  it('shows a Messenger reply delivered, then read, as the receipts arrive', async () => {
    await inboxRow(page, 'Посылка не пришла').first().click();
    const thread = page.getByRole('region', { name: 'Messages' });
    await shows(thread.getByText('Посылка не пришла'));
    await page.getByLabel('Reply to the customer').fill('Уже проверяем 📦');
    await page.getByRole('button', { name: /^Send/ }).first().click();
    await shows(thread.getByText('Sent ✓'));
    const mid = String((graph.accepted.at(-1)!.response as { message_id: string }).message_id);

    await graph.deliver(hook, pageDelivery(entry(PAGE_ID, new Date(), { messaging: [deliveryReceipt({ ownId: PAGE_ID, customerId: '41002', mids: [mid], watermark: new Date() })] })), APP_SECRET);
    await shows(thread.getByText('Delivered ✓✓'));
    await graph.deliver(hook, pageDelivery(entry(PAGE_ID, new Date(), { messaging: [readReceipt({ ownId: PAGE_ID, customerId: '41002', watermark: new Date() })] })), APP_SECRET);
    await shows(thread.getByText('Read ✓✓'));
  });

  it('keeps the list from agents', async () => {
    const { page: agentPage } = await world.newPage(world.ana);
    await shows(agentPage.getByRole('button', { name: 'Shortcuts' }));
    expect(await agentPage.getByRole('button', { name: 'Windows closing' }).count()).toBe(0);
  });
});
