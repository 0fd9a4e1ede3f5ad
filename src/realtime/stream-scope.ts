// Which events an agent's socket needs at once. A busy workspace changes hundreds of conversations
// a second; no browser can draw that, and sending every event to every agent costs the server a
// write per event per socket. An agent-scoped socket therefore gets at once what concerns its
// agent — the conversations open on screen and those assigned to them — and the inbox's other
// changes as a digest (inbox-digest.ts).
import type { RealtimeEvent } from './event-bus.ts';

/** `all`: every event of the workspace (API clients, integrations). `agent`: scoped as above. */
export type StreamScope = 'all' | 'agent';

export const STREAM_SCOPES: readonly StreamScope[] = ['all', 'agent'];

export interface ScopedClient {
  scope: StreamScope;
  userId: string | null;
  /** Conversations this socket said it shows (presence "viewing" or "typing"). */
  viewing: ReadonlySet<string>;
}

/** A socket can say it shows at most this many conversations; more is a client bug, not a view. */
export const MAX_VIEWING = 32;

const CONVERSATION_EVENTS = new Set(['conversation.created', 'conversation.updated']);
const MESSAGE_EVENTS = new Set(['message.created', 'message.updated', 'message.deleted']);

/** Conversation events feed the inbox digest that every agent-scoped socket receives. */
export function isInboxChange(event: Pick<RealtimeEvent, 'type'>): boolean {
  return CONVERSATION_EVENTS.has(event.type);
}

/** The facts about an event the per-socket decision needs, read once for all sockets. */
export interface EventTraits {
  type: string;
  audienceUserId: string | undefined;
  conversationId: string | undefined;
  assigneeId: string | null | undefined;
}

export function traitsOf(event: RealtimeEvent): EventTraits {
  const data = event.data as { id?: unknown; conversationId?: unknown; assigneeId?: unknown } | null;
  const conversationId = MESSAGE_EVENTS.has(event.type) ? data?.conversationId
    : CONVERSATION_EVENTS.has(event.type) ? data?.id : undefined;
  const assigneeId = CONVERSATION_EVENTS.has(event.type) ? data?.assigneeId : undefined;
  return {
    type: event.type,
    audienceUserId: event.audienceUserId,
    conversationId: typeof conversationId === 'string' ? conversationId : undefined,
    assigneeId: typeof assigneeId === 'string' ? assigneeId : null,
  };
}

/** Whether a socket gets this event now (a conversation event it skips reaches it in the digest). */
export function sendsNow(client: ScopedClient, event: EventTraits): boolean {
  if (event.audienceUserId && client.userId !== event.audienceUserId) return false;
  if (client.scope === 'all') return true;
  if (MESSAGE_EVENTS.has(event.type)) return event.conversationId !== undefined && client.viewing.has(event.conversationId);
  if (CONVERSATION_EVENTS.has(event.type)) {
    return (event.conversationId !== undefined && client.viewing.has(event.conversationId))
      || (client.userId !== null && event.assigneeId === client.userId);
  }
  return true;
}

/**
 * A turn's events indexed once, so that each of thousands of agent sockets finds its few events
 * by lookup instead of testing every event.
 */
export interface TurnIndex {
  events: readonly EventTraits[];
  /** Every position, for full-stream sockets. */
  everything: number[];
  /** Events every agent socket may get (presence, notifications, settings…), by position. */
  general: number[];
  /** Whether any event is addressed to one user, so that each socket's list must be filtered. */
  isAnyAddressed: boolean;
  byConversation: Map<string, number[]>;
  byAssignee: Map<string, number[]>;
}

export function indexTurn(events: readonly EventTraits[]): TurnIndex {
  const index: TurnIndex = { events, everything: [], general: [], isAnyAddressed: false, byConversation: new Map(), byAssignee: new Map() };
  const add = (map: Map<string, number[]>, key: string, at: number) => {
    const list = map.get(key);
    if (list) list.push(at); else map.set(key, [at]);
  };
  events.forEach((event, at) => {
    index.everything.push(at);
    if (event.audienceUserId) index.isAnyAddressed = true;
    const isScoped = MESSAGE_EVENTS.has(event.type) || CONVERSATION_EVENTS.has(event.type);
    if (!isScoped) index.general.push(at);
    else {
      if (event.conversationId !== undefined) add(index.byConversation, event.conversationId, at);
      if (event.assigneeId) add(index.byAssignee, event.assigneeId, at);
    }
  });
  return index;
}

/** The positions of the events a socket gets now, in order (the same choice as sendsNow). */
export function positionsFor(client: ScopedClient, index: TurnIndex): readonly number[] {
  // Most of thousands of agent sockets have nothing of their own in a turn: they share one list.
  if (!index.isAnyAddressed && (client.scope === 'all' || !hasOwnEvents(client, index))) {
    return client.scope === 'all' ? index.everything : index.general;
  }
  let positions: number[];
  if (client.scope === 'all') positions = index.everything;
  else {
    const chosen = new Set(index.general);
    for (const id of client.viewing) for (const at of index.byConversation.get(id) ?? []) chosen.add(at);
    if (client.userId !== null) for (const at of index.byAssignee.get(client.userId) ?? []) chosen.add(at);
    positions = chosen.size === index.general.length ? index.general : [...chosen].sort((a, b) => a - b);
  }
  return positions.filter((at) => {
    const audience = index.events[at]!.audienceUserId;
    return !audience || audience === client.userId;
  });
}

function hasOwnEvents(client: ScopedClient, index: TurnIndex): boolean {
  for (const id of client.viewing) if (index.byConversation.has(id)) return true;
  return client.userId !== null && index.byAssignee.has(client.userId);
}

/** Keeps a socket's open conversations in step with its presence frames. */
export function noteViewing(viewing: Set<string>, conversationId: string, state: 'viewing' | 'typing' | 'left'): void {
  if (state === 'left') {
    viewing.delete(conversationId);
    return;
  }
  if (viewing.has(conversationId)) return;
  // The oldest goes first: a tab that never said "left" (it crashed) must not grow the set forever.
  if (viewing.size >= MAX_VIEWING) viewing.delete(viewing.values().next().value as string);
  viewing.add(conversationId);
}
