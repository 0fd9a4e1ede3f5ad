// entry[].messaging[] items, shared by Messenger and Instagram DMs: messages, echoes, postbacks,
// reactions, edits, deletions and delivery/read receipts.
import { z } from 'zod';
import type { Attachment } from '../../domain/types.ts';
import type { InboundAuthor, InboundEvent } from '../../domain/inbound-event.ts';
import { MetaId, type MetaEntry } from './delivery.ts';
import { OWN_METADATA_PREFIX, type MetaParseContext, type MetaParseResult } from './meta-event.ts';
import { safeUrl, toAttachment } from './attachments.ts';
import { firstTime } from './time.ts';

const Party = z.object({ id: MetaId.optional() }).optional();
const Mid = z.string().min(1).max(512);

const AttachmentSchema = z.object({
  type: z.string().max(40).optional(),
  title: z.string().max(2000).optional(),
  payload: z.object({
    url: z.string().max(4096).optional(),
    title: z.string().max(2000).optional(),
    sticker_id: z.union([z.number(), z.string().max(64)]).optional(),
    coordinates: z.object({ lat: z.number().optional(), long: z.number().optional() }).optional(),
  }).nullable().optional(),
});

const MessageSchema = z.object({
  mid: Mid,
  text: z.string().max(100_000).optional(),
  is_echo: z.boolean().optional(),
  metadata: z.string().max(2000).optional(),
  quick_reply: z.object({ payload: z.string().max(2000).optional() }).optional(),
  reply_to: z.object({
    mid: Mid.optional(),
    story: z.object({ url: z.string().max(4096).optional(), id: MetaId.optional() }).optional(),
  }).optional(),
  attachments: z.array(AttachmentSchema).max(50).optional(),
  is_deleted: z.boolean().optional(),
  is_unsupported: z.boolean().optional(),
});

/**
 * Field shapes from the Messenger webhook references (messages, message_echoes,
 * messaging_postbacks, message_deliveries, message_reads, message_reactions, message_edits)
 * and Instagram's (messaging_seen sends `read.mid`; echoes come inside `messages`).
 * https://developers.facebook.com/docs/messenger-platform/reference/webhook-events
 * https://developers.facebook.com/docs/messenger-platform/instagram/features/webhook
 */
const ItemSchema = z.object({
  sender: Party,
  recipient: Party,
  timestamp: z.unknown().optional(),
  message: MessageSchema.optional(),
  postback: z.object({ mid: Mid.optional(), title: z.string().max(2000).optional(), payload: z.string().max(2000).optional() }).optional(),
  // The delivery sample has no timestamp and may have no mids: the watermark is the time.
  delivery: z.object({ mids: z.array(Mid).max(1000).optional(), watermark: z.unknown().optional() }).optional(),
  read: z.object({ watermark: z.unknown().optional(), mid: Mid.optional() }).optional(),
  reaction: z.object({
    mid: Mid.optional(), action: z.string().max(20).optional(), reaction: z.string().max(40).optional(), emoji: z.string().max(40).optional(),
  }).optional(),
  message_edit: z.object({ mid: Mid, text: z.string().max(100_000).optional() }).optional(),
});

type Item = z.infer<typeof ItemSchema>;

/** Reaction names Meta sends (v12+: like, love, laugh/smile, wow, sad, angry, other) shown as emoji. */
const REACTION_EMOJI: Record<string, string> = {
  like: '👍', love: '❤️', laugh: '😆', smile: '😆', wow: '😮', sad: '😢', angry: '😠',
};

export function parseMessagingItem(raw: unknown, entry: MetaEntry, ctx: MetaParseContext, result: MetaParseResult): void {
  const parsed = ItemSchema.safeParse(raw);
  if (!parsed.success) {
    result.skipped.push(`messaging item in entry ${entry.id}: ${parsed.error.issues[0]?.message ?? 'unreadable'}`);
    return;
  }
  const item = parsed.data;
  const senderId = item.sender?.id;
  const isFromBrand = senderId === ctx.ownId || item.message?.is_echo === true;
  const customerId = isFromBrand ? item.recipient?.id : senderId;
  if (!customerId) {
    // e.g. the postback test sample, which names the person by `user_ref` only.
    result.skipped.push(`messaging item in entry ${entry.id}: no customer id`);
    return;
  }
  const customer: InboundAuthor = { externalId: customerId, handle: null, displayName: null };
  const brand: InboundAuthor = { externalId: ctx.ownId, handle: null, displayName: null };
  const sentAt = firstTime(ctx.now, item.timestamp, entry.time);
  const base = (externalId: string, text: string, attachments: Attachment[] = []): InboundEvent => ({
    externalId, direction: isFromBrand ? 'out' : 'in', visibility: 'private',
    author: isFromBrand ? brand : customer, ...(isFromBrand ? { recipient: customer } : {}),
    text, attachments, sentAt,
  });

  if (item.message) return readMessage(item, base, result);
  if (item.postback) {
    // What the person tapped: the button's title is what they "said"; the payload is for bots.
    const id = item.postback.mid ?? `postback:${customerId}:${sentAt}`;
    result.events.push({ kind: 'message', event: base(id, item.postback.title ?? item.postback.payload ?? '[postback]') });
    return;
  }
  if (item.reaction) {
    const r = item.reaction;
    // An unreact may name no reaction at all.
    const shown = r.emoji ?? REACTION_EMOJI[r.reaction ?? ''] ?? r.reaction;
    const text = r.action === 'unreact'
      ? (shown ? `[removed reaction ${shown}]` : '[removed a reaction]')
      : (shown ? `[reacted ${shown}]` : '[reacted]');
    const event = base(`reaction:${r.mid ?? 'unknown'}:${customerId}:${sentAt}:${r.action ?? 'react'}`, text);
    result.events.push({ kind: 'message', event: { ...event, ...(r.mid ? { inReplyToExternalId: r.mid } : {}) } });
    return;
  }
  if (item.message_edit) {
    result.events.push({ kind: 'edit', event: base(item.message_edit.mid, item.message_edit.text ?? '') });
    return;
  }
  if (item.delivery || item.read) {
    const receipt = item.delivery ?? item.read!;
    const mids = item.delivery?.mids ?? (item.read?.mid ? [item.read.mid] : []);
    result.events.push({
      kind: 'receipt', status: item.delivery ? 'delivered' : 'read', customerExternalId: customerId,
      messageExternalIds: mids, watermark: firstTime(ctx.now, receipt.watermark, item.timestamp, entry.time),
    });
    return;
  }
  result.skipped.push(`messaging item in entry ${entry.id}: not a message, postback, reaction, edit or receipt`);
}

function readMessage(item: Item, base: (id: string, text: string, attachments?: Attachment[]) => InboundEvent, result: MetaParseResult): void {
  const message = item.message!;
  if (message.is_deleted) {
    result.events.push({ kind: 'remove', event: base(message.mid, '') });
    return;
  }
  if (message.is_echo && message.metadata?.startsWith(OWN_METADATA_PREFIX)) {
    // Parley sent this: the outbox already holds it under the message_id the Send API returned.
    result.events.push({ kind: 'own-echo', externalId: message.mid });
    return;
  }
  const attachments = (message.attachments ?? []).map(toAttachment);
  let text = message.text ?? '';
  const story = message.reply_to?.story;
  if (story) {
    // Instagram story replies carry the story's (expiring) CDN URL: kept as an attachment.
    attachments.unshift({ type: 'other', url: safeUrl(story.url), name: 'story', mimeType: null, size: null });
    text = `[story reply] ${text}`.trimEnd();
  }
  if (!text && message.attachments?.some((a) => a.type === 'story_mention')) text = '[mentioned you in their story]';
  if (!text && message.is_unsupported) text = '[a message type this channel cannot show]';
  const event = base(message.mid, text, attachments);
  result.events.push({ kind: 'message', event: { ...event, ...(message.reply_to?.mid ? { inReplyToExternalId: message.reply_to.mid } : {}) } });
}
