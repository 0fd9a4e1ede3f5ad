// Saved views in the browser: a lead shares a view, a colleague sees it with a count that keeps up
// with new messages, applies it in one click, and cannot delete what the team shares.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { inboxRow, screenshot, shows, disappears, startBrowserWorld, type BrowserWorld } from './support/browser-world.ts';

describe('saved views', () => {
  let world: BrowserWorld;
  let ada: Page;
  let ana: Page;
  const viewButton = (page: Page) => page.getByRole('navigation', { name: 'Saved views' }).getByRole('button', { name: /^Waiting\b/ });
  const countOf = async (page: Page) => Number((await viewButton(page).locator('.saved-view-count').innerText()).trim());

  beforeAll(async () => {
    world = await startBrowserWorld();
    await world.deliver([
      { id: 'sv-1', text: 'Where is my parcel?', from: { id: 'p1', name: 'Pia' } },
      { id: 'sv-2', text: 'Can I change my seat?', from: { id: 'p2', name: 'Per' } },
    ]);
    ({ page: ada } = await world.newPage(world.admin));
    ({ page: ana } = await world.newPage(world.ana));
  }, 120_000);
  afterAll(async () => { await world?.close(); });

  it('saves the current filters as a view shared with the team, with its count', async () => {
    await ada.getByRole('button', { name: 'Filters', exact: true }).click();
    await ada.getByLabel('Assigned to').selectOption('unassigned');
    await ada.getByRole('button', { name: 'Save view' }).click();
    await ada.getByLabel('View name').fill('Waiting');
    await ada.getByLabel('Share with the team').check();
    await ada.getByRole('button', { name: 'Save', exact: true }).click();
    await shows(viewButton(ada));
    expect(await viewButton(ada).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => countOf(ada)).toBe(2);
  });

  it('shows the shared view to a colleague and keeps its count live', async () => {
    await shows(viewButton(ana));
    await expect.poll(() => countOf(ana)).toBe(2);
    await world.deliver([{ id: 'sv-3', text: 'My refund is late', from: { id: 'p3', name: 'Pam' } }]);
    await expect.poll(() => countOf(ana), { timeout: 15_000 }).toBe(3);
    // Agents cannot save shared views, so the option is not offered to them.
    await ana.getByRole('button', { name: 'Save view' }).click();
    expect(await ana.getByLabel('Share with the team').count()).toBe(0);
    await ana.getByRole('button', { name: 'Cancel' }).click();
  });

  it('applies the view in one click, and offers no delete on a shared view to an agent', async () => {
    expect(await viewButton(ana).getAttribute('aria-pressed')).toBe('false');
    await viewButton(ana).click();
    expect(await viewButton(ana).getAttribute('aria-pressed')).toBe('true');
    await shows(inboxRow(ana, 'My refund is late'));
    // The filter button says a filter is on ("Filters •"), and the panel shows which.
    await ana.getByRole('button', { name: /^Filters/ }).click();
    expect(await ana.getByLabel('Assigned to').inputValue()).toBe('unassigned');
    expect(await ana.getByRole('button', { name: 'Delete view Waiting' }).count()).toBe(0);
    await screenshot(ana, 'saved-views-1280x800');
  });

  it('filters by network across all of its accounts', async () => {
    const network = ana.getByLabel('Network');
    const options = await network.locator('option').allInnerTexts();
    expect(options[0]).toBe('All networks');
    await network.selectOption({ index: 1 });
    await shows(inboxRow(ana, 'My refund is late'));
    expect(await viewButton(ana).getAttribute('aria-pressed')).toBe('false');
  });

  it('removes a deleted view from every open page', async () => {
    await viewButton(ada).click();
    await ada.getByRole('button', { name: 'Delete view Waiting' }).click();
    await disappears(viewButton(ada));
    await disappears(viewButton(ana));
  });
});
