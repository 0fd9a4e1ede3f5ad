// An agent's reply: stored as queued with its outbox row in one transaction, sent by the runner.
import type { Attachment, Conversation, Message, Visibility } from '../domain/types.ts';
import type { Db } from '../store/database.ts';
import { attachUploads } from '../store/repositories/uploads.ts';
import { ParleyError, notFound } from '../domain/errors.ts';
import { newId } from '../domain/ids.ts';
import { snippetOf } from '../domain/snippet.ts';
import { adapterFor } from '../channels/registry.ts';
import { getChannel } from '../store/repositories/channels.ts';
import { insertMessages } from '../store/repositories/messages.ts';
import { enqueueOutbox } from '../store/repositories/outbox.ts';
import { updateConversation } from '../store/repositories/conversations.ts';
import { bumpDailyStats } from '../store/repositories/stats.ts';
import { getMembership, getUser } from '../store/repositories/users.ts';
import { appendSignature } from '../domain/signature.ts';
import { maskMessage, maskText } from '../domain/pii-guard.ts';
import { countSavedReplyUse } from '../store/repositories/saved-replies.ts';
import { recordAudit } from '../store/repositories/audit-log.ts';
import { channelSettings } from '../domain/types.ts';
import type { CareDeps } from './care-deps.ts';
import { loadConversation } from './load-conversation.ts';

export interface ReplyInput {
  workspaceId: string;
  conversationId: string;
  userId: string | null;
  text: string;
  visibility?: Visibility | undefined;
  baseVersion?: number | undefined;
  /** The saved reply the text came from, counted as used once the reply is stored. */
  savedReplyId?: string | undefined;
  /** A lead's reason to post what the PII guard found in public anyway (audited). */
  piiOverrideReason?: string | undefined;
  /** Uploaded files to send with the text, in order. */
  attachmentIds?: string[] | undefined;
  /** The link the network fetches an attached file from (signed by the server). */
  mediaLink?: ((uploadId: string) => string) | undefined;
}

export async function sendReply(deps: CareDeps, input: ReplyInput): Promise<{ message: Message; conversation: Conversation }> {
  const now = deps.now();
  const text = input.text.trim();
  const attachmentIds = [...new Set(input.attachmentIds ?? [])];
  if (!text && attachmentIds.length === 0) throw new ParleyError('validation_failed', 'the reply is empty');
  const result = await deps.store.db.transaction().execute(async (db) => {
    const conversation = await loadConversation(db, input.workspaceId, input.conversationId);
    const channel = await getChannel(db, input.workspaceId, conversation.channelId);
    if (!channel) throw notFound('channel');
    const adapter = adapterFor(deps.channels, channel.network);
    const visibility = input.visibility ?? conversation.kind;
    if (conversation.kind === 'private' && visibility === 'public') {
      throw new ParleyError('channel_cannot_send', 'a private thread cannot be answered in public');
    }
    const window = adapter.messagingWindow?.(conversation.lastInboundAt, visibility, { channel, conversationKind: conversation.kind });
    if (window && (!window.closesAt || window.closesAt <= now.toISOString())) {
      throw new ParleyError('window_closed', window.closesAt
        ? `${channel.network} allows replies until ${window.closesAt}, after the customer's last message; the window has closed`
        : `${channel.network} allows a private message only after the customer has written`, { closesAt: window.closesAt });
    }
    const author = input.userId ? await getUser(db, input.userId) : undefined;
    const membership = input.userId ? await getMembership(db, input.workspaceId, input.userId) : undefined;
    const signed = appendSignature(text, channelSettings(channel).signature[visibility],
      author ? { name: author.name, initials: membership?.initials ?? null, signature: membership?.signature ?? null } : null);
    // What the reply carries of private data: refused in public, masked in the team's views.
    const found = deps.analyze(signed, { network: channel.network, visibility }).pii;
    if (visibility === 'public') {
      if (found.length > 0 && !input.piiOverrideReason) {
        const kinds = [...new Set(found.map((p) => p.type))].join(', ');
        throw new ParleyError('pii_in_public_reply', `the public reply contains private data (${kinds}); answer privately instead`, {
          found, suggestion: 'private',
        });
      }
      if (found.length > 0) {
        await recordAudit(db, {
          workspaceId: input.workspaceId, actorUserId: input.userId, actorTokenId: null, action: 'pii_guard.overridden',
          targetType: 'conversation', targetId: conversation.id, details: { reason: input.piiOverrideReason, types: found.map((p) => p.type) },
        }, now);
      }
    }
    // The network counts what is sent, signature included.
    const length = adapter.limits.count(signed, visibility);
    const max = adapter.limits.maxLength[visibility];
    if (length > max) {
      throw new ParleyError('text_too_long', `the reply is ${length} characters; ${channel.network} takes ${max}`, { length, max });
    }
    const messageId = newId('msg');
    const attachments = await attachFiles(db, input, attachmentIds, messageId, channel.network, adapter.limits.maxAttachments?.[visibility] ?? 0);
    // The network's own rules on what files travel together (types, sizes); the transaction undoes the attaching.
    const refusal = attachments.length ? adapter.limits.checkAttachments?.(attachments.map((a) => ({
      name: a.name ?? 'file', mimeType: a.mimeType ?? 'application/octet-stream', size: a.size ?? 0,
    })), visibility) : null;
    if (refusal) throw new ParleyError('channel_cannot_send', refusal);
    const message: Message = {
      id: messageId, workspaceId: input.workspaceId, conversationId: conversation.id, channelId: channel.id,
      direction: 'out', visibility, externalId: null, inReplyToExternalId: null, authorType: 'user',
      authorId: input.userId, authorName: author?.name ?? null, text: signed, attachments, language: null, sentiment: null,
      sentimentScore: null, urgency: 0, intents: [], pii: found, deliveryStatus: 'queued', deliveryError: null,
      sentAt: now.toISOString(), createdAt: now.toISOString(),
    };
    const updated = await updateConversation(db, conversation, {
      needsReply: false, waitingSince: null, snippet: snippetOf(maskText(signed, found) || attachmentSnippet(attachments), 0), lastMessageAt: message.sentAt,
      // Joining a conversation listening found makes it care work.
      listeningLabel: null,
    }, {
      ...(input.baseVersion !== undefined ? { expectedVersion: input.baseVersion } : {}), now,
      change: { byUserId: input.userId, byName: author?.name ?? null, what: visibility === 'public' ? 'replied in public' : 'replied' },
    });
    await insertMessages(db, [message]);
    await enqueueOutbox(db, {
      id: newId('obx'), workspaceId: input.workspaceId, channelId: channel.id, conversationId: conversation.id,
      messageId: message.id, idempotencyKey: message.id, nextAttemptAt: message.sentAt,
    }, message.sentAt);
    await bumpDailyStats(db, input.workspaceId, channel.id, message.sentAt.slice(0, 10), 0, 1);
    if (input.savedReplyId) await countSavedReplyUse(db, input.workspaceId, input.savedReplyId);
    return { message, conversation: updated };
  });
  deps.bus.publish({ type: 'message.created', workspaceId: input.workspaceId, data: maskMessage(result.message) });
  deps.bus.publish({ type: 'conversation.updated', workspaceId: input.workspaceId, data: result.conversation });
  deps.wakeOutbox();
  return result;
}

/** The uploads become the message's attachments: the workspace's own, not sent before, as many as the network takes. */
async function attachFiles(db: Db, input: ReplyInput, ids: string[], messageId: string, network: string, max: number): Promise<Attachment[]> {
  if (ids.length === 0) return [];
  if (max === 0) throw new ParleyError('channel_cannot_send', `Parley cannot send files on ${network} yet; send the text alone or share a link`);
  if (ids.length > max) throw new ParleyError('channel_cannot_send', `${network} takes at most ${max} files with one reply`, { max });
  if (!input.mediaLink) throw new ParleyError('validation_failed', 'attachments need a link the network can fetch them from');
  const uploads = await attachUploads(db, input.workspaceId, ids, messageId);
  const missing = ids.filter((id) => !uploads.some((u) => u.id === id));
  if (missing.length > 0) {
    throw new ParleyError('validation_failed', `attachment ${missing[0]} is unknown here or was already sent; upload it again`, { missing });
  }
  const link = input.mediaLink;
  return uploads.map((u) => ({ type: u.type, url: link(u.id), name: u.name, mimeType: u.mimeType, size: u.size }));
}

function attachmentSnippet(attachments: Attachment[]): string {
  return attachments.length === 1 ? `[${attachments[0]!.name ?? 'file'}]` : `[${attachments.length} files]`;
}
