// Reads the likes and follows in an Account Activity delivery as contact activity: what a customer did towards the brand.
//
// Shapes, from "Account Activity data objects"
// (https://developer.x.com/en/docs/x-api/enterprise/account-activity-api/guides/account-activity-data-objects):
//   favorite_events: [{id, created_at, timestamp_ms (a number here), favorited_status:<Tweet>, user:<User>}]
//   follow_events:   [{type:"follow"|"unfollow", created_timestamp (a string), target:<User>, source:<User>}]
// (follow users carry `id` as a string, like the DM users map). X sends these both when someone
// acts on the brand and when the brand acts itself; the brand's own likes and follows are not
// customer activity and are dropped. Items are read one by one: an odd item costs that item, not
// the delivery, which X would otherwise redeliver forever.
import { z } from 'zod';
import type { ContactActivitySignal } from '../../domain/inbound-signal.ts';
import { parseJsonBody } from '../json-body.ts';
import { EpochMs, IdString, UserSchema } from './payload.ts';
import type { BrandAccount } from './parse.ts';

const shortText = z.string().max(2048);

const FavoriteEventSchema = z.object({
  id: z.string().min(1).max(128),
  created_at: shortText.nullish(),
  timestamp_ms: EpochMs.nullish(),
  favorited_status: z.object({ id_str: IdString }),
  user: UserSchema,
});

const FollowUserSchema = z.object({ id: IdString, screen_name: shortText.nullish(), name: shortText.nullish() });

const FollowEventSchema = z.object({
  type: z.enum(['follow', 'unfollow']),
  created_timestamp: EpochMs.nullish(),
  target: FollowUserSchema,
  source: FollowUserSchema,
});

function each<T>(values: unknown, schema: z.ZodType<T>): T[] {
  if (!Array.isArray(values)) return [];
  return values.slice(0, 1000).flatMap((value) => {
    const parsed = schema.safeParse(value);
    return parsed.success ? [parsed.data] : [];
  });
}

function isoOf(ms: number | null | undefined, createdAt: string | null | undefined, fallback: Date): string {
  if (ms !== null && ms !== undefined && !Number.isNaN(new Date(ms).getTime())) return new Date(ms).toISOString();
  const parsed = createdAt ? new Date(createdAt) : null;
  return parsed && !Number.isNaN(parsed.getTime()) ? parsed.toISOString() : fallback.toISOString();
}

/** The likes, follows and unfollows of customers towards the brand in one delivery (already verified and parsed). */
export function parseActivitySignals(rawBody: Buffer, brand: BrandAccount, now: Date = new Date()): ContactActivitySignal[] {
  const body = parseJsonBody(rawBody);
  if (!body || typeof body !== 'object' || Array.isArray(body)) return [];
  const delivery = body as Record<string, unknown>;
  if (delivery.for_user_id !== brand.userId) return [];
  const signals: ContactActivitySignal[] = [];
  for (const like of each(delivery.favorite_events, FavoriteEventSchema)) {
    if (like.user.id_str === brand.userId) continue;
    signals.push({
      kind: 'contact_activity', activity: 'favorite', externalId: `favorite:${like.id}`,
      author: { externalId: like.user.id_str, handle: like.user.screen_name ?? null, displayName: like.user.name ?? null },
      subjectExternalId: like.favorited_status.id_str,
      at: isoOf(like.timestamp_ms, like.created_at, now),
    });
  }
  // Unfollows are documented inside follow_events (type "unfollow"); a separate unfollow_events key is read too.
  for (const follow of [...each(delivery.follow_events, FollowEventSchema), ...each(delivery.unfollow_events, FollowEventSchema)]) {
    if (follow.source.id === brand.userId || follow.target.id !== brand.userId) continue;
    // Follow events carry no id of their own; who, what and when identify a redelivery.
    const stamp = follow.created_timestamp ?? 'undated';
    signals.push({
      kind: 'contact_activity', activity: follow.type, externalId: `${follow.type}:${follow.source.id}:${stamp}`,
      author: { externalId: follow.source.id, handle: follow.source.screen_name ?? null, displayName: follow.source.name ?? null },
      subjectExternalId: null,
      at: isoOf(follow.created_timestamp, null, now),
    });
  }
  return signals;
}
