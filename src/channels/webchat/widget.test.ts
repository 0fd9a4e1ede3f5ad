import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/support/server.ts';
import { FakePage, eventually } from './widget-harness.ts';

const SITE = 'https://shop.example';

describe('webchat widget', () => {
  let server: TestServer;
  let channelId: string;
  const pages: FakePage[] = [];

  const openPage = (storage: Map<string, string>, attributes?: Record<string, string>) => {
    const page = new FakePage({ serverUrl: server.url, channelId, origin: SITE, storage, ...(attributes ? { attributes } : {}) });
    pages.push(page);
    page.load();
    return page;
  };
  const conversationIdOf = async (messageId: string) => {
    const { items } = (await (await server.api(`/api/v1/conversations?channelId=${channelId}&sort=newest&limit=200`)).json()) as { items: { id: string }[] };
    for (const item of items) {
      const detail = (await (await server.api(`/api/v1/conversations/${item.id}`)).json()) as { messages: { id: string; text: string }[] };
      if (detail.messages.some((m) => m.id === messageId)) return { id: item.id, messages: detail.messages };
    }
    throw new Error(`no conversation holds ${messageId}`);
  };

  beforeAll(async () => {
    server = await startTestServer('sqlite');
    const response = await server.api('/api/v1/channels', {
      method: 'POST', json: { network: 'webchat', name: 'Site chat', config: { allowedOrigins: [SITE] } },
    });
    channelId = ((await response.json()) as { id: string }).id;
  });
  afterEach(() => { for (const page of pages.splice(0)) page.close(); });
  afterAll(async () => { await server?.close(); });

  it('renders an accessible launcher and chat panel inside a shadow root', () => {
    const page = openPage(new Map(), { 'data-title': 'Ask <b>us</b>', 'data-color': '#123456' });
    const launcher = page.element('.launcher');
    expect(launcher.getAttribute('aria-label')).toBe('Open chat');
    expect(launcher.getAttribute('aria-expanded')).toBe('false');
    const panel = page.element('#parley-panel');
    expect(panel.getAttribute('role')).toBe('dialog');
    expect(panel.hasAttribute('hidden')).toBe(true);
    expect(page.element('h2').textContent).toBe('Ask <b>us</b>');
    expect(page.element('.log').getAttribute('aria-live')).toBe('polite');
    expect(page.element('textarea').getAttribute('dir')).toBe('auto');
    expect(page.element('label').textContent).toBe('Message');
    expect(page.element('.close').getAttribute('aria-label')).toBe('Close chat');

    launcher.dispatch('click');
    expect(panel.hasAttribute('hidden')).toBe(false);
    expect(launcher.getAttribute('aria-expanded')).toBe('true');
  });

  it('sends a message, shows the agent\'s reply live, and keeps the visitor across page loads', async () => {
    const storage = new Map<string, string>();
    const first = openPage(storage);
    // A new visitor costs nothing until they open the chat.
    expect(storage.size).toBe(0);
    first.element('.launcher').dispatch('click');
    first.type('Do you ship to Iceland? 🇮🇸');
    await eventually(() => first.messages()[0]?.id != null);
    const sent = first.messages()[0]!;
    expect(sent).toMatchObject({ direction: 'in', text: 'Do you ship to Iceland? 🇮🇸', state: 'done' });
    expect(JSON.parse(storage.get(`parley.webchat.${channelId}`)!)).toMatchObject({ visitorId: expect.stringMatching(/^vis_/) });

    const conversation = await conversationIdOf(sent.id!);
    await server.api(`/api/v1/conversations/${conversation.id}/replies`, { method: 'POST', json: { text: 'We do: 3–5 days.' } });
    await eventually(() => first.messages().some((m) => m.direction === 'out'));
    expect(first.messages().map((m) => [m.direction, m.text])).toEqual([['in', 'Do you ship to Iceland? 🇮🇸'], ['out', 'We do: 3–5 days.']]);

    // The next page on the same site finds the visitor, their history, and the same conversation.
    first.close();
    const second = openPage(storage);
    await eventually(() => second.messages().length === 2);
    expect(second.messages().map((m) => m.text)).toEqual(['Do you ship to Iceland? 🇮🇸', 'We do: 3–5 days.']);
    second.type('Great, thanks!');
    await eventually(() => second.messages()[2]?.id != null);
    const again = await conversationIdOf(second.messages()[2]!.id!);
    expect(again.id).toBe(conversation.id);
  });

  it('counts replies that arrive while the panel is closed', async () => {
    const storage = new Map<string, string>();
    const page = openPage(storage);
    page.element('.launcher').dispatch('click');
    page.type('Hello?');
    await eventually(() => page.messages()[0]?.id != null);
    page.element('.close').dispatch('click');
    const conversation = await conversationIdOf(page.messages()[0]!.id!);
    await server.api(`/api/v1/conversations/${conversation.id}/replies`, { method: 'POST', json: { text: 'Hi!' } });
    await eventually(() => page.messages().length === 2);
    expect(page.element('.badge').textContent).toBe('1');
    expect(page.element('.launcher').getAttribute('aria-label')).toBe('Open chat, 1 new');
  });

  it('shows hostile text as text', async () => {
    const page = openPage(new Map());
    page.element('.launcher').dispatch('click');
    const hostile = '<img src=x onerror="alert(1)"> \u202eevil\u202c שלום';
    page.type(hostile);
    await eventually(() => page.messages()[0]?.id != null);
    const bubble = page.element('.log').querySelector('li')!;
    expect(bubble.querySelector('.text')!.textContent).toBe(hostile);
    expect(bubble.querySelector('.text')!.getAttribute('dir')).toBe('auto');
    expect(bubble.querySelectorAll('img')).toHaveLength(0);
  });

  it('reconnects after a drop and stores what was sent meanwhile once', async () => {
    const page = openPage(new Map());
    page.element('.launcher').dispatch('click');
    page.type('before the drop');
    await eventually(() => page.messages()[0]?.id != null);
    page.dropConnection();
    await new Promise((resolve) => setTimeout(resolve, 50));
    page.type('during the drop');
    // It goes over HTTP at once, then the new socket resends it and learns its id.
    await eventually(() => page.messages()[1]?.id != null, 10_000);
    expect(page.messages().map((m) => [m.text, m.state])).toEqual([['before the drop', 'done'], ['during the drop', 'done']]);
    const conversation = await conversationIdOf(page.messages()[1]!.id!);
    expect(conversation.messages.map((m) => m.text)).toEqual(['before the drop', 'during the drop']);
  });
});
