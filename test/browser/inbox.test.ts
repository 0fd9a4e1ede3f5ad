// The agent's inbox in a real browser: signing in, messages arriving live, keyboard work, a long list.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { inboxRow, screenshot, shows, signIn, startBrowserWorld, switchWorkspace, waitForWorkspace, type BrowserWorld, releaseFocus } from './support/browser-world.ts';
import { createWorkspace } from '../../src/store/repositories/workspaces.ts';
import { addMembership } from '../../src/store/repositories/users.ts';
import { seedWorkspace } from '../../src/store/seed/index.ts';
import { createApiToken } from '../../src/care/create-api-token.ts';
import { signBody } from '../../src/channels/api/index.ts';

describe('the inbox in the browser', () => {
  let world: BrowserWorld;
  let page: Page;

  beforeAll(async () => {
    world = await startBrowserWorld();
    await world.deliver([
      { id: 'seed-1', text: 'My order never arrived, this is urgent!', from: { id: 'c-1', name: 'Jonas Berg', handle: 'jonas' } },
      { id: 'seed-2', text: 'Do you ship to Latvia?', from: { id: 'c-2', name: 'Ilze Ozola', handle: 'ilze' }, visibility: 'private' },
      { id: 'seed-3', text: 'Thanks, all good now 🙂', from: { id: 'c-3', name: 'Sam Lee', handle: 'sam' } },
    ]);
    ({ page } = await world.newPage(world.admin));
  }, 120_000);
  afterAll(async () => {
    await world?.close();
  });

  it('refuses a wrong password and signs in with the right one', async () => {
    const context = await world.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const fresh = await context.newPage();
    await fresh.goto(world.server.url);
    await fresh.getByLabel('Email').fill(world.admin.email);
    await fresh.getByLabel('Password').fill('not the password');
    await fresh.getByRole('button', { name: 'Sign in' }).click();
    expect(await (await shows(fresh.getByRole('alert'))).innerText()).toBe('Wrong email or password.');
    await signIn(fresh, world.server.url, world.admin);
    await shows(inboxRow(fresh, 'My order never arrived'));
    await fresh.reload();
    await shows(inboxRow(fresh, 'My order never arrived'));
    await context.close();
  });

  it('shows a message that arrives while the page is open, without a reload', async () => {
    await shows(page.getByText('Live', { exact: true }));
    await page.evaluate(() => { (window as unknown as { stillTheSamePage: boolean }).stillTheSamePage = true; });
    await world.deliver([{ id: 'live-1', text: 'Is anyone there? Parcel 4411 is lost', thread: 'nora-4411', from: { id: 'c-live', name: 'Nora Live', handle: 'nora' } }]);
    const row = await shows(inboxRow(page, 'Parcel 4411 is lost'));
    expect(await row.innerText()).toContain('Nora Live');
    // A second message in the same thread updates its row in place.
    await world.deliver([{ id: 'live-2', text: 'Hello?? Still waiting on 4411', thread: 'nora-4411', from: { id: 'c-live', name: 'Nora Live', handle: 'nora' } }]);
    await shows(inboxRow(page, 'Still waiting on 4411'));
    expect(await inboxRow(page, 'Nora Live').count()).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { stillTheSamePage?: boolean }).stillTheSamePage)).toBe(true);
    await screenshot(page, 'inbox-1280x800');
  });

  it('moves with j and k, opens with Enter, and shows the shortcuts with ?', async () => {
    await releaseFocus(page);
    const selected = page.locator('[role="option"][aria-selected="true"]');
    await page.keyboard.press('j');
    const first = await (await shows(selected)).getAttribute('data-conversation-id');
    await page.keyboard.press('j');
    const second = await selected.getAttribute('data-conversation-id');
    expect(second).not.toBe(first);
    await page.keyboard.press('k');
    expect(await selected.getAttribute('data-conversation-id')).toBe(first);
    await page.keyboard.press('j');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/#/conversations/${second}`);
    await shows(page.getByRole('region', { name: 'Messages' }));
    await page.keyboard.press('r');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await page.keyboard.press('Escape');
    await page.keyboard.press('?');
    await shows(page.getByRole('heading', { name: 'Keyboard shortcuts' }));
    await page.keyboard.press('Escape');
    await page.getByRole('heading', { name: 'Keyboard shortcuts' }).waitFor({ state: 'hidden' });
  });

  it('filters the list and keeps a live update out of a list it does not match', async () => {
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    await page.getByLabel('Assigned to').selectOption('me');
    await shows(page.getByText('No conversations here'));
    await world.deliver([{ id: 'live-3', text: 'Filtered-away question', from: { id: 'c-other', name: 'Otto' } }]);
    await page.waitForTimeout(500);
    expect(await inboxRow(page, 'Filtered-away question').count()).toBe(0);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await shows(inboxRow(page, 'Filtered-away question'));
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
  });

  it('keeps 10,000 conversations in a windowed list, paging in more on scroll, and scrolls smoothly', { timeout: 90_000 }, async () => {
    // Seeded straight into the store in its own workspace: ingesting 10,000 webhooks would only test ingest.
    const { store, secretBox } = world.server.server.services;
    const big = await createWorkspace(store.db, 'Big brand');
    await addMembership(store.db, { workspaceId: big.id, userId: world.admin.id, role: 'admin', skills: [] });
    const total = 10_000;
    await seedWorkspace(store, { conversations: total, secretBox, workspaceId: big.id, seed: 3 });
    const { token } = await createApiToken(store.db, { workspaceId: big.id, name: 'big', scopes: ['admin'], createdBy: world.admin.id });
    const channelRes = await fetch(`${world.server.url}/api/v1/channels`, {
      method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ network: 'api', name: 'Big shop', config: { deliveryUrl: world.receiver.url } }),
    });
    const channel = await channelRes.json() as { id: string; secret: string };

    await page.reload();
    await switchWorkspace(page, 'Big brand');
    await page.getByRole('combobox', { name: 'Status' }).selectOption('all');
    const list = page.getByRole('listbox', { name: 'Conversations' });
    await shows(list.getByRole('option'));
    const counter = page.locator('.inbox-count');
    const loaded = async () => Number((await counter.innerText()).match(/\d+/)?.[0] ?? 0);
    const hasMore = async () => (await counter.innerText()).includes('+');
    // Bounded by time, not by scroll count: on a loaded machine each page takes longer to arrive.
    const until = Date.now() + 45_000;
    while (Date.now() < until && ((await loaded()) < total || (await hasMore()))) {
      await list.evaluate((element) => { element.scrollTop = element.scrollHeight; });
      await page.waitForTimeout(50);
    }
    // Every page arrives: 10,000 rows, nothing left to fetch.
    expect(await loaded()).toBe(total);
    expect(await hasMore()).toBe(false);
    // However long the list, only the rows in view (and a small margin) are in the page.
    expect(await list.getByRole('option').count()).toBeLessThan(40);
    const frameTimes = await list.evaluate(async (element) => {
      const times: number[] = [];
      let last = performance.now();
      for (let i = 0; i < 60; i++) {
        element.scrollTop = (element.scrollHeight * i) / 60;
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const now = performance.now();
        times.push(now - last);
        last = now;
      }
      return times.sort((a, b) => a - b);
    });
    // The median frame while jumping through the whole list stays well under a tenth of a second.
    expect(frameTimes[30]).toBeLessThan(100);
    await list.evaluate((element) => { element.scrollTop = 0; });
    await inboxRow(page, '').first().click();
    await shows(page.getByLabel('Reply to the customer'));
    await page.getByText('Why this priority').click();
    await shows(page.locator('.priority-explanation li'));
    await screenshot(page, 'seeded-workspace-1280x800');

    // A live message still finds its place in a list this long.
    const raw = JSON.stringify({ events: [{ id: 'big-live', text: 'One more after ten thousand', from: { id: 'late', name: 'Late Comer' } }] });
    await fetch(`${world.server.url}/webhooks/api/${channel.id}`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-parley-signature': signBody(channel.secret, raw) }, body: raw,
    });
    await expect.poll(loaded, { timeout: 10_000 }).toBe(total + 1);
  });

  it('switches to another workspace the agent belongs to, with its own inbox', async () => {
    const { db } = world.server.server.services.store;
    const other = await createWorkspace(db, 'Second brand');
    await addMembership(db, { workspaceId: other.id, userId: world.admin.id, role: 'admin', skills: [] });
    const { page: second } = await world.newPage(world.admin);
    await switchWorkspace(second, 'My brand');
    await shows(inboxRow(second, 'My order never arrived'));
    // While the switch is in flight the old workspace's screens are locked, so that a filter or a
    // reply chosen meanwhile cannot land in a workspace about to be replaced.
    let release = () => {};
    const held = new Promise<void>((resolve) => { release = resolve; });
    await second.route('**/api/v1/auth/workspace', async (route) => { await held; await route.continue(); });
    await second.getByLabel('Workspace').selectOption({ label: 'Second brand' });
    await second.waitForSelector('main.workspace[aria-busy="true"][inert]');
    expect(await second.getByLabel('Workspace').isDisabled()).toBe(true);
    release();
    await waitForWorkspace(second, 'Second brand');
    await shows(second.getByText('No conversations here'));
    expect(await inboxRow(second, 'My order never arrived').count()).toBe(0);
    await shows(second.getByText('Live', { exact: true }));
    const me = await second.evaluate(async () => (await fetch('/api/v1/me')).json() as Promise<{ workspaceId: string }>);
    expect(me.workspaceId).toBe(other.id);
  });
});
