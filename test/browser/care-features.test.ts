// The care features in a real browser: the PII guard's refusal and its ways forward, public → private,
// the Listening view, masked numbers and moderation, edits, notifications from @mentions, escalation,
// and a lead's override of the PII guard.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { inboxRow, screenshot, shows, startBrowserWorld, type BrowserWorld } from './support/browser-world.ts';

describe('care features in the browser', () => {
  let world: BrowserWorld;
  let page: Page;
  const ids = { charged: '', customs: '' };

  const thread = (p: Page) => p.getByRole('region', { name: 'Messages' });
  const sentWith = (text: string, visibility: 'public' | 'private') =>
    world.receiver.delivered.some((d) => String(d.body.text).includes(text) && d.body.visibility === visibility);

  /** Opens a conversation by its row (found by customer name or snippet) and waits for a text in its thread. */
  async function open(p: Page, rowText: string, messageText = rowText): Promise<void> {
    await inboxRow(p, rowText).first().click();
    await shows(thread(p).getByText(messageText));
  }

  beforeAll(async () => {
    world = await startBrowserWorld();
    const brand = await world.server.api('/api/v1/listening/brand', { method: 'PUT', json: { handles: ['acme'], names: 'Acme' } });
    expect(brand.status).toBe(200);
    const rule = await world.server.api('/api/v1/listening/rules', { method: 'POST', json: { name: 'Refunds', query: 'refund*' } });
    expect(rule.status).toBe(201);
    const team = await world.server.api('/api/v1/teams', { method: 'POST', json: { name: 'Billing', memberIds: [world.ana.id] } });
    expect(team.status).toBe(201);
    await world.deliver([
      { id: 'p-1', thread: 'charged', text: 'I was charged twice for order 88', from: { id: 'mila', name: 'Mila Berzina', handle: 'mila' } },
      { id: 'p-2', thread: 'customs', text: 'My parcel 55 is stuck in customs', from: { id: 'oskar', name: 'Oskars Liepa', handle: 'oskars' } },
      { id: 'p-3', thread: 'masked', text: 'My card 4111 1111 1111 1111 was declined', from: { id: 'eva', name: 'Eva Kalna', handle: 'eva' } },
    ]);
    ids.charged = (await world.conversationWith('I was charged twice')).id;
    ids.customs = (await world.conversationWith('stuck in customs')).id;
    ({ page } = await world.newPage(world.admin));
  }, 120_000);
  afterAll(async () => {
    await world?.close();
  });

  it('refuses a public reply carrying a card number, shows where, and sends it privately instead', async () => {
    await open(page, 'I was charged twice');
    const composer = page.getByLabel('Reply to the customer');
    await composer.fill('Your card 4111 1111 1111 1111 is refunded.');
    await page.getByRole('button', { name: 'Send public reply' }).click();

    const refusal = await shows(page.getByRole('alert').filter({ hasText: 'Not sent.' }));
    expect(await refusal.innerText()).toContain('card number');
    expect(await refusal.locator('mark').innerText()).toContain('4111 1111 1111 1111');
    // An admin may post it anyway, with a reason; the draft is kept.
    await shows(refusal.getByRole('button', { name: 'Send anyway with a reason…' }));
    expect(await composer.inputValue()).toBe('Your card 4111 1111 1111 1111 is refunded.');
    expect(sentWith('4111', 'public')).toBe(false);
    await refusal.getByRole('button', { name: 'Select it in the reply' }).click();
    expect(await composer.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd))).toBe('4111 1111 1111 1111');
    await screenshot(page, 'pii-refusal-1280x800');

    await refusal.getByRole('button', { name: 'Send privately instead' }).click();
    // Sent as written; shown, like every card number in the agent view, masked until revealed.
    await shows(thread(page).locator('.message-out.message-private').filter({ hasText: 'Your card •••• •••• •••• 1111 is refunded.' }));
    await shows(thread(page).locator('.message-out.message-public').filter({ hasText: "We've sent you a private message" }));
    await shows(thread(page).getByRole('separator').filter({ hasText: 'Continued in private messages' }));
    expect(await page.getByRole('alert').filter({ hasText: 'Not sent.' }).count()).toBe(0);
    expect(await composer.inputValue()).toBe('');
    expect(await page.getByLabel('Send as').inputValue()).toBe('private');
    await expect.poll(() => sentWith('is refunded', 'private') && sentWith("We've sent you a private message", 'public'), { timeout: 10_000 }).toBe(true);
  });

  it('moves a public conversation to private with an edited public text and a first private message', async () => {
    await open(page, 'stuck in customs');
    await page.getByRole('button', { name: 'Move to private…' }).click();
    const dialog = await shows(page.getByRole('dialog', { name: 'Move to private' }));
    const publicText = dialog.getByLabel('Public reply (everyone can see it)');
    expect(await publicText.inputValue()).toBe("We've sent you a private message so we can look into this with your details.");
    await publicText.fill('Sent you a DM, Oskars.');
    await dialog.getByLabel('First private message (optional)').fill('Hi Oskars, which email did you order with?');
    await screenshot(page, 'move-to-private-1280x800');
    await dialog.getByRole('button', { name: 'Move to private' }).click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });

    const publicReply = await shows(thread(page).locator('.message-out.message-public').filter({ hasText: 'Sent you a DM, Oskars.' }));
    expect(await publicReply.innerText()).toContain('Public · everyone can see this');
    const privateReply = await shows(thread(page).locator('.message-out.message-private').filter({ hasText: 'which email did you order with?' }));
    expect(await privateReply.innerText()).toContain('Private message');
    await shows(thread(page).getByRole('separator').filter({ hasText: 'Continued in private messages' }));
    await expect.poll(() => sentWith('Sent you a DM', 'public') && sentWith('which email', 'private'), { timeout: 10_000 }).toBe(true);
  });

  it('shows what listening found only under Listening, labelled, until an agent replies', async () => {
    await world.deliver([{ id: 'l-1', thread: 'acme-refund', text: 'Acme never sends my refund', from: { id: 'rita', name: 'Rita Ozola', handle: 'rita' } }]);
    const views = page.getByRole('radiogroup', { name: 'Inbox view' });
    await views.getByRole('radio', { name: 'Listening' }).check();
    const row = await shows(inboxRow(page, 'Acme never sends my refund'));
    expect(await row.locator('.listening-chip').innerText()).toBe('About the brand');
    expect(await row.locator('.listening-chip').getAttribute('data-label')).toBe('about-brand');
    expect(await inboxRow(page, 'Oskars Liepa').count()).toBe(0);
    await views.getByRole('radio', { name: 'Care queue' }).check();
    await shows(inboxRow(page, 'Oskars Liepa'));
    expect(await inboxRow(page, 'Acme never sends my refund').count()).toBe(0);

    await views.getByRole('radio', { name: 'Listening' }).check();
    await open(page, 'Acme never sends my refund');
    await shows(page.getByText('replying moves it to the care queue'));
    await screenshot(page, 'listening-1280x800');

    await page.getByLabel('Reply to the customer').fill('Sorry to read this, Rita. We are looking into it now.');
    await page.getByRole('button', { name: 'Send public reply' }).click();
    await shows(thread(page).locator('.message-out').filter({ hasText: 'We are looking into it now.' }));
    await inboxRow(page, 'Rita Ozola').waitFor({ state: 'detached' });
    await views.getByRole('radio', { name: 'Care queue' }).check();
    await shows(inboxRow(page, 'Rita Ozola'));
  });

  it('fits the Listening view on a 390-px phone', async () => {
    await world.deliver([{ id: 'l-2', thread: 'acme-refund-2', text: 'Still no refund from Acme after a month', from: { id: 'juris', name: 'Juris Kalns', handle: 'juris' } }]);
    const phone = (await world.newPage(world.admin, { viewport: { width: 390, height: 844 } })).page;
    await phone.getByRole('radio', { name: 'Listening' }).check();
    await shows(inboxRow(phone, 'Still no refund from Acme'));
    expect(await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await screenshot(phone, 'listening-390x844');
    await phone.context().close();
  });

  it('masks a card number for everyone and reveals it in place for an admin; shows why a comment cannot be hidden', async () => {
    await page.getByRole('radio', { name: 'Care queue' }).check();
    await open(page, 'Eva Kalna', 'was declined');
    const message = await shows(thread(page).locator('.message-in').filter({ hasText: 'was declined' }));
    expect(await message.locator('.message-text').innerText()).toBe('My card •••• •••• •••• 1111 was declined');
    await message.getByRole('button', { name: 'Reveal the masked numbers' }).click();
    await shows(message.getByText('My card 4111 1111 1111 1111 was declined'));
    await shows(message.getByText('the reveal is recorded in the audit log'));

    await message.getByRole('button', { name: /Moderate/ }).click();
    await message.getByRole('button', { name: 'Hide on API' }).click();
    const refused = await shows(message.getByRole('alert'));
    expect(await refused.innerText()).toContain("api does not let a brand hide or delete a customer's message");
    await screenshot(page, 'reveal-and-moderate-1280x800');
    expect(await message.getByRole('button', { name: 'Hide on API' }).count()).toBe(0);
  });

  it("shows a customer's edit, removal and a moderation without hiding the text", async () => {
    const id = ids.customs;
    // The api channel has no edits; the Meta channels' edits reach the page in this same shape.
    await page.route(`**/api/v1/conversations/${id}`, async (route) => {
      const response = await route.fetch();
      const detail = await response.json() as { messages: Record<string, unknown>[] };
      detail.messages = detail.messages.map((m) => (m.direction === 'in'
        ? { ...m, editedAt: '2026-11-24T10:05:00.000Z', previousTexts: ['My parcel is stuck'], removedAt: '2026-11-24T10:07:00.000Z', moderation: 'hidden' }
        : m));
      await route.fulfill({ response, json: detail });
    });
    await page.evaluate((open) => { window.location.hash = `#/conversations/${open}`; }, id);
    await page.reload();
    const message = thread(page).locator('.message-in').filter({ hasText: 'My parcel 55 is stuck in customs' });
    await shows(message.getByText('Removed by the customer'));
    await shows(message.getByText('Hidden on API'));
    await message.getByText('Edited').click();
    await shows(message.getByRole('list', { name: 'Earlier texts, oldest first' }).getByText('My parcel is stuck'));
    await page.unroute(`**/api/v1/conversations/${id}`);
  });

  it('tells a mentioned agent with the bell, opens the conversation and marks it read; agents cannot override the PII guard (on a phone)', async () => {
    const { page: ana } = await world.newPage(world.ana, { viewport: { width: 390, height: 844 } });
    await shows(ana.getByText('Live', { exact: true }));
    const id = ids.charged;
    const note = await world.server.api(`/api/v1/conversations/${id}/notes`, { method: 'POST', json: { text: '@ana look at this refund' } });
    expect(note.status).toBe(201);

    const bell = await shows(ana.getByRole('button', { name: 'Notifications, 1 unread' }));
    expect(await bell.locator('.bell-count').innerText()).toBe('1');
    await bell.click();
    const item = await shows(ana.getByRole('region', { name: 'Notifications' }).getByRole('button', { name: /mentioned you/ }));
    expect(await item.evaluate((el) => el === document.activeElement)).toBe(true);
    await screenshot(ana, 'notifications-390x844');
    await item.click();
    await ana.waitForURL(`**/#/conversations/${id}`);
    await shows(ana.getByRole('button', { name: 'Notifications', exact: true }));
    const unread = await ana.evaluate(async () => (await fetch('/api/v1/notifications?unread=true')).json() as Promise<{ items: unknown[] }>);
    expect(unread.items).toEqual([]);

    await ana.getByLabel('Send as').selectOption('public');
    await ana.getByLabel('Reply to the customer').fill('Card 4111 1111 1111 1111 again?');
    await ana.getByRole('button', { name: 'Send public reply' }).click();
    const refusal = await shows(ana.getByRole('alert').filter({ hasText: 'Not sent.' }));
    expect(await refusal.getByRole('button', { name: 'Send anyway with a reason…' }).count()).toBe(0);
    await shows(refusal.getByRole('button', { name: 'Send privately instead' }));
    expect(await ana.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await screenshot(ana, 'pii-refusal-390x844');
    await ana.context().close();
  });

  it('escalates to a team with a required note', async () => {
    await open(page, 'Eva Kalna', 'was declined');
    await page.getByRole('button', { name: 'Escalate…' }).click();
    const dialog = await shows(page.getByRole('dialog', { name: 'Escalate to a team' }));
    const submit = dialog.getByRole('button', { name: 'Escalate', exact: true });
    await dialog.getByLabel('Team', { exact: true }).selectOption({ label: 'Billing' });
    expect(await submit.isDisabled()).toBe(true);
    await dialog.getByLabel('Note for the team (required)').fill('Card declined twice; needs a billing check.');
    await submit.click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await shows(thread(page).locator('.message-note').filter({ hasText: 'Escalated to Billing: Card declined twice' }));
  });

  it('lets an admin post what the PII guard stopped, with a reason', async () => {
    await page.getByLabel('Reply to the customer').fill('Confirmed: card 4111 1111 1111 1111 is blocked now.');
    await page.getByRole('button', { name: 'Send public reply' }).click();
    const refusal = await shows(page.getByRole('alert').filter({ hasText: 'Not sent.' }));
    await refusal.getByRole('button', { name: 'Send anyway with a reason…' }).click();
    const reason = refusal.getByLabel(/Why must this be public/);
    expect(await reason.evaluate((el) => el === document.activeElement)).toBe(true);
    await reason.fill('The customer posted it publicly first');
    await refusal.getByRole('button', { name: 'Send public reply anyway' }).click();
    await shows(thread(page).locator('.message-out.message-public').filter({ hasText: 'is blocked now.' }));
    await expect.poll(() => sentWith('is blocked now.', 'public'), { timeout: 10_000 }).toBe(true);
  });
});
