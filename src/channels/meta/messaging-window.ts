// The Messenger / Instagram messaging windows: 24 hours for a standard reply after the customer's
// last message, 7 days for a human agent with the HUMAN_AGENT tag.

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
