// For tests only: runs widget.js in a page made of a minimal fake DOM, against a real server.
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import WebSocket from 'ws';

const WIDGET_SOURCE = readFileSync(new URL('./widget.js', import.meta.url), 'utf8');

export interface FakeEvent {
  type: string;
  key?: string;
  shiftKey?: boolean;
  isComposing?: boolean;
  defaultPrevented: boolean;
  preventDefault(): void;
}

type Listener = (event: FakeEvent) => void;

export class FakeText {
  parent: FakeElement | null = null;
  constructor(public data: string) {}
  get textContent(): string { return this.data; }
  remove(): void { this.parent?.detach(this); }
}

export class FakeElement {
  parent: FakeElement | null = null;
  children: (FakeElement | FakeText)[] = [];
  shadowRoot: FakeElement | null = null;
  value = '';
  scrollTop = 0;
  scrollHeight = 0;
  clientHeight = 0;
  readonly style = { height: '', properties: new Map<string, string>(), setProperty(name: string, value: string) { this.properties.set(name, value); } };
  readonly classList = {
    add: (...names: string[]) => this.setClasses([...new Set([...this.classes(), ...names])]),
    remove: (...names: string[]) => this.setClasses(this.classes().filter((c) => !names.includes(c))),
    contains: (name: string) => this.classes().includes(name),
  };
  private readonly attributes = new Map<string, string>();
  private readonly listeners = new Map<string, Listener[]>();

  constructor(readonly tagName: string, private readonly page: FakePage) {}

  setAttribute(name: string, value: unknown): void { this.attributes.set(name, String(value)); }
  getAttribute(name: string): string | null { return this.attributes.get(name) ?? null; }
  hasAttribute(name: string): boolean { return this.attributes.has(name); }
  removeAttribute(name: string): void { this.attributes.delete(name); }

  appendChild<T extends FakeElement | FakeText>(child: T): T {
    child.remove();
    child.parent = this;
    this.children.push(child);
    return child;
  }
  insertBefore<T extends FakeElement | FakeText>(child: T, reference: FakeElement | null): T {
    if (!reference || reference === child) return reference === child ? child : this.appendChild(child);
    child.remove();
    child.parent = this;
    this.children.splice(this.children.indexOf(reference), 0, child);
    return child;
  }
  detach(child: FakeElement | FakeText): void {
    this.children = this.children.filter((c) => c !== child);
    child.parent = null;
  }
  remove(): void { this.parent?.detach(this); }

  get textContent(): string { return this.children.map((c) => c.textContent).join(''); }
  set textContent(value: string) {
    for (const child of this.children) child.parent = null;
    this.children = [];
    if (value !== '') this.appendChild(new FakeText(value));
  }
  // The widget must never parse text as HTML; touching these fails the test.
  get innerHTML(): string { throw new Error('innerHTML was read'); }
  set innerHTML(_value: string) { throw new Error('innerHTML was written'); }

  addEventListener(type: string, listener: Listener): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  dispatch(type: string, init: Partial<FakeEvent> = {}): FakeEvent {
    const event: FakeEvent = { type, defaultPrevented: false, preventDefault() { event.defaultPrevented = true; }, ...init };
    for (const listener of this.listeners.get(type) ?? []) listener(event);
    return event;
  }
  focus(): void { this.page.activeElement = this; }

  attachShadow(): FakeElement {
    this.shadowRoot = new FakeElement('#shadow-root', this.page);
    return this.shadowRoot;
  }

  querySelectorAll(selector: string): FakeElement[] {
    const alternatives = selector.split(',').map((s) => s.trim());
    const found: FakeElement[] = [];
    const walk = (node: FakeElement) => {
      for (const child of node.children) {
        if (!(child instanceof FakeElement)) continue;
        if (alternatives.some((s) => child.matches(s))) found.push(child);
        walk(child);
      }
    };
    walk(this);
    return found;
  }
  querySelector(selector: string): FakeElement | null { return this.querySelectorAll(selector)[0] ?? null; }

  /** Only the selectors the widget and its tests use: .class, #id, tag, [attribute]. */
  matches(selector: string): boolean {
    if (selector.startsWith('.')) return this.classes().includes(selector.slice(1));
    if (selector.startsWith('#')) return this.getAttribute('id') === selector.slice(1);
    if (selector.startsWith('[')) return this.hasAttribute(selector.slice(1, -1));
    return this.tagName === selector;
  }

  private classes(): string[] { return (this.getAttribute('class') ?? '').split(/\s+/).filter(Boolean); }
  private setClasses(names: string[]): void { this.setAttribute('class', names.join(' ')); }
}

export interface PageOptions {
  serverUrl: string;
  channelId: string;
  /** The site the page is on: sent as Origin, as a browser would. */
  origin: string;
  /** Shared between pages of the same site, like a browser's localStorage. */
  storage: Map<string, string>;
  attributes?: Record<string, string>;
}

/** One page load of a site that embeds the widget. */
export class FakePage {
  activeElement: FakeElement | null = null;
  readonly body: FakeElement;
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly sockets = new Set<WebSocket>();

  constructor(private readonly options: PageOptions) {
    this.body = new FakeElement('body', this);
  }

  load(): void {
    const page = this;
    const { origin, storage } = this.options;
    const script = new FakeElement('script', this);
    for (const [name, value] of Object.entries({ 'data-channel': this.options.channelId, ...this.options.attributes })) script.setAttribute(name, value);
    const documentElement = new FakeElement('html', this);
    const document = {
      currentScript: Object.assign(script, { src: `${this.options.serverUrl}/webchat/widget.js` }),
      body: this.body,
      documentElement,
      createElement: (tag: string) => new FakeElement(tag, page),
      createElementNS: (_ns: string, tag: string) => new FakeElement(tag, page),
      createTextNode: (text: string) => new FakeText(text),
      querySelectorAll: () => [script],
    };
    class SiteWebSocket extends WebSocket {
      constructor(url: string) {
        super(url, { origin });
        page.sockets.add(this);
        // A browser reports a failed socket as a close; ws also emits 'error', which must not go unheard.
        this.on('error', () => {});
      }
    }
    const window: Record<string, unknown> = {
      document,
      location: { href: `${origin}/products/42` },
      localStorage: {
        getItem: (key: string) => storage.get(key) ?? null,
        setItem: (key: string, value: string) => { storage.set(key, String(value)); },
      },
      fetch: (url: string, init: RequestInit & { headers?: Record<string, string> } = {}) =>
        fetch(url, { ...init, headers: { ...init.headers, origin } }),
      WebSocket: SiteWebSocket,
      URL,
      crypto: globalThis.crypto,
      setTimeout: (fn: () => void, ms: number) => {
        const timer = setTimeout(() => { page.timers.delete(timer); fn(); }, ms);
        page.timers.add(timer);
        return timer;
      },
      clearTimeout: (timer: NodeJS.Timeout) => { clearTimeout(timer); page.timers.delete(timer); },
      addEventListener: () => {},
      console,
    };
    window.window = window;
    vm.runInNewContext(WIDGET_SOURCE, window);
  }

  /** The widget's shadow root. */
  get root(): FakeElement {
    const root = this.body.children[0];
    if (!(root instanceof FakeElement) || !root.shadowRoot) throw new Error('the widget did not render');
    return root.shadowRoot;
  }

  element(selector: string): FakeElement {
    const found = this.root.querySelector(selector);
    if (!found) throw new Error(`no ${selector} in the widget`);
    return found;
  }

  /** The rendered messages: direction, text and state, in screen order. */
  messages(): { direction: string; text: string; id: string | null; state: string }[] {
    return this.element('.log').querySelectorAll('li').map((li) => ({
      direction: li.classList.contains('in') ? 'in' : 'out',
      text: li.querySelector('.text')?.textContent ?? '',
      id: li.getAttribute('data-id'),
      state: li.classList.contains('pending') ? 'pending' : li.classList.contains('failed') ? 'failed' : 'done',
    }));
  }

  type(text: string): void {
    const input = this.element('textarea');
    input.value = text;
    this.element('form').dispatch('submit');
  }

  /** Drops the page's sockets as a network blip would. */
  dropConnection(): void {
    for (const socket of this.sockets) socket.terminate();
  }

  close(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    for (const socket of this.sockets) { socket.onclose = null; socket.terminate(); }
  }
}

export async function eventually(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error('the condition did not come true in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
