// The inbox changes of a short window, folded for agent-scoped sockets: the newest state of each
// conversation that changed, the most urgent first, at most a frame's worth. One frame per window
// is encoded once and sent to every agent of the workspace, however many messages arrived.
import type { RealtimeEvent } from './event-bus.ts';

/** How often a busy workspace's agents get a digest: quick enough for a person watching a list. */
export const INBOX_DIGEST_MS = 1_000;
/** A digest carries at most this many conversations; the rest are counted so clients refetch. */
export const INBOX_DIGEST_LIMIT = 20;

/**
 * What an inbox row shows of a conversation. The explanation of its priority, its last change and
 * its thread key are the detail view's, which fetches them when opened; leaving them out halves
 * the bytes every agent receives each window.
 */
const LEFT_OUT = ['priorityFactors', 'lastChange', 'threadKey', 'workspaceId'];

function inboxRowOf(conversation: Record<string, unknown>): Record<string, unknown> {
  const row = { ...conversation };
  for (const key of LEFT_OUT) delete row[key];
  return row;
}

interface Folded {
  /** `conversation.created` if the conversation was new in this window, so clients treat it as new. */
  type: string;
  data: Record<string, unknown>;
}

export interface InboxDigestFrame {
  type: 'inbox.digest';
  data: {
    /** Conversations as inbox rows: without priorityFactors, lastChange, threadKey and workspaceId. */
    events: { type: string; data: Record<string, unknown> }[];
    /** Conversations that changed but did not fit: a client showing a list should refetch it. */
    dropped: number;
  };
}

export interface InboxDigest {
  add(event: RealtimeEvent): void;
  /** The workspaces with changes since the last take, each with its frame; empties the digest. */
  take(limit?: number): Map<string, InboxDigestFrame>;
  isEmpty(): boolean;
}

export function createInboxDigest(): InboxDigest {
  let pending = new Map<string, Map<string, Folded>>();

  return {
    add(event) {
      const data = event.data as Record<string, unknown> | null;
      if (!data || typeof data.id !== 'string') return;
      let byConversation = pending.get(event.workspaceId);
      if (!byConversation) pending.set(event.workspaceId, byConversation = new Map());
      const earlier = byConversation.get(data.id);
      byConversation.set(data.id, { type: earlier?.type === 'conversation.created' ? earlier.type : event.type, data });
    },
    take(limit = INBOX_DIGEST_LIMIT) {
      const frames = new Map<string, InboxDigestFrame>();
      for (const [workspaceId, byConversation] of pending) {
        const folded = [...byConversation.values()];
        folded.sort((a, b) => priorityOf(b) - priorityOf(a));
        const kept = folded.slice(0, limit);
        frames.set(workspaceId, {
          type: 'inbox.digest',
          data: { events: kept.map((f) => ({ type: f.type, data: inboxRowOf(f.data) })), dropped: folded.length - kept.length },
        });
      }
      pending = new Map();
      return frames;
    },
    isEmpty: () => pending.size === 0,
  };
}

function priorityOf(folded: Folded): number {
  return typeof folded.data.priority === 'number' ? folded.data.priority : 0;
}
