// The Messenger / Instagram messaging windows: 24 hours for a standard reply after the customer's
// last message, 7 days for a human agent with the HUMAN_AGENT tag, 7 days for a private reply.
import { channelSettings } from '../../domain/types.ts';
import type { Visibility } from '../../domain/types.ts';
import { SendError, type MessagingWindowContext, type MessagingWindowState } from '../channel-adapter.ts';

export const STANDARD_WINDOW_MS = 24 * 60 * 60 * 1000;
export const HUMAN_AGENT_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

export interface MessagingWindow {
  /** When a standard (RESPONSE) reply stops being allowed; null without a customer message. */
  closesAt: string | null;
  /** When a HUMAN_AGENT-tagged reply stops being allowed. */
  humanAgentClosesAt: string | null;
}

/**
 * "Businesses have up to 24 hours to respond to a user … Messages sent outside this window must
 * include a tag"; HUMAN_AGENT "allows human agents to respond to user inquiries … within 7 days".
 * https://developers.facebook.com/docs/messenger-platform/policy/policy-overview#24hours_window
 * https://developers.facebook.com/docs/messenger-platform/send-messages/message-tags
 */
export function messagingWindow(lastInboundAt: string | null): MessagingWindow {
  const at = lastInboundAt ? Date.parse(lastInboundAt) : Number.NaN;
  if (Number.isNaN(at)) return { closesAt: null, humanAgentClosesAt: null };
  return {
    closesAt: new Date(at + STANDARD_WINDOW_MS).toISOString(),
    humanAgentClosesAt: new Date(at + HUMAN_AGENT_WINDOW_MS).toISOString(),
  };
}

export type MessagingTypeChoice =
  | { messagingType: 'RESPONSE' }
  | { messagingType: 'MESSAGE_TAG'; tag: 'HUMAN_AGENT' }
  | { closed: true; reason: string };

/** What a reply sent now may use, or why it would be refused — decided before calling Meta. */
export function chooseMessagingType(lastInboundAt: string | null, now: Date, hasHumanAgentTag: boolean): MessagingTypeChoice {
  const window = messagingWindow(lastInboundAt);
  if (!window.closesAt || !window.humanAgentClosesAt) return { closed: true, reason: 'the customer has not written yet, so the Page may not message them' };
  if (now.toISOString() < window.closesAt) return { messagingType: 'RESPONSE' };
  if (hasHumanAgentTag && now.toISOString() < window.humanAgentClosesAt) return { messagingType: 'MESSAGE_TAG', tag: 'HUMAN_AGENT' };
  return {
    closed: true,
    reason: hasHumanAgentTag
      ? `the 7-day human agent window closed at ${window.humanAgentClosesAt}`
      : `the 24-hour messaging window closed at ${window.closesAt}`,
  };
}

/** A private reply to a comment may be sent within 7 days of the comment. */
export const PRIVATE_REPLY_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * The window the care layer checks and the conversation shows. In a public conversation a
 * private message is a private reply to the customer's latest comment (7 days from it); in a
 * private thread it is the 24-hour window, or 7 days where the channel has the human agent tag.
 */
export function replyWindow(lastInboundAt: string | null, visibility: Visibility, thread?: MessagingWindowContext): MessagingWindowState | null {
  if (visibility === 'public') return null;
  if (thread?.conversationKind === 'public') {
    const at = lastInboundAt ? Date.parse(lastInboundAt) : Number.NaN;
    return { closesAt: Number.isNaN(at) ? null : new Date(at + PRIVATE_REPLY_WINDOW_MS).toISOString(), rule: 'private_reply' };
  }
  const window = messagingWindow(lastInboundAt);
  return hasHumanAgentTag(thread)
    ? { closesAt: window.humanAgentClosesAt, rule: 'human_agent' }
    : { closesAt: window.closesAt, rule: 'standard' };
}

export function hasHumanAgentTag(thread?: Pick<MessagingWindowContext, 'channel'>): boolean {
  return thread ? channelSettings(thread.channel).humanAgentTag === true : false;
}

/**
 * The Send API's messaging_type for a message to a customer's id, chosen when it is sent (a
 * queued reply may leave after the 24 hours): RESPONSE inside them, MESSAGE_TAG + HUMAN_AGENT
 * after them where the channel has the tag, and a refusal, without calling Meta, once closed.
 * Unknown last message (an older caller): RESPONSE, and Meta judges.
 * https://developers.facebook.com/docs/messenger-platform/send-messages/message-tags
 */
export function messagingTypeFields(lastInboundAt: string | null | undefined, now: Date, humanAgentTag: boolean): Record<string, string> {
  if (lastInboundAt === undefined) return { messaging_type: 'RESPONSE' };
  const choice = chooseMessagingType(lastInboundAt, now, humanAgentTag);
  if ('closed' in choice) throw new SendError(choice.reason, false);
  return choice.messagingType === 'MESSAGE_TAG' ? { messaging_type: 'MESSAGE_TAG', tag: choice.tag } : { messaging_type: 'RESPONSE' };
}
