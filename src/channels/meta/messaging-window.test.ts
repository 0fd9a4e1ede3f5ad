import { describe, expect, it } from 'vitest';
import { chooseMessagingType, messagingWindow } from './messaging-window.ts';

const last = '2026-11-24T10:00:00.000Z';
const at = (hours: number) => new Date(Date.parse(last) + hours * 3_600_000);

describe('the messaging windows', () => {
  it('closes the standard window 24 hours and the human agent window 7 days after the customer\'s last message', () => {
    expect(messagingWindow(last)).toEqual({ closesAt: '2026-11-25T10:00:00.000Z', humanAgentClosesAt: '2026-12-01T10:00:00.000Z' });
    expect(messagingWindow(null)).toEqual({ closesAt: null, humanAgentClosesAt: null });
  });

  it('answers with RESPONSE inside 24 hours, HUMAN_AGENT after it where the Page has the tag, and refuses after that', () => {
    expect(chooseMessagingType(last, at(23), false)).toEqual({ messagingType: 'RESPONSE' });
    expect(chooseMessagingType(last, at(25), true)).toEqual({ messagingType: 'MESSAGE_TAG', tag: 'HUMAN_AGENT' });
    expect(chooseMessagingType(last, at(25), false)).toMatchObject({ closed: true, reason: expect.stringContaining('24-hour') });
    expect(chooseMessagingType(last, at(24 * 7 + 1), true)).toMatchObject({ closed: true, reason: expect.stringContaining('7-day') });
    expect(chooseMessagingType(null, at(0), true)).toMatchObject({ closed: true });
  });
});
