// A reply on a Facebook Page: a comment under the thread, a Messenger message, or a private
// reply to a comment — one Graph call each.
import type { ChannelWithSecrets } from '../../../domain/types.ts';
import { SendError, type OutboundMessage, type SendContext, type SendResult } from '../../channel-adapter.ts';
import { FACEBOOK_GRAPH_URL, type GraphCall } from '../graph-client.ts';
import { storedEndpoint, threadRoot } from '../connection.ts';
import { networkIdOf, OWN_METADATA_PREFIX } from '../meta-event.ts';
import { hasHumanAgentTag, messagingTypeFields } from '../messaging-window.ts';
import { isCommentId } from '../private-reply.ts';
import { sendThroughGraph } from '../send-call.ts';
import type { UsageGate } from '../usage.ts';

export function sendOnFacebook(message: OutboundMessage, channel: ChannelWithSecrets, context: SendContext, gate: UsageGate): Promise<SendResult> {
  const pageId = String(channel.config.pageId ?? '');
  if (!pageId) return Promise.reject(new SendError('the channel has no pageId; reconnect it', false));
  const endpoint = storedEndpoint(channel, 'pageAccessToken', () => FACEBOOK_GRAPH_URL);
  const call = facebookCallFor(message, pageId, { now: context.now(), humanAgentTag: hasHumanAgentTag({ channel }) });
  return sendThroughGraph(context, endpoint, call, gate, channel.id);
}

export interface SendOptions {
  now: Date;
  /** The channel has Meta's human agent permission (7-day window with the HUMAN_AGENT tag). */
  humanAgentTag: boolean;
}

/** Which Graph call answers this message (pure, so each case is tested without a network). */
export function facebookCallFor(message: OutboundMessage, pageId: string, options: SendOptions = { now: new Date(), humanAgentTag: false }): GraphCall {
  if (message.visibility === 'public') {
    // POST /{object-id}/comments {message} → {id}. The reply goes under the thread's top-level
    // comment (or the visitor post): Facebook shows comments two levels deep.
    // https://developers.facebook.com/docs/graph-api/reference/object/comments#publish
    const target = threadRoot(message.conversation.threadKey) ?? (message.inReplyToExternalId && networkIdOf(message.inReplyToExternalId));
    if (!target) throw new SendError('there is no comment or post in this conversation to reply to', false);
    return { method: 'POST', path: `${target}/comments`, json: { message: message.text } };
  }
  // `metadata` comes back on the echo, which is how Parley recognises its own sends.
  const content = { text: message.text, metadata: `${OWN_METADATA_PREFIX}${message.messageId}` };
  if (message.conversation.kind === 'public') {
    // A private reply to a commenter goes to Messenger with recipient.comment_id: one per
    // comment, within 7 days of it; it opens no messaging window until the person answers.
    // https://developers.facebook.com/docs/messenger-platform/discovery/private-replies
    const commentId = message.inReplyToExternalId && networkIdOf(message.inReplyToExternalId);
    if (!commentId || !isCommentId(commentId)) throw new SendError('there is no comment in this conversation to answer privately', false);
    // A visitor's post on the Page ("<pageId>_<n>") is answered by post_id, a comment by comment_id.
    const recipient = commentId.startsWith(`${pageId}_`) ? { post_id: commentId } : { comment_id: commentId };
    return { method: 'POST', path: `${pageId}/messages`, json: { recipient, message: content } };
  }
  // Send API: POST /{PAGE-ID}/messages {recipient:{id:PSID}, messaging_type, message:{text}} →
  // {recipient_id, message_id}. RESPONSE inside the 24-hour window, MESSAGE_TAG + HUMAN_AGENT
  // after it where the Page has the permission.
  // https://developers.facebook.com/docs/messenger-platform/reference/send-api
  return {
    method: 'POST', path: `${pageId}/messages`,
    json: {
      recipient: { id: message.recipient.externalId },
      ...messagingTypeFields(message.conversation.lastInboundAt, options.now, options.humanAgentTag),
      message: content,
    },
  };
}
