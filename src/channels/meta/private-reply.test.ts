import { describe, expect, it } from 'vitest';
import { isCommentId, privateReplyPossibility } from './private-reply.ts';

const now = new Date('2026-11-24T10:00:00Z');

describe('private replies to comments', () => {
  it('tells comment ids from message ids', () => {
    expect(isCommentId('122101_880001')).toBe(true);
    expect(isCommentId('17870913679156914')).toBe(true);
    expect(isCommentId('122101_880001#edit-0123456789ab')).toBe(true);
    expect(isCommentId('m_AG5Hz2Uq7tuwNEhXfYYKj8mJEM')).toBe(false);
    expect(isCommentId('aWdfZAG1faXRlbToxOklHTWVzc2FnZAU')).toBe(false);
    expect(isCommentId('mention:179:178')).toBe(false);
  });

  it('allows one within 7 days of the latest comment', () => {
    expect(privateReplyPossibility('Facebook', { latestInbound: { externalId: '122101_880001', sentAt: '2026-11-18T10:00:01.000Z' }, hasPrivateMessageSince: false, now })).toBe(true);
  });

  it('refuses after 7 days, a second time, and with no comment, saying why', () => {
    expect(privateReplyPossibility('Facebook', { latestInbound: { externalId: '122101_880001', sentAt: '2026-11-17T09:59:59.000Z' }, hasPrivateMessageSince: false, now }))
      .toMatch(/only within 7 days of the comment/);
    expect(privateReplyPossibility('Instagram', { latestInbound: { externalId: '17870913679156914', sentAt: '2026-11-24T09:00:00.000Z' }, hasPrivateMessageSince: true, now }))
      .toMatch(/one private reply per comment/);
    expect(privateReplyPossibility('Instagram', { latestInbound: null, hasPrivateMessageSince: false, now })).toMatch(/no comment/);
  });

  it('leaves a conversation the customer\'s DM already joined to the messaging window', () => {
    expect(privateReplyPossibility('Instagram', { latestInbound: { externalId: 'aWdfZAG1faXRlbToxOklHTWVzc2FnZAU', sentAt: '2026-11-01T00:00:00.000Z' }, hasPrivateMessageSince: true, now })).toBe(true);
  });
});
