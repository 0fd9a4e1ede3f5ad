// Priority settings in the browser: only admins see them; an admin changes a weight, a bad one is refused with
// the reason, and the next message is scored with the new weight and explained in the conversation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { inboxRow, screenshot, shows, startBrowserWorld, type BrowserWorld } from './support/browser-world.ts';
import type { PrioritySettings } from '../../src/domain/priority-settings.ts';

describe('priority settings in the browser', () => {
  let world: BrowserWorld;
  let admin: Page;

  beforeAll(async () => {
    world = await startBrowserWorld();
    ({ page: admin } = await world.newPage(world.admin));
  }, 120_000);
  afterAll(async () => {
    await world?.close();
  });

  it('is not offered to an agent', async () => {
    const { page: ana } = await world.newPage(world.ana);
    await shows(ana.getByRole('button', { name: /Shortcuts/ }));
    expect(await ana.getByRole('button', { name: 'Priority settings' }).count()).toBe(0);
    await ana.close();
  });

  it('lets an admin change a weight, refusing one out of range with the reason', async () => {
    await admin.getByRole('button', { name: 'Priority settings' }).click();
    const dialog = await shows(admin.getByRole('dialog', { name: 'Priority settings' }));
    await shows(dialog.getByRole('group', { name: 'Followers' }).getByText('Off at 0 points'));
    expect(await dialog.getByLabel('Followers, most points').inputValue()).toBe('0');
    expect(await dialog.getByLabel('Goal for public messages (minutes)').inputValue()).toBe('60');

    await dialog.getByLabel('VIP').fill('150');
    await dialog.getByRole('button', { name: 'Save' }).click();
    const refusal = await shows(dialog.getByRole('alert'));
    expect(await refusal.innerText()).toContain('“VIP”');

    await dialog.getByLabel('VIP').fill('20');
    await dialog.getByLabel('Gold tier').fill('15');
    await dialog.getByLabel('Goal for public messages (minutes)').fill('30');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await shows(dialog.getByRole('status').filter({ hasText: 'Saved.' }));
    await screenshot(admin, 'priority-settings-1280x800');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await admin.getByRole('dialog').waitFor({ state: 'hidden' });

    const saved = await (await world.server.api('/api/v1/workspace/priority-settings')).json() as { settings: PrioritySettings };
    expect(saved.settings.customer.loyaltyTiers.gold).toBe(15);
    expect(saved.settings.customer.vip).toBe(20);
    expect(saved.settings.sla.firstResponseMinutes.public).toBe(30);
  });

  it('scores the next message with the new weight and explains it', async () => {
    await world.deliver([{ id: 'ps-1', thread: 'gold', text: 'Hello, quick question about my booking', from: { id: 'inese', name: 'Inese Gold', handle: 'inese' } }]);
    const first = await world.conversationWith('quick question');
    const patched = await world.server.api(`/api/v1/contacts/${first.contactId}`, { method: 'PATCH', json: { attributes: { loyaltyTier: 'gold', lifetimeValue: 4200 } } });
    expect(patched.status).toBe(200);
    await world.deliver([{ id: 'ps-2', thread: 'gold', text: 'Still waiting on the booking answer', from: { id: 'inese', name: 'Inese Gold', handle: 'inese' } }]);

    await inboxRow(admin, 'Still waiting on the booking').first().click();
    await admin.getByText('Why this priority').click();
    const loyalty = await shows(admin.locator('.priority-explanation li[data-factor="loyalty"]'));
    expect(await loyalty.innerText()).toMatch(/\+15\s+Loyalty\s+gold loyalty tier/);
    expect(await admin.locator('.priority-explanation li[data-factor="lifetime-value"]').innerText()).toContain('lifetime value 4,200');
  });
});
