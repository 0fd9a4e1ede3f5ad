import { describe, expect, it } from 'vitest';
import type { ThreadMessage } from '../api/types.ts';
import { mergeMessageUpdate } from './conversation-cache.ts';

const message: ThreadMessage = {
  id: 'msg-1', workspaceId: 'ws', conversationId: 'cv-1', channelId: 'ch', direction: 'in', visibility: 'public', externalId: 'x-1',
  inReplyToExternalId: null, authorType: 'contact', authorId: null, authorName: 'Mila', text: 'Card •••• •••• •••• 1111', attachments: [],
  language: null, sentiment: null, sentimentScore: null, urgency: 0, intents: [], pii: [], deliveryStatus: null, deliveryError: null,
  isMasked: true, sentAt: '2026-11-24T10:00:00.000Z', createdAt: '2026-11-24T10:00:00.000Z',
};

describe('applying message.updated to a message in the thread', () => {
  it('records a moderation and keeps the text', () => {
    expect(mergeMessageUpdate(message, { id: 'msg-1', conversationId: 'cv-1', moderation: 'hidden' })).toMatchObject({ moderation: 'hidden', text: message.text });
  });

  it('moves a reply along its delivery and keeps a known network id', () => {
    const out = { ...message, direction: 'out' as const, deliveryStatus: 'queued' as const };
    expect(mergeMessageUpdate(out, { id: 'msg-1', conversationId: 'cv-1', deliveryStatus: 'sent', deliveryError: null }))
      .toMatchObject({ deliveryStatus: 'sent', externalId: 'x-1' });
  });

  it('takes the whole message when its author edited or removed it', () => {
    const edited = { ...message, text: 'Edited text', editedAt: '2026-11-24T10:05:00.000Z', previousTexts: ['Card •••• •••• •••• 1111'], isMasked: false };
    expect(mergeMessageUpdate({ ...message, moderation: 'hidden' }, edited)).toMatchObject({ text: 'Edited text', previousTexts: ['Card •••• •••• •••• 1111'], isMasked: false });
  });
});
