// The envelope every Meta webhook shares: {object, entry:[{id, time, changes?, messaging?, standby?}]}.
import { z } from 'zod';
import { ParleyError } from '../../domain/errors.ts';
import { parseJsonBody } from '../json-body.ts';

/** Meta ids are numeric strings; a number is accepted too, as some samples print them bare. */
export const MetaId = z.union([
  z.string().min(1).max(128),
  z.number().int().nonnegative().transform(String),
]);

const EntrySchema = z.object({
  id: MetaId,
  time: z.unknown().optional(),
  changes: z.array(z.unknown()).max(1000).optional(),
  messaging: z.array(z.unknown()).max(1000).optional(),
  // Messages in a thread another app controls (Handover Protocol) arrive under standby[].
  // https://developers.facebook.com/docs/messenger-platform/handover-protocol
  standby: z.array(z.unknown()).max(1000).optional(),
  field: z.string().max(64).optional(),
  value: z.unknown().optional(),
});

const EnvelopeSchema = z.object({
  object: z.string().min(1).max(64),
  entry: z.array(EntrySchema).max(1000),
});

/** One entry, with its changes and messaging items side by side. */
export interface MetaEntry {
  id: string;
  time: unknown;
  changes: unknown[];
  messaging: unknown[];
}

export interface MetaDelivery {
  /** "page" for Facebook Pages and Messenger, "instagram" for Instagram. */
  objectType: string;
  entries: MetaEntry[];
}

/** Reads the envelope of a delivery; throws ParleyError 400 when it is not one. */
export function readMetaDelivery(rawBody: Buffer): MetaDelivery {
  return readMetaPayload(parseJsonBody(rawBody));
}

export function readMetaPayload(payload: unknown): MetaDelivery {
  const parsed = EnvelopeSchema.safeParse(payload);
  if (!parsed.success) {
    throw new ParleyError('validation_failed', 'the delivery is not a Meta webhook ({object, entry:[…]})', {
      issues: parsed.error.issues.slice(0, 20).map((i) => ({ path: i.path.join('.'), message: i.message })),
    });
  }
  return {
    objectType: parsed.data.object,
    entries: parsed.data.entry.map((e) => ({
      id: e.id,
      time: e.time,
      // Meta's Instagram "examples" page prints field/value straight under the entry, while
      // real deliveries wrap them in changes[]; both are read.
      // https://developers.facebook.com/docs/instagram-platform/webhooks/examples
      changes: e.changes ?? (e.field !== undefined && e.value !== undefined ? [{ field: e.field, value: e.value }] : []),
      messaging: [...(e.messaging ?? []), ...(e.standby ?? [])],
    })),
  };
}

/** Throws unless the delivery is of the object type this channel subscribes to. */
export function requireObjectType(delivery: MetaDelivery, expected: string): void {
  if (delivery.objectType !== expected) {
    throw new ParleyError('validation_failed', `this channel takes "${expected}" deliveries, not "${delivery.objectType}"`);
  }
}
