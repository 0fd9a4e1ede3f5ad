// Keeps every loaded inbox list true to the stream: a changed conversation moves, joins or leaves each list.
import type { QueryClient } from '@tanstack/react-query';
import type { ChannelSummary, ContactSummary, Conversation, InboxPage, InboxRow } from '../api/types.ts';
import { queryKeys } from '../api/query-keys.ts';
import { compareRows, matchesFilter, type InboxFilter } from './inbox-filter.ts';

export type InboxData = InboxPage;

function insertSorted(items: InboxRow[], row: InboxRow, filter: InboxFilter): InboxRow[] {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compareRows(filter.sort, items[mid]!, row) <= 0) low = mid + 1;
    else high = mid;
  }
  return [...items.slice(0, low), row, ...items.slice(low)];
}

export function upsertRow(data: InboxData, row: InboxRow, filter: InboxFilter, meId: string | null): InboxData {
  const index = data.items.findIndex((r) => r.id === row.id);
  const existing = index >= 0 ? data.items[index] : undefined;
  // A page fetched just now may already hold a newer version than an event still in flight.
  if (existing && existing.version > row.version) return data;
  const merged: InboxRow = { ...row, contact: row.contact ?? existing?.contact ?? null, channel: row.channel ?? existing?.channel ?? null };
  const without = index >= 0 ? [...data.items.slice(0, index), ...data.items.slice(index + 1)] : data.items;
  if (!matchesFilter(merged, filter, meId)) return index >= 0 ? { ...data, items: without } : data;
  const last = without[without.length - 1];
  // Past the last loaded row it belongs to a page not fetched yet; the next page will bring it.
  if (data.nextCursor && last && compareRows(filter.sort, merged, last) > 0) return index >= 0 ? { ...data, items: without } : data;
  return { ...data, items: insertSorted(without, merged, filter) };
}

/** Appends a fetched page, skipping rows that live updates already placed in the list. */
export function appendPage(data: InboxData, page: InboxPage): InboxData {
  const seen = new Set(data.items.map((r) => r.id));
  return { items: [...data.items, ...page.items.filter((r) => !seen.has(r.id))], nextCursor: page.nextCursor };
}

function inboxEntries(client: QueryClient): [readonly unknown[], InboxData][] {
  return client.getQueriesData<InboxData>({ queryKey: queryKeys.inboxAll })
    .filter((entry): entry is [readonly unknown[], InboxData] => entry[1] !== undefined);
}

/** What the loaded lists already know about a conversation's contact and channel. */
export function knownDecoration(client: QueryClient, conversation: Conversation): { contact: ContactSummary | null; channel: ChannelSummary | null } {
  let contact: ContactSummary | null = null;
  let channel: ChannelSummary | null = null;
  for (const [, data] of inboxEntries(client)) {
    for (const row of data.items) {
      if (!contact && row.contactId === conversation.contactId && row.contact) contact = row.contact;
      if (!channel && row.channelId === conversation.channelId && row.channel) channel = row.channel;
      if (contact && channel) return { contact, channel };
    }
  }
  return { contact, channel };
}

export function applyConversationToInboxes(client: QueryClient, row: InboxRow, meId: string | null): void {
  for (const [key, data] of inboxEntries(client)) {
    const filter = key[1] as InboxFilter;
    const next = upsertRow(data, row, filter, meId);
    if (next !== data) client.setQueryData(key, next);
  }
}

export function applyContactToInboxes(client: QueryClient, contact: ContactSummary): void {
  for (const [key, data] of inboxEntries(client)) {
    if (!data.items.some((r) => r.contactId === contact.id)) continue;
    client.setQueryData<InboxData>(key, {
      ...data, items: data.items.map((r) => (r.contactId === contact.id ? { ...r, contact } : r)),
    });
  }
}
