import { describe, expect, it } from 'vitest';
import type { ConversationDetail, Message } from '../api/types.ts';
import { describeChanges } from './describe-changes.ts';

const conversation = {
  id: 'cv', workspaceId: 'ws', channelId: 'ch', contactId: 'ct', kind: 'public', threadKey: 't', status: 'open', assigneeId: null,
  teamId: null, tags: [], priority: 10, priorityFactors: [], language: null, sentiment: null, needsReply: true, snippet: '',
  snoozedUntil: null, lastMessageAt: '2026-11-24T10:00:00Z', lastInboundAt: null, waitingSince: null, version: 3, lastChange: null,
  createdAt: '2026-11-24T10:00:00Z', updatedAt: '2026-11-24T10:00:00Z',
} satisfies ConversationDetail['conversation'];

function detail(patch: Partial<ConversationDetail['conversation']>, messages: Partial<Message>[] = []): ConversationDetail {
  return {
    conversation: { ...conversation, ...patch }, priority: { score: 10, factors: [] }, olderCursor: null, contact: null, channel: null,
    messagingWindow: null,
    messages: messages.map((m, i) => ({ id: `m${i}`, direction: 'in', authorType: 'contact', authorId: null, authorName: null, ...m }) as Message),
  };
}

describe('telling an agent what changed while they were not looking', () => {
  it('lists new replies, status, assignee and tags, and names who did it', () => {
    const shown = detail({});
    const now = detail({ status: 'pending', assigneeId: 'u-ana', tags: ['shipping'], version: 6 },
      [{ direction: 'out', authorType: 'user', authorId: 'u-ana', authorName: 'Ana' }]);
    const summary = describeChanges(shown, now, 'u-me', [{ id: 'u-ana', name: 'Ana', email: '', role: 'agent', skills: [] }], []);
    expect(summary).toEqual({ by: 'Ana', changes: ['1 new reply to the customer', 'status open → pending', 'assigned to Ana', 'tagged shipping'] });
  });

  it('takes the name from the server when nothing visible tells who', () => {
    const summary = describeChanges(detail({}), detail({ version: 4 }), 'u-me', [], [],
      { byUserId: 'u-lead', byName: 'Lea Lead', what: 'changed the team', at: '2026-11-24T10:01:00Z' });
    expect(summary).toEqual({ by: 'Lea Lead', changes: ['changed the team'] });
  });
});
