// Files on a reply in the browser: picked, uploaded, removable, refused before upload when the
// server would refuse them, and sent as links the customer's side can fetch.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { inboxRow, screenshot, shows, disappears, startBrowserWorld, type BrowserWorld } from './support/browser-world.ts';

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('a tiny picture')]);

describe('attachments in the composer', () => {
  let world: BrowserWorld;
  let page: Page;
  const chips = () => page.getByRole('list', { name: 'Files to send' }).getByRole('listitem');

  beforeAll(async () => {
    world = await startBrowserWorld();
    await world.deliver([{ id: 'a-1', text: 'The mug arrived broken', from: { id: 'rita', name: 'Rita Ozola' }, visibility: 'private' }]);
    ({ page } = await world.newPage(world.admin));
    await inboxRow(page, 'The mug arrived broken').first().click();
    await shows(page.getByLabel('Reply to the customer'));
  }, 120_000);
  afterAll(async () => { await world?.close(); });

  it('refuses a type the server would refuse before uploading it', async () => {
    await page.getByLabel('Attach files').setInputFiles({ name: 'drawing.svg', mimeType: 'image/svg+xml', buffer: Buffer.from('<svg onload="alert(1)"/>') });
    await shows(chips().filter({ hasText: 'not attached' }));
    expect(await chips().first().getByRole('alert').innerText()).toContain('cannot be attached');
    await page.getByRole('button', { name: 'Remove drawing.svg' }).click();
    await disappears(chips());
  });

  it('uploads picked files, lets one be removed, and sends the rest with the reply', async () => {
    await page.getByLabel('Attach files').setInputFiles([
      { name: 'broken-mug.png', mimeType: 'image/png', buffer: PNG },
      { name: 'wrong.png', mimeType: 'image/png', buffer: PNG },
    ]);
    await shows(chips().filter({ hasText: 'broken-mug.png' }).filter({ hasText: 'B' }));
    await expect.poll(() => chips().filter({ hasText: 'uploading' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Remove wrong.png' }).click();
    await page.getByLabel('Reply to the customer').fill('So sorry, Rita. A new mug is on its way.');
    await screenshot(page, 'composer-attachments-1280x800');
    await page.getByRole('button', { name: 'Send private reply' }).click();
    const sent = page.locator('.message-out').filter({ hasText: 'A new mug is on its way' });
    await shows(sent.getByText('Sent ✓'));
    await shows(sent.getByRole('link', { name: 'broken-mug.png' }));
    expect(await chips().count()).toBe(0);
    const [delivery] = await world.receiver.waitFor(1);
    const { attachments } = delivery!.body as { attachments: { name: string; url: string }[] };
    expect(attachments.map((a) => a.name)).toEqual(['broken-mug.png']);
    const fetched = await fetch(attachments[0]!.url);
    expect(Buffer.from(await fetched.arrayBuffer())).toEqual(PNG);
  });
});
