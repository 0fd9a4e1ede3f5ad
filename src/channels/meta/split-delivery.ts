// /webhooks/meta: one callback URL per Meta object type, so a delivery is split by entry id
// (Page, Instagram account, WhatsApp business account) and each part goes to its channel.
import type { Network } from '../../domain/types.ts';
import { parseJsonBody } from '../json-body.ts';
import { readMetaPayload } from './delivery.ts';

export interface MetaRoute {
  network: Extract<Network, 'facebook' | 'instagram' | 'whatsapp'>;
  /** The channel config key that holds the id Meta puts in entry[].id. */
  configKey: 'pageId' | 'igUserId' | 'businessAccountId';
}

/**
 * A Meta app has one callback URL per object type (page, instagram, whatsapp_business_account)
 * for all the Pages and accounts it serves, and each entry names its own.
 * https://developers.facebook.com/docs/graph-api/webhooks/getting-started#configure-webhooks-product
 */
export const META_OBJECT_ROUTES: Readonly<Record<string, MetaRoute>> = {
  page: { network: 'facebook', configKey: 'pageId' },
  instagram: { network: 'instagram', configKey: 'igUserId' },
  whatsapp_business_account: { network: 'whatsapp', configKey: 'businessAccountId' },
};

export interface SplitDelivery {
  objectType: string;
  /** Which channels take this object type; null for one Parley does not route. */
  route: MetaRoute | null;
  /** The entries exactly as received, grouped by entry.id, in arrival order. */
  entriesById: Map<string, unknown[]>;
}

/**
 * Pure: reads the envelope (throws ParleyError 400 on a malformed one) and groups the raw
 * entries. It does not verify anything — the signature covers the whole body and must be
 * checked on the whole body before any part is used.
 */
export function splitMetaDelivery(rawBody: Buffer): SplitDelivery {
  const payload = parseJsonBody(rawBody);
  const delivery = readMetaPayload(payload);
  const rawEntries = (payload as { entry: unknown[] }).entry;
  const entriesById = new Map<string, unknown[]>();
  delivery.entries.forEach((entry, i) => {
    const list = entriesById.get(entry.id) ?? [];
    list.push(rawEntries[i]);
    entriesById.set(entry.id, list);
  });
  return { objectType: delivery.objectType, route: META_OBJECT_ROUTES[delivery.objectType] ?? null, entriesById };
}

/**
 * The body a channel's parse() reads for its share of a split delivery. It is a re-encoding,
 * so it is only ever parsed, never signature-checked: verify the original bytes first.
 */
export function partOfDelivery(objectType: string, entries: unknown[]): Buffer {
  return Buffer.from(JSON.stringify({ object: objectType, entry: entries }), 'utf8');
}
