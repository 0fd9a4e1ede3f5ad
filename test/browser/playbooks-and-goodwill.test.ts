// Guidelines in the browser: the playbook for a tagged conversation, shown as text, and a goodwill gesture
// above the agent's limit that a lead approves from their own browser while the agent watches it change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { inboxRow, screenshot, shows, startBrowserWorld, type Agent, type BrowserWorld } from './support/browser-world.ts';

describe('playbooks and goodwill in the browser', () => {
  let world: BrowserWorld;
  let ana: Page;
  let conversationId = '';
  const lea: Agent = { id: '', email: 'lea@example.test', password: 'lea-password-1', name: 'Lea Lead' };
  const HOSTILE_LINE = '<img src=x onerror="document.title=\'pwned\'"><b>not bold</b>';

  const thread = (p: Page) => p.getByRole('region', { name: 'Messages' });
  const goodwill = (p: Page) => p.getByRole('region', { name: 'Goodwill' });

  beforeAll(async () => {
    world = await startBrowserWorld();
    const api = world.server.api;
    expect((await api('/api/v1/goodwill/limits/agent', { method: 'PUT', json: { limits: [{ currency: 'EUR', maxAmountMinor: 5000 }] } })).status).toBe(200);
    const leaRes = await api('/api/v1/users', { method: 'POST', json: { email: lea.email, name: lea.name, role: 'lead', password: lea.password } });
    expect(leaRes.status).toBe(201);
    lea.id = (await leaRes.json() as { id: string }).id;
    const playbook = await api('/api/v1/playbooks', {
      method: 'POST', json: { title: 'Late parcels', body: `Check the carrier's tracking first.\nOffer up to 10 EUR for a delay over a week.\n${HOSTILE_LINE}`, tag: 'shipping' },
    });
    expect(playbook.status).toBe(201);
    await world.deliver([
      { id: 'g-1', thread: 'late', text: 'My parcel is two weeks late', from: { id: 'mila', name: 'Mila Berzina', handle: 'mila' } },
      { id: 'g-2', thread: 'size', text: 'Do you have this jacket in blue', from: { id: 'juris', name: 'Juris Kalns', handle: 'juris' } },
    ]);
    conversationId = (await world.conversationWith('two weeks late')).id;
    expect((await api(`/api/v1/conversations/${conversationId}/tags`, { method: 'POST', json: { add: ['shipping'] } })).status).toBe(200);
    ({ page: ana } = await world.newPage(world.ana));
  }, 120_000);
  afterAll(async () => {
    await world?.close();
  });

  it('shows the playbook on a tagged conversation, as text, and none on an untagged one', async () => {
    await inboxRow(ana, 'Juris Kalns').first().click();
    await shows(thread(ana).getByText('Do you have this jacket in blue'));
    expect(await ana.getByRole('region', { name: 'Playbook' }).count()).toBe(0);

    await inboxRow(ana, 'Mila Berzina').first().click();
    await shows(thread(ana).getByText('My parcel is two weeks late'));
    const panel = await shows(ana.getByRole('region', { name: 'Playbook' }));
    await shows(panel.getByRole('heading', { name: 'Late parcels' }));
    await shows(panel.getByText('Applies: tagged “shipping”'));
    const body = panel.locator('.playbook-body');
    expect(await body.innerText()).toContain('Offer up to 10 EUR for a delay over a week.');
    expect(await body.innerText()).toContain(HOSTILE_LINE);
    expect(await body.locator('img, b').count()).toBe(0);
    expect(await ana.title()).not.toBe('pwned');
    await screenshot(ana, 'playbook-1280x800');
  });

  it('grants a gesture within the agent\'s limit at once', async () => {
    await goodwill(ana).getByRole('button', { name: 'Goodwill…' }).click();
    const dialog = await shows(ana.getByRole('dialog', { name: 'Goodwill gesture' }));
    await shows(dialog.getByText('You may give up to 50.00 EUR on your own'));
    await dialog.getByLabel('Amount').fill('15');
    await dialog.getByLabel('Reason (the team reads it)').fill('Delivery fee back for the delay');
    await dialog.getByRole('button', { name: 'Record gesture' }).click();
    await shows(dialog.getByRole('status').filter({ hasText: 'Granted.' }));
    await dialog.getByRole('button', { name: 'Done' }).click();
    await ana.getByRole('dialog').waitFor({ state: 'hidden' });
    await shows(goodwill(ana).locator('[data-status="granted"]').filter({ hasText: '15.00 EUR' }));
    await shows(thread(ana).locator('.message-note').filter({ hasText: 'Goodwill granted: 15.00 EUR' }));
  });

  it('sends a gesture above the limit to a lead, who approves it in another browser while the agent watches', async () => {
    await goodwill(ana).getByRole('button', { name: 'Goodwill…' }).click();
    const dialog = await shows(ana.getByRole('dialog', { name: 'Goodwill gesture' }));
    await dialog.getByLabel('Amount').fill('80,00');
    await dialog.getByLabel('Reason (the team reads it)').fill('Second late parcel this month');
    await dialog.getByRole('button', { name: 'Record gesture' }).click();
    const sent = await shows(dialog.getByRole('status').filter({ hasText: 'Sent to a lead.' }));
    expect(await sent.innerText()).toContain('80.00 EUR is above your limit of 50.00 EUR');
    await screenshot(ana, 'goodwill-sent-to-lead-1280x800');
    await dialog.getByRole('button', { name: 'Done' }).click();
    const waiting = await shows(goodwill(ana).locator('[data-status="pending"]').filter({ hasText: '80.00 EUR' }));
    expect(await waiting.innerText()).toContain('Waiting for a lead');
    // The agent may not decide their own request: there is nothing to click.
    expect(await waiting.getByRole('button', { name: 'Approve' }).count()).toBe(0);

    const { page: leaPage } = await world.newPage(lea);
    const bell = await shows(leaPage.getByRole('button', { name: 'Notifications, 1 unread' }));
    await bell.click();
    const item = await shows(leaPage.getByRole('region', { name: 'Notifications' }).getByRole('button', { name: /asks you to approve goodwill of 80.00 EUR/ }));
    expect(await item.locator('.notification-kind').textContent()).toBe('Goodwill');
    await item.click();
    await leaPage.waitForURL(`**/#/conversations/${conversationId}`);
    const pending = await shows(goodwill(leaPage).locator('[data-status="pending"]').filter({ hasText: '80.00 EUR' }));
    await pending.getByLabel('Note for the agent').fill('Loyal customer, go ahead');
    await screenshot(leaPage, 'goodwill-lead-decides-1280x800');
    await pending.getByRole('button', { name: 'Approve' }).click();
    await shows(goodwill(leaPage).locator('[data-status="approved"]').filter({ hasText: 'Approved by Lea Lead' }));

    // The agent's page changes by itself, through the stream.
    const approved = await shows(goodwill(ana).locator('[data-status="approved"]').filter({ hasText: '80.00 EUR' }));
    expect(await approved.innerText()).toContain('Approved by Lea Lead');
    expect(await approved.innerText()).toContain('Loyal customer, go ahead');
    await shows(thread(ana).locator('.message-note').filter({ hasText: 'Goodwill of 80.00 EUR approved by Lea Lead: Loyal customer, go ahead' }));
    await shows(ana.getByRole('button', { name: 'Notifications, 1 unread' }));
    await screenshot(ana, 'goodwill-approved-1280x800');

    const list = await (await world.server.api(`/api/v1/goodwill/requests?conversationId=${conversationId}`)).json() as { items: { amountMinor: number; status: string; decidedBy: string | null }[] };
    expect(list.items.map((r) => [r.amountMinor, r.status])).toEqual([[8000, 'approved'], [1500, 'granted']]);
    expect(list.items[0]!.decidedBy).toBe(lea.id);
  });
});
