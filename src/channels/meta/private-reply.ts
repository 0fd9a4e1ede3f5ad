// Meta's private replies: one message to a commenter, sent to the comment, within 7 days of it.
import type { PrivateMessageContext } from '../channel-adapter.ts';
import { networkIdOf } from './meta-event.ts';
import { PRIVATE_REPLY_WINDOW_MS } from './messaging-window.ts';

/**
 * Comment ids are numeric (Instagram "17870913679156914") or "<post>_<comment>" (Facebook);
 * message ids never are ("m_…", "mid.…", Instagram's base64 "aWdf…"). In a public conversation
 * the customer's latest message is a comment until their DM joins it (Instagram, see docs).
 */
export function isCommentId(externalId: string): boolean {
  return /^\d{1,40}(_\d{1,40})?$/.test(networkIdOf(externalId));
}

/**
 * Whether a private reply to the customer's latest comment may go now, or why not: Meta allows
 * "only one message … to the person who commented", "within 7 days from when the … comment was
 * created". Told to the agent before anything is sent.
 * https://developers.facebook.com/docs/messenger-platform/discovery/private-replies
 * https://developers.facebook.com/docs/instagram-platform/private-replies
 */
export function privateReplyPossibility(network: 'Facebook' | 'Instagram', thread: PrivateMessageContext | undefined): true | string {
  if (!thread) return true;
  const latest = thread.latestInbound;
  if (!latest) return `there is no comment from the customer in this conversation to answer privately`;
  // Their DM already joined this conversation: the private thread exists; the messaging window rules it.
  if (!isCommentId(latest.externalId)) return true;
  const closesAt = Date.parse(latest.sentAt) + PRIVATE_REPLY_WINDOW_MS;
  if (Number.isNaN(closesAt) || closesAt <= thread.now.getTime()) {
    return `${network} allows a private reply only within 7 days of the comment; the customer's latest comment is from ${latest.sentAt}, so ask them to message the account`;
  }
  if (thread.hasPrivateMessageSince) {
    return `${network} allows one private reply per comment and it was already sent for the customer's latest comment; their answer arrives as a direct message`;
  }
  return true;
}
