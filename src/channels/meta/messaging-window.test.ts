import { describe, expect, it } from 'vitest';
import type { Channel } from '../../domain/types.ts';
import { chooseMessagingType, messagingWindow, replyWindow } from './messaging-window.ts';

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

describe('the window a reply is checked against', () => {
  const channel = (humanAgentTag?: boolean) => ({ id: 'ch_1', network: 'facebook', config: {}, settings: { teamId: null, signature: { public: 'none', private: 'none' }, ...(humanAgentTag === undefined ? {} : { humanAgentTag }) } } as unknown as Channel);

  it('is 24 hours in a private thread, 7 days where the channel has the human agent tag, none in public', () => {
    expect(replyWindow(last, 'private', { channel: channel(), conversationKind: 'private' })).toEqual({ closesAt: '2026-11-25T10:00:00.000Z', rule: 'standard' });
    expect(replyWindow(last, 'private', { channel: channel(false), conversationKind: 'private' })).toEqual({ closesAt: '2026-11-25T10:00:00.000Z', rule: 'standard' });
    expect(replyWindow(last, 'private', { channel: channel(true), conversationKind: 'private' })).toEqual({ closesAt: '2026-12-01T10:00:00.000Z', rule: 'human_agent' });
    expect(replyWindow(last, 'public', { channel: channel(true), conversationKind: 'public' })).toBeNull();
  });

  it('is 7 days from the latest comment for a private reply in a public conversation', () => {
    expect(replyWindow(last, 'private', { channel: channel(), conversationKind: 'public' })).toEqual({ closesAt: '2026-12-01T10:00:00.000Z', rule: 'private_reply' });
  });
});
