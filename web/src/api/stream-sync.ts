// Feeds stream events into the TanStack Query cache, so that every view updates without polling.
import type { QueryClient } from '@tanstack/react-query';
import type { ChannelSummary, ContactDetail, ContactSummary, Conversation, DigestRow, InboxRow, ListOf, StreamEvent } from './types.ts';
import { api } from './http-client.ts';
import { queryKeys } from './query-keys.ts';
import { applyContactToInboxes, applyConversationToInboxes, knownDecoration } from '../inbox/inbox-cache.ts';
import { addMessageToDetail, applyConversationToDetail, applyMessageUpdateToDetail, removeMessageFromDetail } from '../conversation/conversation-cache.ts';
import { addUnreadNotification } from '../notifications/notification-cache.ts';
import { recordPresence } from '../conversation/presence-store.ts';

function summaryOf(contact: Pick<ContactDetail, 'id' | 'name' | 'isVip' | 'identities'>): ContactSummary {
  return { id: contact.id, name: contact.name, isVip: contact.isVip, handle: contact.identities[0]?.handle ?? null };
}

function decorate(client: QueryClient, conversation: Conversation): InboxRow {
  const known = knownDecoration(client, conversation);
  const cached = client.getQueryData<ContactDetail>(queryKeys.contact(conversation.contactId));
  const channels = client.getQueryData<ListOf<ChannelSummary>>(queryKeys.channels)?.items;
  const channel = known.channel ?? channels?.find((c) => c.id === conversation.channelId) ?? null;
  return { ...conversation, contact: known.contact ?? (cached ? summaryOf(cached) : null), channel: channel && { id: channel.id, network: channel.network, name: channel.name } };
}

/**
 * A conversation from a customer no loaded row knows yet: fetch the contact once, then draw the
 * row, so that it never shows "Unknown customer" for a customer the server knows by name.
 */
async function placeWithContact(client: QueryClient, conversation: Conversation, meId: string | null): Promise<void> {
  try {
    const contact = await client.fetchQuery({
      queryKey: queryKeys.contact(conversation.contactId), staleTime: 30_000,
      queryFn: ({ signal }) => api.get<ContactDetail>(`/api/v1/contacts/${encodeURIComponent(conversation.contactId)}`, signal),
    });
    applyContactToInboxes(client, summaryOf(contact));
  } catch {
    // Drawn as "Unknown customer" rather than not at all; the next refetch of the list brings the name.
  }
  // Rows carry a version, so this late copy cannot overwrite a newer event applied meanwhile.
  applyConversationToInboxes(client, decorate(client, conversation), meId);
}

/** The customer panel lists the contact's conversations; keep that list in step too. */
function updateContactHistory(client: QueryClient, isNew: boolean, conversation: Conversation): void {
  const key = queryKeys.contact(conversation.contactId);
  if (isNew) {
    void client.invalidateQueries({ queryKey: key });
    return;
  }
  client.setQueryData<ContactDetail>(key, (contact) => contact && {
    ...contact, conversations: contact.conversations.map((c) => (c.id === conversation.id ? conversation : c)),
  });
}

/**
 * Refetches a query at the end of a window rather than once per event: a burst of changes (a bulk
 * action, a busy minute) costs the server one query per window.
 */
function throttledRefetch(queryKey: readonly unknown[], windowMs: number): (client: QueryClient) => void {
  const pending = new WeakMap<QueryClient, ReturnType<typeof setTimeout>>();
  return (client) => {
    if (pending.has(client)) return;
    pending.set(client, setTimeout(() => {
      pending.delete(client);
      void client.invalidateQueries({ queryKey });
    }, windowMs));
  };
}

/** Counts beside saved views are recounted at most this often while conversations keep changing. */
export const VIEW_COUNT_REFRESH_MS = 3_000;
const scheduleViewRecount = throttledRefetch(queryKeys.views, VIEW_COUNT_REFRESH_MS);

/**
 * A digest row updates the inbox lists. What it leaves out (the priority's explanation, the last
 * change) and the messages it did not bring are the conversation view's: its cached copy and the
 * customer's history are marked stale and fetched when next shown.
 */
function applyDigestRow(client: QueryClient, row: DigestRow, meId: string | null): void {
  const conversation: Conversation = { priorityFactors: [], lastChange: null, threadKey: '', workspaceId: '', ...row };
  const decorated = decorate(client, conversation);
  if (decorated.contact) applyConversationToInboxes(client, decorated, meId);
  else void placeWithContact(client, conversation, meId);
  void client.invalidateQueries({ queryKey: queryKeys.conversation(row.id), refetchType: 'none' });
  void client.invalidateQueries({ queryKey: queryKeys.contact(row.contactId), refetchType: 'none' });
}

/** A digest that could not carry every change refetches the lists on screen, at most this often. */
export const INBOX_REFETCH_MS = 10_000;
const scheduleInboxRefetch = throttledRefetch(queryKeys.inboxAll, INBOX_REFETCH_MS);

export function applyStreamEvent(client: QueryClient, event: StreamEvent, meId: string | null): void {
  switch (event.type) {
    case 'inbox.digest':
      scheduleViewRecount(client);
      for (const change of event.data.events) applyDigestRow(client, change.data, meId);
      if (event.data.dropped > 0) scheduleInboxRefetch(client);
      break;
    case 'conversation.created':
    case 'conversation.updated': {
      scheduleViewRecount(client);
      const row = decorate(client, event.data);
      if (row.contact) applyConversationToInboxes(client, row, meId);
      else void placeWithContact(client, event.data, meId);
      applyConversationToDetail(client, event.data);
      if (!row.channel) void client.invalidateQueries({ queryKey: queryKeys.channels });
      updateContactHistory(client, event.type === 'conversation.created', event.data);
      break;
    }
    case 'message.created':
      addMessageToDetail(client, event.data);
      break;
    case 'message.updated':
      applyMessageUpdateToDetail(client, event.data);
      break;
    case 'message.deleted':
      removeMessageFromDetail(client, event.data);
      break;
    case 'notification.created':
      addUnreadNotification(client, event.data);
      break;
    case 'presence':
      if (event.data.userId !== meId) recordPresence(event.data);
      break;
    case 'contact.updated': {
      client.setQueryData<ContactDetail>(queryKeys.contact(event.data.id), (old) => (old ? { ...old, ...event.data } : old));
      applyContactToInboxes(client, summaryOf(event.data));
      break;
    }
    // Lists another browser or the API changed: refetched where shown, marked stale elsewhere.
    case 'views.changed':
      void client.invalidateQueries({ queryKey: queryKeys.views });
      break;
    // A like or a follow: the contact's panel refetches its activity where it is open.
    case 'contact.activity':
      void client.invalidateQueries({ queryKey: queryKeys.contact(event.data.contactId) });
      break;
    case 'channel.health':
      void client.invalidateQueries({ queryKey: queryKeys.channels });
      break;
    case 'playbooks.changed':
      void client.invalidateQueries({ queryKey: queryKeys.playbooksAll });
      break;
    case 'goodwill.created':
    case 'goodwill.decided':
      void client.invalidateQueries({ queryKey: queryKeys.goodwillAll });
      break;
    case 'goodwill.limits_changed':
      void client.invalidateQueries({ queryKey: queryKeys.goodwillLimits });
      break;
    case 'hello':
      break;
  }
}
