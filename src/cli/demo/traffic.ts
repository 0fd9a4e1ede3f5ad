// Simulated live customers: every 1–3 s one signed delivery from the corpus to the demo's own webhook.
import { signBody, SIGNATURE_HEADER } from '../../channels/api/index.ts';
import { DEMO_SCRIPT, type DemoMessage } from './corpus.ts';
import type { DemoRoute } from './social.ts';

export interface TrafficOptions {
  webhookUrl: string;
  secret: string;
  /** Makes this run's external ids new, so a second demo run is fresh traffic rather than redeliveries. */
  runTag: string;
  fetch: typeof fetch;
  /** `via` names the channel the message came in on: "api", or one of `routes`. */
  onSent(message: DemoMessage, accepted: number, via: string): void;
  onError(message: DemoMessage, reason: string, via: string): void;
  /** More networks taking turns with the api channel: threads start in rotation, replies follow their parent. */
  routes?: readonly DemoRoute[];
  script?: readonly DemoMessage[];
  random?: () => number;
  now?: () => Date;
  minDelayMs?: number;
  maxDelayMs?: number;
}

export interface Traffic {
  stop(): Promise<void>;
}

export function demoExternalId(runTag: string, round: number, key: string): string {
  return `${runTag}-${round}-${key}`;
}

/** The api channel body for one scripted message; a reply points at its parent from the same round. */
export function buildDelivery(message: DemoMessage, round: number, runTag: string, sentAt: Date): string {
  const event = {
    id: demoExternalId(runTag, round, message.key),
    ...(message.replyTo ? { inReplyTo: demoExternalId(runTag, round, message.replyTo) } : {}),
    from: { id: message.customer.id, name: message.customer.name, handle: message.customer.handle },
    text: message.text,
    visibility: message.visibility,
    sentAt: sentAt.toISOString(),
  };
  return JSON.stringify({ events: [event] });
}

/** Which route each scripted message takes: top-level messages in turn, each reply with its parent. */
export function assignRoutes(script: readonly DemoMessage[], routeCount: number): Map<string, number> {
  const assigned = new Map<string, number>();
  let turn = 0;
  for (const message of script) {
    const parent = message.replyTo === undefined ? undefined : assigned.get(message.replyTo);
    assigned.set(message.key, parent ?? turn++ % Math.max(1, routeCount));
  }
  return assigned;
}

export function apiRoute(webhookUrl: string, secret: string, runTag: string): DemoRoute {
  return {
    name: 'api',
    request(message, round, sentAt) {
      const body = buildDelivery(message, round, runTag, sentAt);
      return { url: webhookUrl, headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signBody(secret, body) }, body };
    },
  };
}

/** The count a webhook answer reports; networks whose answer carries none count as 0. */
function acceptedIn(text: string): number {
  try {
    const accepted = (JSON.parse(text) as { accepted?: unknown } | null)?.accepted;
    return typeof accepted === 'number' ? accepted : 0;
  } catch {
    return 0;
  }
}

export function startTraffic(options: TrafficOptions): Traffic {
  const script = options.script ?? DEMO_SCRIPT;
  const routes = [apiRoute(options.webhookUrl, options.secret, options.runTag), ...(options.routes ?? [])];
  const routeOf = assignRoutes(script, routes.length);
  const random = options.random ?? Math.random;
  const now = options.now ?? (() => new Date());
  const minDelay = options.minDelayMs ?? 1000;
  const maxDelay = options.maxDelayMs ?? 3000;
  let index = 0;
  let round = 1;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<void> | undefined;

  async function sendNext(): Promise<void> {
    const message = script[index];
    if (!message) return;
    const route = routes[routeOf.get(message.key) ?? 0] ?? routes[0]!;
    let request: { url: string; headers: Record<string, string>; body: string };
    try {
      request = route.request(message, round, now());
    } catch (error) {
      options.onError(message, (error as Error).message, route.name);
      return;
    } finally {
      advance();
    }
    try {
      const response = await options.fetch(request.url, { method: 'POST', headers: request.headers, body: request.body });
      const text = await response.text();
      if (!response.ok) {
        options.onError(message, `HTTP ${response.status}: ${text.slice(0, 200)}`, route.name);
        return;
      }
      options.onSent(message, acceptedIn(text), route.name);
    } catch (error) {
      options.onError(message, (error as Error).message, route.name);
    }
  }

  function advance(): void {
    index++;
    if (index === script.length) {
      index = 0;
      round++;
    }
  }

  function schedule(delay: number): void {
    if (stopped) return;
    timer = setTimeout(() => {
      inFlight = sendNext().finally(() => {
        inFlight = undefined;
        schedule(minDelay + random() * (maxDelay - minDelay));
      });
    }, delay);
  }

  schedule(minDelay / 2);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await inFlight;
    },
  };
}
