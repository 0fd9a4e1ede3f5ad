// The inbox list's query string: validated once, and turned into a store filter for the one asking.
// Saved views store this same query string, so a view's count and its list always agree.
import { z } from 'zod';
import type { Db } from '../store/database.ts';
import { CONVERSATION_STATUSES } from '../domain/types.ts';
import { ParleyError } from '../domain/errors.ts';
import { listChannels } from '../store/repositories/channels.ts';
import type { ConversationFilter } from '../store/repositories/conversations.ts';
import { requireUser, type Actor } from './auth/actor.ts';

const booleanQuery = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const csv = z.string().max(500).transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean));

const FilterFields = {
  status: csv.pipe(z.array(z.enum(CONVERSATION_STATUSES))).optional(),
  channelId: z.string().max(64).optional(),
  network: z.string().max(32).optional(),
  assignee: z.string().max(64).optional(),
  teamId: z.string().max(64).optional(),
  tag: z.string().max(64).optional(),
  language: z.string().max(8).optional(),
  sentiment: z.enum(['negative', 'neutral', 'positive']).optional(),
  minPriority: z.coerce.number().int().min(0).max(100).optional(),
  vip: booleanQuery.optional(),
  needsReply: booleanQuery.optional(),
  contactId: z.string().max(64).optional(),
  kind: z.enum(['public', 'private']).optional(),
  view: z.enum(['care', 'listening', 'all']).default('care'),
  sort: z.enum(['priority', 'newest', 'oldest']).default('priority'),
};

export const ListQuery = z.object({
  ...FilterFields,
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});
export type ListQuery = z.infer<typeof ListQuery>;

/** A saved view's query: the list's filters and sort, nothing about paging, nothing unknown. */
const ViewQuery = z.strictObject(FilterFields);
export type ViewQuery = z.infer<typeof ViewQuery>;

/**
 * Parses a saved view's query string. Unknown or repeated parameters are refused rather than
 * dropped, so a view never silently means less than the agent asked for.
 */
export function parseViewQuery(text: string): { query: ViewQuery; canonical: string } {
  const params = new URLSearchParams(text.startsWith('?') ? text.slice(1) : text);
  const fields: Record<string, string> = {};
  for (const [key, value] of params) {
    if (key in fields) throw new ParleyError('validation_failed', `the view query names "${key}" twice`);
    if (value !== '') fields[key] = value;
  }
  const parsed = ViewQuery.safeParse(fields);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ParleyError('validation_failed', `the view query is not valid: ${issue ? `${issue.path.join('.') || 'query'}: ${issue.message}` : 'unknown problem'}`);
  }
  // Strict parsing let only known keys through; empty values were dropped above.
  return { query: parsed.data, canonical: new URLSearchParams(fields).toString() };
}

type FilterQuery = Omit<ListQuery, 'limit' | 'cursor'>;

/** Turns the query into a store filter; "me" means whoever asks, so a shared view counts per agent. */
export async function resolveInboxFilter(db: Db, actor: Actor, query: FilterQuery): Promise<ConversationFilter> {
  let channelIds: string[] | undefined = query.channelId ? [query.channelId] : undefined;
  if (query.network) {
    const ofNetwork = (await listChannels(db, actor.workspaceId)).filter((c) => c.network === query.network).map((c) => c.id);
    channelIds = channelIds ? channelIds.filter((id) => ofNetwork.includes(id)) : ofNetwork;
  }
  const assignee = query.assignee === 'me' ? requireUser(actor) : query.assignee;
  return {
    status: query.status, channelIds, assignee, teamId: query.teamId, tag: query.tag?.toLowerCase(), language: query.language,
    sentiment: query.sentiment, minPriority: query.minPriority, isVip: query.vip, needsReply: query.needsReply,
    contactId: query.contactId, kind: query.kind, view: query.view,
  };
}
