// Who else is viewing or typing in each conversation, from the stream's presence events.
import { useSyncExternalStore } from 'react';
import type { PresenceEvent } from '../api/types.ts';

/** Viewers re-announce themselves; a silent one has closed the tab or lost the network. */
export const VIEWING_TTL_MS = 45_000;
/** Typing is announced at most every few seconds; after this long without a keystroke it is over. */
export const TYPING_TTL_MS = 6_000;

export interface Presence { userId: string; name: string; state: 'viewing' | 'typing'; at: number }

const byConversation = new Map<string, Map<string, Presence>>();
const listeners = new Set<() => void>();
const EMPTY: Presence[] = [];
let snapshots = new Map<string, Presence[]>();

function notify(): void {
  snapshots = new Map();
  for (const listener of listeners) listener();
}

export function recordPresence(event: PresenceEvent, now = Date.now()): void {
  let users = byConversation.get(event.conversationId);
  if (event.state === 'left') {
    if (users?.delete(event.userId)) notify();
    return;
  }
  if (!users) byConversation.set(event.conversationId, (users = new Map()));
  users.set(event.userId, { userId: event.userId, name: event.name, state: event.state, at: now });
  notify();
}

function current(conversationId: string, now: number): Presence[] {
  const users = byConversation.get(conversationId);
  if (!users) return EMPTY;
  return [...users.values()]
    .filter((p) => now - p.at < VIEWING_TTL_MS)
    .map((p) => (p.state === 'typing' && now - p.at >= TYPING_TTL_MS ? { ...p, state: 'viewing' as const } : p));
}

/** Expired entries are dropped by a periodic sweep so a snapshot stays stable between changes. */
setInterval(() => {
  if (byConversation.size > 0) notify();
}, 2_000);

export function usePresence(conversationId: string, exceptUserId: string | null): Presence[] {
  const all = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => {
      let snapshot = snapshots.get(conversationId);
      if (!snapshot) snapshots.set(conversationId, (snapshot = current(conversationId, Date.now())));
      return snapshot;
    },
  );
  return all.filter((p) => p.userId !== exceptUserId);
}

export function clearPresence(): void {
  byConversation.clear();
  notify();
}
