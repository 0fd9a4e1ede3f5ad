// Public → private: one action answers in public ("we've sent you a DM") and joins the customer's
// private thread to this conversation, so both sit in one place; the first private message can go too.
import type { Conversation, Message } from '../domain/types.ts';
import { ParleyError, notFound } from '../domain/errors.ts';
import { adapterFor } from '../channels/registry.ts';
import { getChannelWithSecrets } from '../store/repositories/channels.ts';
import { findIdentityOfContact } from '../store/repositories/contacts.ts';
import { linkThread } from '../store/repositories/conversations.ts';
import { listConversationMessages } from '../store/repositories/messages.ts';
import type { PrivateMessageContext } from '../channels/channel-adapter.ts';
import type { Db } from '../store/database.ts';
import type { SecretBox } from '../store/secret-box.ts';
import type { CareDeps } from './care-deps.ts';
import { loadConversation } from './load-conversation.ts';
import { sendReply } from './send-reply.ts';

export const DEFAULT_PUBLIC_TEXT = "We've sent you a private message so we can look into this with your details.";

export interface MoveToPrivateInput {
  workspaceId: string;
  conversationId: string;
  userId: string | null;
  /** The public answer (an editable template). */
  publicText?: string | undefined;
  /** The first private message; without it the thread is linked and waits for the customer or the agent. */
  privateText?: string | undefined;
  baseVersion?: number | undefined;
}

export interface MovedToPrivate {
  conversation: Conversation;
  publicReply: Message;
  privateReply: Message | null;
}

export async function moveToPrivate(deps: CareDeps & { secretBox: SecretBox }, input: MoveToPrivateInput): Promise<MovedToPrivate> {
  const db = deps.store.db;
  const conversation = await loadConversation(db, input.workspaceId, input.conversationId);
  if (conversation.kind !== 'public') throw new ParleyError('validation_failed', 'the conversation is already private');
  const channel = await getChannelWithSecrets(db, deps.secretBox, conversation.channelId);
  if (!channel) throw notFound('channel');
  const adapter = adapterFor(deps.channels, channel.network);
  const possible = adapter.canMessagePrivately?.(channel, await privateMessageContext(db, conversation.id, deps.now())) ?? true;
  if (possible !== true) throw new ParleyError('channel_cannot_send', possible);
  const identity = await findIdentityOfContact(db, conversation.contactId, adapter.identityNamespace(channel));
  if (!identity) throw new ParleyError('channel_cannot_send', 'the customer has no identity on this channel to write to');

  const publicReply = await sendReply(deps, {
    workspaceId: input.workspaceId, conversationId: conversation.id, userId: input.userId, visibility: 'public',
    text: input.publicText?.trim() || DEFAULT_PUBLIC_TEXT, baseVersion: input.baseVersion,
  });
  // The customer's DMs on this channel now continue here, whichever side writes first.
  await linkThread(db, channel.id, `dm:${identity.externalId}`, conversation.id, deps.now().toISOString());
  const privateReply = input.privateText?.trim()
    ? await sendReply(deps, {
      workspaceId: input.workspaceId, conversationId: conversation.id, userId: input.userId, visibility: 'private',
      text: input.privateText, baseVersion: publicReply.conversation.version,
    })
    : null;
  return {
    conversation: privateReply?.conversation ?? publicReply.conversation,
    publicReply: publicReply.message,
    privateReply: privateReply?.message ?? null,
  };
}

/**
 * What the customer last wrote and whether the brand already wrote privately since: networks that
 * allow one private reply per comment (Meta) decide from it. The latest page of the thread is
 * enough: the message that counts is the newest from the customer.
 */
async function privateMessageContext(db: Db, conversationId: string, now: Date): Promise<PrivateMessageContext> {
  const { items } = await listConversationMessages(db, conversationId, 200);
  let index = items.length - 1;
  while (index >= 0 && !(items[index]!.direction === 'in' && items[index]!.externalId !== null)) index -= 1;
  const latest = index === -1 ? undefined : items[index];
  const hasPrivateMessageSince = items.slice(index + 1)
    .some((m) => (m.direction === 'out' || m.direction === 'bot') && m.visibility === 'private' && m.deliveryStatus !== 'failed');
  return { latestInbound: latest?.externalId ? { externalId: latest.externalId, sentAt: latest.sentAt } : null, hasPrivateMessageSince, now };
}
