// One conversation in a real browser: replying, notes, assigning, resolving, retrying, the customer
// panel, hostile customer text, and the phone layout.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { inboxRow, screenshot, shows, startBrowserWorld, type BrowserWorld, releaseFocus } from './support/browser-world.ts';

describe('a conversation in the browser', () => {
  let world: BrowserWorld;
  let page: Page;

  async function open(rowText: string, messageText = rowText): Promise<void> {
    await inboxRow(page, rowText).first().click();
    await shows(page.getByRole('region', { name: 'Messages' }).getByText(messageText));
  }

  beforeAll(async () => {
    world = await startBrowserWorld();
    await world.deliver([
      { id: 'c-1', thread: 'parcel', text: 'Where is my parcel? Order 1234 📦', from: { id: 'mila', name: 'Mila Berzina', handle: 'mila' } },
      { id: 'c-2', thread: 'refund', text: 'I want a refund for order 77', from: { id: 'oskar', name: 'Oskars Liepa', handle: 'oskars' } },
      { id: 'c-3', thread: 'hours', text: 'When do you open on Sunday?', from: { id: 'eva', name: 'Eva Kalna', handle: 'eva' } },
      { id: 'c-4', thread: 'blocked', text: 'Please DM me about my account', from: { id: 'pete', name: 'Pete Block', handle: 'pete' }, visibility: 'private' },
    ]);
    const signed = await world.server.api(`/api/v1/channels/${world.channelId}`, { method: 'PATCH', json: { settings: { signature: { public: 'initials' } } } });
    expect(signed.status).toBe(200);
    ({ page } = await world.newPage(world.admin));
  }, 120_000);
  afterAll(async () => {
    await world?.close();
  });

  it('sends a public reply, counts its characters, and shows it sent', async () => {
    await open('Where is my parcel?');
    const composer = page.getByLabel('Reply to the customer');
    await composer.fill('On its way — arriving tomorrow 🚚');
    // Counted in code points, as the api channel counts (the emoji is one character, not two),
    // with the initials the channel appends to public replies: 32 + " ^AA".
    expect(await page.locator('.char-count').innerText()).toContain('36 / 10,000');
    expect(await page.locator('.signature-preview').innerText()).toBe('Signed as ^AA');
    await page.getByRole('button', { name: 'Send public reply' }).click();
    const sent = page.locator('.message-out').filter({ hasText: 'On its way — arriving tomorrow 🚚' });
    await shows(sent.getByText('Sent ✓'));
    expect(await sent.innerText()).toContain('Public · everyone can see this');
    expect(await composer.inputValue()).toBe('');
    const [delivery] = await world.receiver.waitFor(1);
    expect(delivery!.body).toMatchObject({ text: 'On its way — arriving tomorrow 🚚 ^AA', visibility: 'public' });
  });

  it('adds an internal note that is told apart from replies and never sent', async () => {
    const before = world.receiver.delivered.length;
    await releaseFocus(page);
    await page.keyboard.press('n');
    await page.keyboard.type('Customer called twice already');
    await page.getByRole('button', { name: 'Add note' }).click();
    const note = await shows(page.locator('.message-note').filter({ hasText: 'Customer called twice already' }));
    expect(await note.innerText()).toContain('Internal note · only your team sees this');
    await page.waitForTimeout(300);
    expect(world.receiver.delivered.length).toBe(before);
  });

  it('inserts a saved reply picked with /', async () => {
    await page.getByRole('radio', { name: 'Reply' }).check();
    await releaseFocus(page);
    await page.keyboard.press('/');
    await shows(page.getByRole('combobox', { name: 'Search saved replies' }));
    await page.keyboard.type('parcel');
    await page.keyboard.press('Enter');
    expect(await page.getByLabel('Reply to the customer').inputValue()).toBe('Hi Mila, your parcel is on its way.');
    await page.getByLabel('Reply to the customer').fill('');
  });

  it('assigns to me and back, with the button and with a', async () => {
    await page.getByRole('button', { name: 'Assign to me' }).click();
    await shows(inboxRow(page, 'Mila Berzina').getByText('You'));
    await page.getByRole('button', { name: 'Unassign' }).click();
    await shows(inboxRow(page, 'Mila Berzina').getByText('Unassigned'));
    await releaseFocus(page);
    await page.keyboard.press('a');
    await shows(inboxRow(page, 'Mila Berzina').getByText('You'));
    const { id } = await world.conversationWith('On its way');
    const detail = await (await world.server.api(`/api/v1/conversations/${id}`)).json() as { conversation: { assigneeId: string } };
    expect(detail.conversation.assigneeId).toBe(world.admin.id);
  });

  it('resolves with e, and the conversation leaves the open list', async () => {
    await open('When do you open on Sunday?');
    await releaseFocus(page);
    await page.keyboard.press('e');
    await shows(page.locator('.conversation-actions .status-chip', { hasText: 'resolved' }));
    await inboxRow(page, 'When do you open on Sunday?').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Reopen' }).click();
    await shows(inboxRow(page, 'When do you open on Sunday?'));
  });

  it('snoozes until a time', async () => {
    await page.getByRole('button', { name: 'Snooze…' }).click();
    await page.getByRole('button', { name: 'In 1 hour' }).click();
    await page.getByRole('button', { name: 'Snooze', exact: true }).click();
    await shows(page.locator('.conversation-actions .status-chip', { hasText: 'snoozed until' }));
  });

  it('shows why a reply failed and sends it again on retry', async () => {
    await open('Please DM me about my account');
    world.receiver.script({ status: 400, body: { error: 'recipient blocked the brand' } });
    await page.getByLabel('Reply to the customer').fill('We have sent you a DM.');
    await page.getByRole('button', { name: 'Send private reply' }).click();
    const reply = page.locator('.message-out').filter({ hasText: 'We have sent you a DM.' });
    await shows(reply.getByText(/Failed: .*recipient blocked the brand/));
    await reply.getByRole('button', { name: 'Retry' }).click();
    await shows(reply.getByText('Sent ✓'));
  });

  it('shows the customer: identities, shared notes, past conversations', async () => {
    await world.deliver([{ id: 'c-5', thread: 'second', text: 'Another question about order 1234', from: { id: 'mila', name: 'Mila Berzina', handle: 'mila' } }]);
    await open('Another question about order 1234');
    const panel = page.getByRole('complementary', { name: 'Customer' });
    await shows(panel.getByText('@mila'));
    await shows(panel.getByRole('button', { name: /On its way — arriving tomorrow/ }));
    await shows(panel.getByRole('button', { name: /Another question about order 1234/ }));
    await panel.getByLabel('Shared notes').fill('Prefers email. Loyalty tier: gold.');
    await panel.getByRole('button', { name: 'Save notes' }).click();
    await shows(panel.getByText('Saved'));
    const contact = await (await world.server.api(`/api/v1/contacts/${(await world.conversationWith('Another question')).contactId}`)).json() as { notes: string };
    expect(contact.notes).toBe('Prefers email. Loyalty tier: gold.');
    await screenshot(page, 'conversation-1280x800');
  });

  it('renders hostile customer text inertly: no markup, no script, only safe links', async () => {
    const hostile = [
      '<script>window.pwned = 1</script>',
      '<img src=x onerror="window.pwned = 2">',
      '<a href="javascript:window.pwned=3">click</a> javascript:window.pwned=4',
      'Real link: https://example.com/track?id=1.',
      'مرحبا، أين طلبي؟ שלום 👋🏽🇱🇻',
    ].join('\n');
    await world.deliver([{ id: 'c-hostile', thread: 'hostile', text: hostile, from: { id: 'eve', name: '<b>Eve</b>', handle: 'eve' } }]);
    const row = await shows(inboxRow(page, '<script>window.pwned = 1</script>'));
    expect(await row.locator('script, img').count()).toBe(0);
    await open('<script>window.pwned = 1</script>', 'Real link');
    const message = page.locator('.message-in').filter({ hasText: 'Real link' });
    const text = message.locator('.message-text');
    expect(await text.innerText()).toBe(hostile);
    expect(await text.getAttribute('dir')).toBe('auto');
    expect(await message.locator('script, img, b').count()).toBe(0);
    const links = message.locator('a');
    expect(await links.count()).toBe(1);
    expect(await links.getAttribute('href')).toBe('https://example.com/track?id=1');
    expect(await links.getAttribute('rel')).toContain('noopener');
    expect(await links.getAttribute('rel')).toContain('noreferrer');
    expect(await links.getAttribute('target')).toBe('_blank');
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    await shows(page.getByRole('heading', { name: '<b>Eve</b>' }));
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  });

  it('works on a 390-px phone: list, conversation, customer, back', async () => {
    const phone = (await world.newPage(world.admin, { viewport: { width: 390, height: 844 } })).page;
    await shows(inboxRow(phone, 'I want a refund'));
    await screenshot(phone, 'inbox-390x844');
    await inboxRow(phone, 'I want a refund').click();
    await shows(phone.getByLabel('Reply to the customer'));
    expect(await phone.getByRole('listbox', { name: 'Conversations' }).isVisible()).toBe(false);
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(phone, 'conversation-390x844');
    await phone.getByRole('button', { name: 'Customer' }).click();
    await shows(phone.getByRole('complementary', { name: 'Customer' }).getByText('@oskars'));
    await screenshot(phone, 'contact-390x844');
    await phone.getByRole('button', { name: 'Close' }).click();
    await phone.getByRole('button', { name: '← Inbox' }).click();
    await shows(phone.getByRole('listbox', { name: 'Conversations' }));
  });
});
