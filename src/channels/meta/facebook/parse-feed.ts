// Page feed changes (entry[].changes[], field "feed" and "mention"): comments, replies, visitor
// posts and mentions — on timeline posts and on ads ("dark posts") alike.
import { z } from 'zod';
import type { Attachment } from '../../../domain/types.ts';
import type { InboundAuthor, InboundEvent } from '../../../domain/inbound-event.ts';
import { MetaId, type MetaEntry } from '../delivery.ts';
import type { MetaParseContext, MetaParseResult } from '../meta-event.ts';
import { safeUrl } from '../attachments.ts';
import { firstTime } from '../time.ts';

const ChangeSchema = z.object({ field: z.string().max(64), value: z.unknown() });

const Person = z.object({ id: MetaId, name: z.string().max(512).optional() });

/**
 * The `feed` value, from the Webhooks for Pages reference and a real capture:
 * {from:{id,name}, post:{id,status_type,is_published,promotion_status,…}, message, post_id,
 *  comment_id, created_time (epoch seconds), item, parent_id, verb}. Comments on an ad arrive
 * the same way; their post simply is not published on the timeline (`is_published:false`).
 * https://developers.facebook.com/docs/graph-api/webhooks/reference/page#feed
 */
const FeedValue = z.object({
  item: z.string().max(40),
  verb: z.string().max(20),
  from: Person.optional(),
  // Older deliveries name the author with sender_id/sender_name instead of from.
  sender_id: MetaId.optional(),
  sender_name: z.string().max(512).optional(),
  post_id: MetaId.optional(),
  comment_id: MetaId.optional(),
  parent_id: MetaId.optional(),
  message: z.string().max(100_000).optional(),
  created_time: z.unknown().optional(),
  photo: z.string().max(4096).optional(),
  video: z.string().max(4096).optional(),
});

/** The `mention` value: {post_id, comment_id?, item:"post"|"comment", sender_id, sender_name, verb, message?}. */
const MentionValue = z.object({
  item: z.string().max(40).optional(),
  verb: z.string().max(20).optional(),
  post_id: MetaId.optional(),
  comment_id: MetaId.optional(),
  sender_id: MetaId.optional(),
  sender_name: z.string().max(512).optional(),
  from: Person.optional(),
  message: z.string().max(100_000).optional(),
  created_time: z.unknown().optional(),
});

/** Visitor posts on the Page; the Page's own posts are not conversations and are left out. */
const POST_ITEMS = new Set(['status', 'post', 'photo', 'video', 'share', 'link']);

export function parseFeedChange(raw: unknown, entry: MetaEntry, ctx: MetaParseContext, result: MetaParseResult): void {
  const change = ChangeSchema.safeParse(raw);
  if (!change.success) {
    result.skipped.push(`change in entry ${entry.id}: no field/value`);
    return;
  }
  if (change.data.field === 'feed') readFeed(change.data.value, entry, ctx, result);
  else if (change.data.field === 'mention') readMention(change.data.value, entry, ctx, result);
  // Other Page fields (ratings, leadgen, …) are not customer conversations.
}

function readFeed(raw: unknown, entry: MetaEntry, ctx: MetaParseContext, result: MetaParseResult): void {
  const parsed = FeedValue.safeParse(raw);
  if (!parsed.success) {
    result.skipped.push(`feed change in entry ${entry.id}: ${parsed.error.issues[0]?.message ?? 'unreadable'}`);
    return;
  }
  const v = parsed.data;
  const isComment = v.item === 'comment';
  // Reactions, likes and the like are counts, not messages.
  if (!isComment && !POST_ITEMS.has(v.item)) return;
  const externalId = isComment ? v.comment_id : v.post_id;
  if (!externalId) {
    result.skipped.push(`feed ${v.item} in entry ${entry.id}: no ${isComment ? 'comment_id' : 'post_id'}`);
    return;
  }
  const at = firstTime(ctx.now, v.created_time, entry.time);
  // `hide`/`unhide` are sent for comments a moderator (or Parley) hid or showed again.
  if (v.verb === 'hide' || v.verb === 'unhide') {
    result.events.push({ kind: 'moderation', externalId, isHidden: v.verb === 'hide', at });
    return;
  }
  const person = v.from ?? (v.sender_id ? { id: v.sender_id, name: v.sender_name } : undefined);
  if (!person) {
    result.skipped.push(`feed ${v.item} ${externalId}: no author`);
    return;
  }
  const isFromPage = person.id === ctx.ownId;
  if (!isComment && isFromPage) return;

  // Facebook threads comments two levels deep: a reply's parent_id is the top-level comment,
  // a top-level comment's parent_id is the post. Each top-level comment is its own public
  // conversation (one customer each); its replies join it.
  const isReply = isComment && !!v.parent_id && v.parent_id !== v.post_id;
  const threadKey = isComment ? (isReply ? v.parent_id! : externalId) : externalId;
  const author: InboundAuthor = { externalId: person.id, handle: null, displayName: person.name ?? null };
  const attachments: Attachment[] = [];
  if (v.photo) attachments.push({ type: 'image', url: safeUrl(v.photo), name: null, mimeType: null, size: null });
  if (v.video) attachments.push({ type: 'video', url: safeUrl(v.video), name: null, mimeType: null, size: null });
  const event: InboundEvent = {
    externalId, direction: isFromPage ? 'out' : 'in', visibility: 'public', author,
    text: v.message ?? '', attachments, threadKey, ...(isReply ? { inReplyToExternalId: v.parent_id } : {}), sentAt: at,
  };
  if (v.verb === 'add') result.events.push({ kind: 'message', event });
  else if (v.verb === 'edited') result.events.push({ kind: 'edit', event });
  // "remove" carries the ids but no message.
  else if (v.verb === 'remove') result.events.push({ kind: 'remove', event: { ...event, text: '', attachments: [] } });
}

function readMention(raw: unknown, entry: MetaEntry, ctx: MetaParseContext, result: MetaParseResult): void {
  const parsed = MentionValue.safeParse(raw);
  if (!parsed.success) {
    result.skipped.push(`mention in entry ${entry.id}: ${parsed.error.issues[0]?.message ?? 'unreadable'}`);
    return;
  }
  const v = parsed.data;
  const externalId = v.comment_id ?? v.post_id;
  const person = v.from ?? (v.sender_id ? { id: v.sender_id, name: v.sender_name } : undefined);
  if (!externalId || !person) {
    result.skipped.push(`mention in entry ${entry.id}: no ${externalId ? 'sender' : 'post_id/comment_id'}`);
    return;
  }
  if (person.id === ctx.ownId || (v.verb && v.verb !== 'add')) return;
  const where = v.comment_id ? 'comment' : 'post';
  result.events.push({
    kind: 'message',
    event: {
      externalId, direction: 'in', visibility: 'public',
      author: { externalId: person.id, handle: null, displayName: person.name ?? null },
      text: v.message ?? `[mentioned the Page in a ${where}]`, attachments: [], threadKey: externalId,
      sentAt: firstTime(ctx.now, v.created_time, entry.time),
    },
  });
}
