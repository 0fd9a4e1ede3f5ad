// A reply on Instagram: a comment reply, a reply to a mention, a DM, or a private reply to a
// comment — one Graph call each, the same on graph.facebook.com and graph.instagram.com.
import type { ChannelWithSecrets } from '../../../domain/types.ts';
import { SendError, type OutboundMessage, type SendContext, type SendResult } from '../../channel-adapter.ts';
import type { GraphCall } from '../graph-client.ts';
import { storedEndpoint, threadRoot } from '../connection.ts';
import { networkIdOf } from '../meta-event.ts';
import { hasHumanAgentTag, messagingTypeFields } from '../messaging-window.ts';
import { isCommentId } from '../private-reply.ts';
import type { SendOptions } from '../facebook/send.ts';
import { sendThroughGraph } from '../send-call.ts';
import type { UsageGate } from '../usage.ts';
import { defaultInstagramBaseUrl } from './config.ts';

/** "Message text must be UTF-8 and be 1000 bytes or less." https://developers.facebook.com/docs/messenger-platform/instagram/features/send-message */
export const INSTAGRAM_DM_MAX_BYTES = 1000;

export function sendOnInstagram(message: OutboundMessage, channel: ChannelWithSecrets, context: SendContext, gate: UsageGate): Promise<SendResult> {
  const igUserId = String(channel.config.igUserId ?? '');
  if (!igUserId) return Promise.reject(new SendError('the channel has no igUserId; reconnect it', false));
  const endpoint = storedEndpoint(channel, 'accessToken', defaultInstagramBaseUrl);
  const call = instagramCallFor(message, igUserId, { now: context.now(), humanAgentTag: hasHumanAgentTag({ channel }) });
  return sendThroughGraph(context, endpoint, call, gate, channel.id);
}

export function instagramCallFor(message: OutboundMessage, igUserId: string, options: SendOptions = { now: new Date(), humanAgentTag: false }): GraphCall {
  if (message.visibility === 'public') {
    const root = threadRoot(message.conversation.threadKey);
    const mention = root?.match(/^mention:(\d+)(?::(\d+))?$/);
    if (mention) {
      // Answering where the account was @mentioned: POST /{ig-user-id}/mentions
      // ?media_id&comment_id&message (Facebook Login only).
      // https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/mentions
      return {
        method: 'POST', path: `${igUserId}/mentions`,
        query: { media_id: mention[1]!, ...(mention[2] ? { comment_id: mention[2] } : {}), message: message.text },
      };
    }
    // POST /{ig-comment-id}/replies?message= → {id}; a reply to a reply lands under the
    // top-level comment anyway, so the thread's root is answered.
    // https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-comment/replies
    const target = root ?? (message.inReplyToExternalId && networkIdOf(message.inReplyToExternalId));
    if (!target) throw new SendError('there is no comment in this conversation to reply to', false);
    return { method: 'POST', path: `${target}/replies`, query: { message: message.text } };
  }
  const bytes = Buffer.byteLength(message.text, 'utf8');
  if (bytes > INSTAGRAM_DM_MAX_BYTES) {
    throw new SendError(`the message is ${bytes} bytes of UTF-8; Instagram takes ${INSTAGRAM_DM_MAX_BYTES}`, false);
  }
  // /me/messages is the DM endpoint in both flavours: with a Page token "me" is the Page
  // (Facebook Login: POST /{PAGE-ID}/messages), with an Instagram User token it is the account
  // (Instagram Login: POST /{IG_ID}/messages). Inside the 24 hours no messaging_type is needed;
  // after them a human agent's reply carries MESSAGE_TAG + HUMAN_AGENT, as on Messenger.
  // https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-login/messaging-api
  const latest = message.inReplyToExternalId && networkIdOf(message.inReplyToExternalId);
  if (message.conversation.kind === 'public' && !(latest && !latest.startsWith('mention') && !isCommentId(latest))) {
    // A private reply to a commenter: recipient.comment_id, once per comment, within 7 days.
    // Once the commenter's DM joined the conversation (same IGSID), replies are plain DMs.
    // https://developers.facebook.com/docs/instagram-platform/private-replies
    if (!latest || !isCommentId(latest)) throw new SendError('there is no comment in this conversation to answer privately', false);
    return { method: 'POST', path: 'me/messages', json: { recipient: { comment_id: latest }, message: { text: message.text } } };
  }
  const type = messagingTypeFields(message.conversation.lastInboundAt, options.now, options.humanAgentTag);
  return {
    method: 'POST', path: 'me/messages',
    json: { recipient: { id: message.recipient.externalId }, ...(type.tag ? type : {}), message: { text: message.text } },
  };
}
