// The inbound traffic the benchmark sends: api-channel events with the mix a brand sees
// (new and returning customers, private messages, public posts and replies to them), in
// the generic api channel's webhook format, signed the way a sender signs them.
import { signBody } from '../src/channels/api/index.ts';
import { createRandom, type Random } from '../src/store/seed/random.ts';
import { composeCustomerText } from '../src/store/seed/compose-text.ts';
import { PHRASEBOOKS } from '../src/store/seed/vocabulary.ts';
import { LANGUAGE_MIX } from '../src/store/seed/workspace-shape.ts';

export interface ApiEvent {
  id: string;
  inReplyTo?: string;
  from: { id: string; name: string; handle: string };
  text: string;
  visibility: 'public' | 'private';
  sentAt: string;
}

export interface Delivery {
  body: Buffer;
  signature: string;
  externalIds: string[];
}

const RECENT = 2000;

interface Customer { id: string; name: string; handle: string }

/** A deterministic stream of events; the prefix keeps ids unique between runs into one store. */
export function createEventSource(seed: number, idPrefix: string) {
  const random: Random = createRandom(seed);
  const recentPrivate: Customer[] = [];
  const recentPublicIds: string[] = [];
  let eventCounter = 0;
  let customerCounter = 0;

  const remember = <T>(list: T[], item: T) => {
    if (list.length < RECENT) list.push(item);
    else list[random.int(0, RECENT - 1)] = item;
  };
  const newCustomer = (language: keyof typeof PHRASEBOOKS): Customer => {
    const book = PHRASEBOOKS[language];
    const n = (customerCounter++).toString(36);
    return { id: `${idPrefix}-u${n}`, name: `${random.pick(book.firstNames)} ${random.pick(book.lastNames)}`, handle: `c${idPrefix}${n}` };
  };

  return {
    next(sentAt: Date): ApiEvent {
      const language = random.weighted(LANGUAGE_MIX);
      const id = `${idPrefix}-${(eventCounter++).toString(36)}`;
      const text = composeCustomerText(random, PHRASEBOOKS[language]);
      if (random.chance(0.45)) {
        // A private message: a returning customer lands in their existing conversation.
        const from = recentPrivate.length > 0 && random.chance(0.2) ? random.pick(recentPrivate) : newCustomer(language);
        remember(recentPrivate, from);
        return { id, from, text, visibility: 'private', sentAt: sentAt.toISOString() };
      }
      const from = newCustomer(language);
      const inReplyTo = recentPublicIds.length > 0 && random.chance(0.45) ? random.pick(recentPublicIds) : undefined;
      remember(recentPublicIds, id);
      return { id, from, text, visibility: 'public', sentAt: sentAt.toISOString(), ...(inReplyTo ? { inReplyTo } : {}) };
    },
  };
}

export function signDelivery(secret: string, events: ApiEvent[]): Delivery {
  const body = Buffer.from(JSON.stringify({ events }));
  return { body, signature: signBody(secret, body), externalIds: events.map((e) => e.id) };
}

/** Deliveries of `batch` events each, `total` events in all, made before any is sent. */
export function prepareDeliveries(seed: number, idPrefix: string, secret: string, total: number, batch: number): Delivery[] {
  const source = createEventSource(seed, idPrefix);
  const deliveries: Delivery[] = [];
  const now = new Date();
  for (let sent = 0; sent < total; sent += batch) {
    const events = Array.from({ length: Math.min(batch, total - sent) }, () => source.next(now));
    deliveries.push(signDelivery(secret, events));
  }
  return deliveries;
}
