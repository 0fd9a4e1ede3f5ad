// A real Parley server with the built web app, an api channel with a receiver, a second agent,
// and Debian's Chromium driven by playwright-core: what every browser test starts from.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../../support/server.ts';
import { startApiReceiver, type ApiReceiver } from '../../../src/channels/api/emulator.ts';
import { signBody } from '../../../src/channels/api/index.ts';
import { buildWebIfStale } from '../../../web/scripts/build-web.ts';

export const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--disable-quic', '--no-first-run'];
export const ARTIFACTS = path.resolve('test-artifacts/browser');

export interface InboundEvent {
  id: string;
  text: string;
  from?: { id: string; name?: string; handle?: string };
  thread?: string;
  visibility?: 'public' | 'private';
  sentAt?: string;
}

export interface Agent { id: string; email: string; password: string; name: string }

export interface BrowserWorld {
  server: TestServer;
  receiver: ApiReceiver;
  browser: Browser;
  channelId: string;
  admin: Agent;
  ana: Agent;
  deliver(events: InboundEvent[]): Promise<void>;
  /** The id of the newest conversation whose snippet contains the text. */
  conversationWith(text: string): Promise<{ id: string; version: number; contactId: string }>;
  /** A new browser context signed in as the agent; `prepare` runs first (to route the stream, say). */
  newPage(agent: Agent, options?: { viewport?: { width: number; height: number }; prepare?: (context: BrowserContext) => Promise<void> }): Promise<{ context: BrowserContext; page: Page }>;
  close(): Promise<void>;
}

export async function startBrowserWorld(): Promise<BrowserWorld> {
  await buildWebIfStale();
  const server = await startTestServer('sqlite', { outboxBackoffMs: () => 50 });
  const receiver = await startApiReceiver();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const channelRes = await server.api('/api/v1/channels', { method: 'POST', json: { network: 'api', name: 'Shop backend', config: { deliveryUrl: receiver.url } } });
  if (channelRes.status !== 201) throw new Error(`could not create the api channel: ${channelRes.status} ${await channelRes.text()}`);
  const channel = await channelRes.json() as { id: string; secret: string };
  receiver.setSecret(channel.secret);

  const ana: Agent = { id: '', email: 'ana@example.test', password: 'ana-password-1', name: 'Ana Agent' };
  const anaRes = await server.api('/api/v1/users', { method: 'POST', json: { email: ana.email, name: ana.name, role: 'agent', password: ana.password } });
  if (anaRes.status !== 201) throw new Error(`could not add Ana: ${anaRes.status} ${await anaRes.text()}`);
  ana.id = (await anaRes.json() as { id: string }).id;
  await server.api('/api/v1/saved-replies', {
    method: 'POST', json: { name: 'Parcel on its way', shortcut: 'parcel', body: 'Hi {{contact.first_name}}, your parcel is on its way.', shared: true },
  });
  const admin: Agent = { id: server.adminId, email: server.adminEmail, password: server.adminPassword, name: 'Ada Admin' };

  const contexts: BrowserContext[] = [];
  return {
    server, receiver, browser, channelId: channel.id, admin, ana,
    async deliver(events) {
      const raw = JSON.stringify({ events: events.map((e) => ({ from: { id: 'customer-1', name: 'Mila Customer', handle: 'mila' }, visibility: 'public', ...e })) });
      const res = await fetch(`${server.url}/webhooks/api/${channel.id}`, {
        method: 'POST', headers: { 'content-type': 'application/json', 'x-parley-signature': signBody(channel.secret, raw) }, body: raw,
      });
      if (res.status !== 200) throw new Error(`delivery refused: ${res.status} ${await res.text()}`);
    },
    async conversationWith(text) {
      const list = await (await server.api('/api/v1/conversations?sort=newest&status=open,pending,snoozed,resolved&limit=200')).json() as { items: { id: string; version: number; snippet: string; contactId: string }[] };
      const found = list.items.find((c) => c.snippet.includes(text));
      if (!found) throw new Error(`no conversation with "${text}"`);
      return found;
    },
    async newPage(agent, options = {}) {
      const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 800 }, locale: 'en-GB', timezoneId: 'Europe/Riga' });
      contexts.push(context);
      await options.prepare?.(context);
      const page = await context.newPage();
      await signIn(page, server.url, agent);
      return { context, page };
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close();
      await receiver.close();
      await server.close();
    },
  };
}

export async function signIn(page: Page, url: string, agent: Agent): Promise<void> {
  await page.goto(url);
  await page.getByLabel('Email').fill(agent.email);
  await page.getByLabel('Password').fill(agent.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Inbox' }).waitFor();
}

/**
 * Switches workspace and waits until the new workspace's screens are in place: anything done
 * before that would act on the old workspace's screens, which the switch then replaces.
 */
export async function switchWorkspace(page: Page, name: string): Promise<void> {
  await page.getByLabel('Workspace').selectOption({ label: name });
  await waitForWorkspace(page, name);
}

/** Waits until the named workspace's screens are in place and no switch is in flight. */
export async function waitForWorkspace(page: Page, name: string): Promise<void> {
  await page.waitForFunction((label) => {
    const element = document.querySelector<HTMLSelectElement>('.workspace-switcher select');
    const main = document.querySelector('main.workspace');
    return element !== null && !element.disabled && element.selectedOptions[0]?.textContent === label
      && main !== null && main.getAttribute('aria-busy') !== 'true';
  }, name, { timeout: 10_000 });
}

/** A row in the inbox list, found by a piece of its snippet. */
export function inboxRow(page: Page, text: string) {
  return page.getByRole('listbox', { name: 'Conversations' }).getByRole('option').filter({ hasText: text });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** Moves focus off any field (a click on the brand mark), so single-key shortcuts reach the page. */
export async function releaseFocus(page: Page): Promise<void> {
  await page.locator('.app-header .brand').click();
}

/** Waits until the locator shows (playwright-core has no expect matchers of its own). */
export async function shows(locator: Locator, timeout = 10_000): Promise<Locator> {
  await locator.first().waitFor({ state: 'visible', timeout });
  return locator;
}

export async function disappears(locator: Locator, timeout = 10_000): Promise<void> {
  await locator.first().waitFor({ state: 'hidden', timeout });
}
