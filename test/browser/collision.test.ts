// Two agents on one conversation: presence, the banner when a colleague replies first, and the
// server's stale-view guard shown to the agent whose view fell behind.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { inboxRow, shows, startBrowserWorld, type BrowserWorld } from './support/browser-world.ts';

describe('two agents on one conversation', () => {
  let world: BrowserWorld;
  let ada: Page;
  let ana: Page;
  /** While true, the stream's events no longer reach Ada's page: her view goes stale. */
  let isAdaStreamPaused = false;

  async function open(page: Page, rowText: string): Promise<void> {
    await inboxRow(page, rowText).first().click();
    await shows(page.getByLabel('Reply to the customer'));
  }

  beforeAll(async () => {
    world = await startBrowserWorld();
    await world.deliver([
      { id: 'k-1', thread: 'late', text: 'My flight is cancelled, I am stranded!', from: { id: 'lina', name: 'Lina Traveller', handle: 'lina' } },
      { id: 'k-2', thread: 'shoes', text: 'Do these shoes come in size 44?', from: { id: 'tom', name: 'Tom Runner', handle: 'tom' } },
    ]);
    ({ page: ada } = await world.newPage(world.admin, {
      prepare: (context) => context.routeWebSocket(/\/api\/v1\/stream(\?.*)?$/, (socket) => {
        const server = socket.connectToServer();
        server.onMessage((message) => {
          if (!isAdaStreamPaused) socket.send(message);
        });
      }),
    }));
    ({ page: ana } = await world.newPage(world.ana));
  }, 120_000);
  afterAll(async () => {
    await world?.close();
  });

  it('shows who else is viewing and typing', async () => {
    await open(ada, 'I am stranded');
    await open(ana, 'I am stranded');
    await shows(ana.getByText('Ada Admin is viewing'));
    await shows(ada.getByText('Ana Agent is viewing'));
    await ada.getByLabel('Reply to the customer').pressSequentially('We are rebooking');
    await shows(ana.getByText('Ada Admin is typing…'));
  });

  it('holds a reply when a colleague answers first, until the agent has seen it', async () => {
    await ana.getByLabel('Reply to the customer').fill('Ana here: you are booked on the 18:40 flight.');
    await ana.getByRole('button', { name: 'Send public reply' }).click();

    const banner = await shows(ada.getByRole('alert').filter({ hasText: 'replied while you were writing' }));
    expect(await banner.innerText()).toContain('Ana Agent');
    await shows(ada.locator('.message-out').filter({ hasText: 'booked on the 18:40 flight' }));
    const send = ada.getByRole('button', { name: 'Send public reply' });
    expect(await send.isDisabled()).toBe(true);
    expect(await ada.getByLabel('Reply to the customer').inputValue()).toBe('We are rebooking');

    await banner.getByRole('button', { name: "I've seen it" }).click();
    expect(await send.isDisabled()).toBe(false);
    await ada.getByLabel('Reply to the customer').fill('Adding to Ana: the hotel voucher is in your DMs.');
    await send.click();
    await shows(ada.locator('.message-out').filter({ hasText: 'hotel voucher' }));
  });

  it('stops a reply sent on a stale view and says what changed', async () => {
    await open(ada, 'size 44');
    await shows(ada.getByText('Live', { exact: true }));
    isAdaStreamPaused = true;
    const { id } = await world.conversationWith('size 44');
    const tagged = await world.server.api(`/api/v1/conversations/${id}/tags`, { method: 'POST', json: { add: ['shipping'] } });
    expect(tagged.status).toBe(200);

    await ada.getByLabel('Reply to the customer').fill('Yes, size 44 is in stock.');
    await ada.getByRole('button', { name: 'Send public reply' }).click();
    const banner = await shows(ada.getByRole('alert').filter({ hasText: 'changed this conversation' }));
    expect(await banner.innerText()).toContain('tagged shipping');
    expect(await ada.getByRole('button', { name: 'Send public reply' }).isDisabled()).toBe(true);
    expect(world.receiver.delivered.some((d) => String(d.body.text).includes('size 44 is in stock'))).toBe(false);

    isAdaStreamPaused = false;
    await banner.getByRole('button', { name: "I've seen it" }).click();
    await ada.getByRole('button', { name: 'Send public reply' }).click();
    await shows(ada.locator('.message-out').filter({ hasText: 'size 44 is in stock' }));
  });
});
