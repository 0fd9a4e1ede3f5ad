import { describe, expect, it } from 'vitest';
import { createInboxDigest } from './inbox-digest.ts';

describe('inbox digest', () => {
  it('folds a window to the newest state of each conversation, most urgent first, counting what did not fit', () => {
    const digest = createInboxDigest();
    digest.add({ type: 'conversation.created', workspaceId: 'ws_a', data: { id: 'cv_1', priority: 10, version: 1 } });
    digest.add({ type: 'conversation.updated', workspaceId: 'ws_a', data: {
      id: 'cv_1', priority: 90, version: 2, workspaceId: 'ws_a', threadKey: 'dm:1', priorityFactors: [{ factor: 'urgency' }], lastChange: null,
    } });
    digest.add({ type: 'conversation.updated', workspaceId: 'ws_a', data: { id: 'cv_2', priority: 50, version: 7 } });
    digest.add({ type: 'conversation.updated', workspaceId: 'ws_a', data: { id: 'cv_3', priority: 5, version: 3 } });
    digest.add({ type: 'conversation.updated', workspaceId: 'ws_b', data: { id: 'cv_9', priority: 1, version: 1 } });
    const frames = digest.take(2);
    expect(frames.get('ws_a')).toEqual({
      type: 'inbox.digest',
      data: {
        events: [
          // Created in this window, so it still arrives as new, in its latest state, as an inbox row.
          { type: 'conversation.created', data: { id: 'cv_1', priority: 90, version: 2 } },
          { type: 'conversation.updated', data: { id: 'cv_2', priority: 50, version: 7 } },
        ],
        dropped: 1,
      },
    });
    expect(frames.get('ws_b')?.data.events).toHaveLength(1);
    expect(digest.isEmpty()).toBe(true);
    expect(digest.take().size).toBe(0);
  });
});
