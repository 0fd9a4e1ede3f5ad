// Instagram changes (entry[].changes[]): comments and replies on the account's media, live
// comments, and @mentions of the account in others' captions and comments.
import { z } from 'zod';
import { MetaId, type MetaEntry } from '../delivery.ts';
import type { MetaParseContext, MetaParseResult } from '../meta-event.ts';
import { firstTime } from '../time.ts';

const ChangeSchema = z.object({ field: z.string().max(64), value: z.unknown() });

/**
 * The `comments` / `live_comments` value (Graph API webhooks reference, Instagram):
 * {id, from:{id (IGSID), username, self_ig_scoped_id?}, media:{id, media_product_type, ad_id?,
 *  ad_title?, original_media_id?}, parent_id? (set on a reply), text}. It carries no time of
 * its own, so the entry's time is used. The same shape is sent with Instagram Login.
 * https://developers.facebook.com/docs/graph-api/webhooks/reference/instagram
 * https://developers.facebook.com/docs/instagram-platform/webhooks/examples
 */
const CommentValue = z.object({
  id: MetaId,
  from: z.object({ id: MetaId, username: z.string().max(512).optional() }).optional(),
  media: z.object({
    id: MetaId.optional(), media_product_type: z.string().max(40).optional(), ad_id: MetaId.optional(), ad_title: z.string().max(512).optional(),
  }).optional(),
  parent_id: MetaId.optional(),
  text: z.string().max(100_000).optional(),
});

/** The `mentions` value names only where: {media_id, comment_id?} — no author and no text. */
const MentionValue = z.object({ media_id: MetaId, comment_id: MetaId.optional() });

/**
 * Who wrote a mention is only known after a Graph call (GET /{ig-user-id}?fields=
 * mentioned_comment.comment_id(…){text,username}); parsing cannot wait for it, so until
 * ingest can enrich events asynchronously every mention is filed under this one author.
 * https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/mentioned_comment
 */
export const UNKNOWN_MENTION_AUTHOR = { externalId: 'mention-author-unknown', handle: null, displayName: 'Instagram mention (author not yet fetched)' };

export function parseInstagramChange(raw: unknown, entry: MetaEntry, ctx: MetaParseContext, result: MetaParseResult): void {
  const change = ChangeSchema.safeParse(raw);
  if (!change.success) {
    result.skipped.push(`change in entry ${entry.id}: no field/value`);
    return;
  }
  const { field, value } = change.data;
  if (field === 'comments' || field === 'live_comments') readComment(value, entry, ctx, result);
  else if (field === 'mentions') readMention(value, entry, ctx, result);
  // story_insights and the rest are metrics, not conversations.
}

function readComment(raw: unknown, entry: MetaEntry, ctx: MetaParseContext, result: MetaParseResult): void {
  const parsed = CommentValue.safeParse(raw);
  if (!parsed.success || !parsed.data.from) {
    result.skipped.push(`comment in entry ${entry.id}: ${parsed.success ? 'no author' : parsed.error.issues[0]?.message ?? 'unreadable'}`);
    return;
  }
  const v = parsed.data;
  const from = v.from!;
  const isFromAccount = from.id === ctx.ownId;
  // Instagram threads one level deep: replies to a reply land under the top-level comment.
  // https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-comment/replies
  result.events.push({
    kind: 'message',
    event: {
      externalId: v.id, direction: isFromAccount ? 'out' : 'in', visibility: 'public',
      author: { externalId: from.id, handle: from.username ?? null, displayName: null },
      text: v.text ?? '', attachments: [], threadKey: v.parent_id ?? v.id,
      ...(v.parent_id ? { inReplyToExternalId: v.parent_id } : {}),
      sentAt: firstTime(ctx.now, entry.time),
    },
  });
}

function readMention(raw: unknown, entry: MetaEntry, ctx: MetaParseContext, result: MetaParseResult): void {
  const parsed = MentionValue.safeParse(raw);
  if (!parsed.success) {
    result.skipped.push(`mention in entry ${entry.id}: ${parsed.error.issues[0]?.message ?? 'unreadable'}`);
    return;
  }
  const { media_id: mediaId, comment_id: commentId } = parsed.data;
  result.events.push({
    kind: 'message',
    event: {
      externalId: commentId ?? mediaId, direction: 'in', visibility: 'public', author: UNKNOWN_MENTION_AUTHOR,
      text: commentId ? `[mentioned you in a comment on media ${mediaId}]` : `[mentioned you in the caption of media ${mediaId}]`,
      attachments: [],
      // The reply goes through POST /{ig-user-id}/mentions, so the thread remembers where.
      threadKey: commentId ? `mention:${mediaId}:${commentId}` : `mention:${mediaId}`,
      sentAt: firstTime(ctx.now, entry.time),
    },
  });
}
