// What the agent filters the inbox by: the query string it becomes, and the same rule applied to live updates.
import type { Conversation, ConversationStatus, InboxRow } from '../api/types.ts';
import { CONVERSATION_STATUSES } from '../../../src/domain/types.ts';

export type InboxSort = 'priority' | 'newest' | 'oldest';
export type AssigneeFilter = 'any' | 'me' | 'unassigned' | 'anyone';
export type SentimentFilter = '' | 'negative' | 'neutral' | 'positive';
/** care: the queue of conversations addressed to the brand; listening: what listening rules found about it. */
export type InboxView = 'care' | 'listening';

export interface InboxFilter {
  view: InboxView;
  status: ConversationStatus | 'all';
  channelId: string;
  /** A network ('x', 'facebook'…) across all its accounts; '' for every network. */
  network: string;
  assignee: AssigneeFilter;
  teamId: string;
  tag: string;
  language: string;
  sentiment: SentimentFilter;
  minPriority: number;
  isVipOnly: boolean;
  isNeedsReplyOnly: boolean;
  sort: InboxSort;
}

export const DEFAULT_FILTER: InboxFilter = {
  view: 'care', status: 'open', channelId: '', network: '', assignee: 'any', teamId: '', tag: '', language: '', sentiment: '', minPriority: 0,
  isVipOnly: false, isNeedsReplyOnly: false, sort: 'priority',
};

export const PAGE_SIZE = 200;

export function toQueryString(filter: InboxFilter, cursor?: string | null): string {
  const params = new URLSearchParams(toViewQuery(filter));
  params.set('limit', String(PAGE_SIZE));
  if (cursor) params.set('cursor', cursor);
  return params.toString();
}

/** The filter as a saved view keeps it: the list's query without paging. */
export function toViewQuery(filter: InboxFilter): string {
  const params = new URLSearchParams({ view: filter.view, sort: filter.sort });
  if (filter.status !== 'all') params.set('status', filter.status);
  if (filter.channelId) params.set('channelId', filter.channelId);
  if (filter.network) params.set('network', filter.network);
  if (filter.assignee !== 'any') params.set('assignee', filter.assignee);
  if (filter.teamId) params.set('teamId', filter.teamId);
  if (filter.tag) params.set('tag', filter.tag);
  if (filter.language) params.set('language', filter.language);
  if (filter.sentiment) params.set('sentiment', filter.sentiment);
  if (filter.minPriority > 0) params.set('minPriority', String(filter.minPriority));
  if (filter.isVipOnly) params.set('vip', 'true');
  if (filter.isNeedsReplyOnly) params.set('needsReply', 'true');
  return params.toString();
}

const ASSIGNEES: AssigneeFilter[] = ['me', 'unassigned', 'anyone'];
const SENTIMENTS: SentimentFilter[] = ['negative', 'neutral', 'positive'];
const SORTS: InboxSort[] = ['priority', 'newest', 'oldest'];
const isTrue = (value: string) => value === 'true' || value === '1';

/**
 * A saved view's query as the inbox's filter, or null when this app cannot show exactly that list
 * (several statuses, a named assignee, a 'both' view — things only the API can ask for). A view the
 * app would have to narrow is not applied at all rather than applied as something else.
 */
export function fromViewQuery(query: string): InboxFilter | null {
  const filter: InboxFilter = { ...DEFAULT_FILTER, status: 'all' };
  for (const [key, value] of new URLSearchParams(query)) {
    switch (key) {
      case 'view': if (value !== 'care' && value !== 'listening') return null; filter.view = value; break;
      case 'sort': if (!SORTS.includes(value as InboxSort)) return null; filter.sort = value as InboxSort; break;
      case 'status': {
        const status = CONVERSATION_STATUSES.find((s) => s === value);
        if (!status) return null;
        filter.status = status;
        break;
      }
      case 'channelId': filter.channelId = value; break;
      case 'network': filter.network = value; break;
      case 'assignee': if (!ASSIGNEES.includes(value as AssigneeFilter)) return null; filter.assignee = value as AssigneeFilter; break;
      case 'teamId': filter.teamId = value; break;
      case 'tag': filter.tag = value; break;
      case 'language': filter.language = value; break;
      case 'sentiment': if (!SENTIMENTS.includes(value as SentimentFilter)) return null; filter.sentiment = value as SentimentFilter; break;
      case 'minPriority': filter.minPriority = Number(value) || 0; break;
      case 'vip': filter.isVipOnly = isTrue(value); break;
      case 'needsReply': filter.isNeedsReplyOnly = isTrue(value); break;
      default: return null;
    }
  }
  return filter;
}

export function sameFilter(a: InboxFilter, b: InboxFilter): boolean {
  return (Object.keys(DEFAULT_FILTER) as (keyof InboxFilter)[]).every((key) => a[key] === b[key]);
}

/** The server's filter, repeated here so that a live update can join or leave a loaded list. */
export function matchesFilter(row: Conversation & { contact?: InboxRow['contact']; channel?: InboxRow['channel'] }, filter: InboxFilter, meId: string | null): boolean {
  // A reply clears the listening label: the conversation leaves Listening and joins the care queue.
  if ((filter.view === 'listening') !== Boolean(row.listeningLabel)) return false;
  if (filter.status !== 'all' && row.status !== filter.status) return false;
  if (filter.channelId && row.channelId !== filter.channelId) return false;
  if (filter.network && row.channel?.network !== filter.network) return false;
  if (filter.assignee === 'me' && row.assigneeId !== meId) return false;
  if (filter.assignee === 'unassigned' && row.assigneeId !== null) return false;
  if (filter.assignee === 'anyone' && row.assigneeId === null) return false;
  if (filter.teamId && row.teamId !== filter.teamId) return false;
  if (filter.tag && !row.tags.includes(filter.tag.toLowerCase())) return false;
  if (filter.language && row.language !== filter.language) return false;
  if (filter.sentiment && row.sentiment !== filter.sentiment) return false;
  if (row.priority < filter.minPriority) return false;
  if (filter.isVipOnly && !row.contact?.isVip) return false;
  if (filter.isNeedsReplyOnly && !row.needsReply) return false;
  return true;
}

/** The server's keyset order: priority desc then id asc; or last message time, then id, in one direction. */
export function compareRows(sort: InboxSort, a: Conversation, b: Conversation): number {
  if (sort === 'priority') {
    if (a.priority !== b.priority) return b.priority - a.priority;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  }
  const direction = sort === 'newest' ? -1 : 1;
  if (a.lastMessageAt !== b.lastMessageAt) return (a.lastMessageAt < b.lastMessageAt ? -1 : 1) * direction;
  return (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) * direction;
}

export function isFiltered(filter: InboxFilter): boolean {
  return (Object.keys(DEFAULT_FILTER) as (keyof InboxFilter)[])
    .some((key) => key !== 'view' && key !== 'sort' && key !== 'status' && filter[key] !== DEFAULT_FILTER[key]);
}
