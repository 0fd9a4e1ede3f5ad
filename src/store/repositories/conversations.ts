// Conversations: threads with a customer, their state, and the inbox's keyset-paged lists.
import { CompiledQuery, sql, type ExpressionBuilder, type SelectQueryBuilder } from 'kysely';
import type { Db } from '../database.ts';
import { inStatementSizes } from '../statement-batches.ts';
import { BULK_COLUMNS, insertRecords } from '../bulk-insert.ts';
import { dialectOf, isOneOf } from '../dialect.ts';
import type { Database, ConversationsTable, ConversationTagsTable } from '../schema.ts';
import { CONVERSATION_STATUSES, type Conversation, type ConversationChange, type ConversationKind, type ConversationStatus, type PriorityFactor, type SentimentLabel } from '../../domain/types.ts';
import { ParleyError } from '../../domain/errors.ts';
import { fromJson, toJson } from '../json-columns.ts';

export const toConversation = (r: ConversationsTable): Conversation => ({
  id: r.id, workspaceId: r.workspace_id, channelId: r.channel_id, contactId: r.contact_id,
  kind: r.kind as ConversationKind, threadKey: r.thread_key, status: r.status as ConversationStatus,
  assigneeId: r.assignee_id, teamId: r.team_id, tags: fromJson<string[]>(r.tags, []), priority: r.priority,
  priorityFactors: fromJson<PriorityFactor[]>(r.priority_factors, []), language: r.language,
  sentiment: r.sentiment as SentimentLabel | null, needsReply: r.needs_reply === 1, snippet: r.snippet,
  snoozedUntil: r.snoozed_until, lastMessageAt: r.last_message_at, lastInboundAt: r.last_inbound_at,
  waitingSince: r.waiting_since, version: r.version, lastChange: fromJson<ConversationChange | null>(r.last_change, null),
  listeningLabel: (r.listening_label ?? null) as Conversation['listeningLabel'],
  createdAt: r.created_at, updatedAt: r.updated_at,
});

export async function bumpStatusCount(db: Db, workspaceId: string, status: string, delta: number): Promise<void> {
  await db.insertInto('status_counts').values({ workspace_id: workspaceId, status, count: delta })
    .onConflict((oc) => oc.columns(['workspace_id', 'status'])
      .doUpdateSet({ count: sql<number>`status_counts.count + ${delta}` }))
    .execute();
}

/** The conversations of one channel that hold these thread keys, keyed by thread key. */
export async function findConversationsByThreads(db: Db, channelId: string, threadKeys: readonly string[]): Promise<Map<string, Conversation>> {
  const out = new Map<string, Conversation>();
  for (const keys of inStatementSizes([...new Set(threadKeys)], 1)) {
    const rows = await db.selectFrom('conversations').selectAll().where('channel_id', '=', channelId).where(isOneOf(db, 'thread_key', keys)).execute();
    for (const r of rows) out.set(r.thread_key, toConversation(r));
  }
  return out;
}

export async function getConversationsByIds(db: Db, ids: readonly string[]): Promise<Map<string, Conversation>> {
  const out = new Map<string, Conversation>();
  for (const group of inStatementSizes([...new Set(ids)], 1)) {
    const rows = await db.selectFrom('conversations').selectAll().where(isOneOf(db, 'id', group)).execute();
    for (const r of rows) out.set(r.id, toConversation(r));
  }
  return out;
}

/**
 * Writes new conversations in their final state with their tags, and counts them by status: a
 * batch of new conversations costs a few statements, not a few per conversation.
 */
export async function insertConversations(db: Db, entries: readonly { conversation: Conversation; reprioritizeAt?: string | null }[]): Promise<void> {
  if (entries.length === 0) return;
  // The contact's VIP flag rides on its conversations (migration 021), read as they are written.
  const vips = new Set<string>();
  for (const ids of inStatementSizes([...new Set(entries.map((e) => e.conversation.contactId))], 1)) {
    const rows = await db.selectFrom('contacts').select('id').where(isOneOf(db, 'id', ids)).where('is_vip', '=', 1).execute();
    for (const row of rows) vips.add(row.id);
  }
  await insertRecords(db, 'conversations', entries.map(({ conversation, reprioritizeAt }) => ({
    ...fromConversation(conversation),
    listening_label: conversation.listeningLabel ?? null,
    reprioritize_at: reprioritizeColumn(conversation, reprioritizeAt).reprioritize_at ?? null,
    contact_is_vip: vips.has(conversation.contactId) ? 1 : 0,
  })));
  await insertRecords(db, 'conversation_tags', entries.flatMap(({ conversation }) => tagRows(conversation)));
  const counts = new Map<string, { workspaceId: string; status: string; n: number }>();
  for (const { conversation: c } of entries) {
    const key = `${c.workspaceId} ${c.status}`;
    const count = counts.get(key) ?? { workspaceId: c.workspaceId, status: c.status, n: 0 };
    count.n++;
    counts.set(key, count);
  }
  for (const { workspaceId, status, n } of counts.values()) await bumpStatusCount(db, workspaceId, status, n);
}

function fromConversation(c: Conversation): ConversationsTable {
  return {
    id: c.id, workspace_id: c.workspaceId, channel_id: c.channelId, contact_id: c.contactId, kind: c.kind,
    thread_key: c.threadKey, status: c.status, assignee_id: c.assigneeId, team_id: c.teamId, tags: toJson(c.tags),
    priority: c.priority, priority_factors: toJson(c.priorityFactors), language: c.language, sentiment: c.sentiment,
    needs_reply: c.needsReply ? 1 : 0, snippet: c.snippet, snoozed_until: c.snoozedUntil,
    last_message_at: c.lastMessageAt, last_inbound_at: c.lastInboundAt, waiting_since: c.waitingSince,
    version: c.version, created_at: c.createdAt, updated_at: c.updatedAt,
    last_change: c.lastChange ? toJson(c.lastChange) : null,
    listening_label: c.listeningLabel ?? null,
  };
}

export async function getConversation(db: Db, workspaceId: string, id: string): Promise<Conversation | undefined> {
  const r = await db.selectFrom('conversations').selectAll()
    .where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
  return r && toConversation(r);
}

export async function getConversationById(db: Db, id: string): Promise<Conversation | undefined> {
  const r = await db.selectFrom('conversations').selectAll().where('id', '=', id).executeTakeFirst();
  return r && toConversation(r);
}

export type ConversationPatch = Partial<Pick<Conversation,
  'status' | 'assigneeId' | 'teamId' | 'tags' | 'priority' | 'priorityFactors' | 'language' | 'sentiment' |
  'needsReply' | 'snippet' | 'snoozedUntil' | 'lastMessageAt' | 'lastInboundAt' | 'waitingSince' | 'listeningLabel'>> & {
  /** When the priority must next be recomputed (aging, response goal): stored, never part of the Conversation. */
  reprioritizeAt?: string | null | undefined;
};

/**
 * Applies a change and grows the version. With expectedVersion, a conversation changed by
 * someone else since the caller looked is refused with stale_version.
 */
export async function updateConversation(db: Db, current: Conversation, patch: ConversationPatch,
  options: { expectedVersion?: number; now?: Date; change?: Omit<ConversationChange, 'at'> } = {}): Promise<Conversation> {
  if (options.expectedVersion !== undefined && options.expectedVersion !== current.version) {
    throw staleVersion(current, options.expectedVersion);
  }
  const { reprioritizeAt } = patch;
  const next = patchedConversation(current, patch, options.now ?? new Date(), options.change);
  const res = await db.updateTable('conversations')
    .set({ ...changedColumns(fromConversation(current), fromConversation(next)), ...reprioritizeColumn(next, reprioritizeAt) })
    .where('id', '=', current.id).where('version', '=', current.version)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) === 0) {
    const fresh = await getConversationById(db, current.id);
    throw staleVersion(fresh ?? current, current.version);
  }
  await keepCountsAndTags(db, current, patch, next);
  return next;
}

/** The status counts and tag rows that follow a conversation's status, priority and tags. */
async function keepCountsAndTags(db: Db, current: Conversation, patch: ConversationPatch, next: Conversation): Promise<void> {
  if (patch.status !== undefined && patch.status !== current.status) {
    await bumpStatusCount(db, current.workspaceId, current.status, -1);
    await bumpStatusCount(db, current.workspaceId, patch.status, 1);
  }
  if (patch.tags !== undefined) await replaceTags(db, next);
  else if (next.status !== current.status || next.priority !== current.priority) await syncTagRanking(db, next);
}

export interface ConversationUpdate {
  current: Conversation;
  patch: ConversationPatch;
  change?: Omit<ConversationChange, 'at'> | undefined;
}

let batchUpdateText: string | undefined;

/** The batched update's text: the same for every batch, so built once. */
function batchUpdateStatement(): string {
  if (batchUpdateText !== undefined) return batchUpdateText;
  const types = new Map<string, string>(BULK_COLUMNS.conversations.map(([name, type]) => [name, type]));
  const names = ['id', 'old_version', ...BATCH_SET_COLUMNS, 'keeps_reprioritize', 'reprioritize_at'];
  const arrayTypes = ['text', 'int4', ...BATCH_SET_COLUMNS.map((c) => types.get(c)!), 'int4', 'text'];
  batchUpdateText = `update conversations as c set ${BATCH_SET_COLUMNS.map((c) => `${c} = v.${c}`).join(', ')}, `
    + 'reprioritize_at = case when v.keeps_reprioritize = 1 then c.reprioritize_at else v.reprioritize_at end '
    + `from unnest(${arrayTypes.map((type, i) => `$${i + 1}::${type}[]`).join(', ')}) as v(${names.join(', ')}) `
    + 'where c.id = v.id and c.version = v.old_version returning c.id';
  return batchUpdateText;
}

/**
 * Several conversations updated at once, each as updateConversation would (the same version check,
 * counts and tag rows). On PostgreSQL one statement updates them all from arrays, where a
 * statement each cost a round trip and a parse and plan each (ingest updates a third of a
 * conversation per message); on SQLite, where a statement is a function call, each is updated
 * alone, setting only the columns that changed (see changedColumns).
 */
export async function updateConversations(db: Db, updates: readonly ConversationUpdate[], now: Date): Promise<Conversation[]> {
  if (updates.length < 2 || dialectOf(db) === 'sqlite') {
    const out: Conversation[] = [];
    for (const u of updates) out.push(await updateConversation(db, u.current, u.patch, { now, change: u.change }));
    return out;
  }
  const nexts = updates.map((u) => patchedConversation(u.current, u.patch, now, u.change));
  const rows = nexts.map(fromConversation);
  const arrays: unknown[][] = [updates.map((u) => u.current.id), updates.map((u) => u.current.version)];
  for (const column of BATCH_SET_COLUMNS) arrays.push(rows.map((row) => row[column] ?? null));
  const reprioritize = nexts.map((next, i) => reprioritizeColumn(next, updates[i]!.patch.reprioritizeAt));
  arrays.push(reprioritize.map((r) => ('reprioritize_at' in r ? 0 : 1)), reprioritize.map((r) => r.reprioritize_at ?? null));
  const statement = batchUpdateStatement();
  const result = await db.executeQuery<{ id: string }>(CompiledQuery.raw(statement, arrays));
  if (result.rows.length < updates.length) {
    const updated = new Set(result.rows.map((row) => row.id));
    const stale = updates.find((u) => !updated.has(u.current.id))!.current;
    throw staleVersion((await getConversationById(db, stale.id)) ?? stale, stale.version);
  }
  for (let i = 0; i < updates.length; i++) await keepCountsAndTags(db, updates[i]!.current, updates[i]!.patch, nexts[i]!);
  return nexts;
}

const PATCHABLE_COLUMNS = [
  'status', 'assignee_id', 'team_id', 'tags', 'priority', 'priority_factors', 'language', 'sentiment', 'needs_reply',
  'snippet', 'snoozed_until', 'last_message_at', 'last_inbound_at', 'waiting_since', 'listening_label',
] as const satisfies readonly (keyof ConversationsTable)[];

/** The columns a batched update sets (updateConversations), each row's new value or its old one. */
const BATCH_SET_COLUMNS = [...PATCHABLE_COLUMNS, 'version', 'updated_at', 'last_change'] as const;

type ConversationSet = Partial<Pick<ConversationsTable, (typeof PATCHABLE_COLUMNS)[number] | 'version' | 'updated_at' | 'last_change'>>;

/**
 * Only the columns whose value changed, with the version stamp. SQLite re-seeks every index on a
 * column named in SET even when its value is the same (twice the time of an update that leaves it
 * out, measured), and a customer writing again changes few of the inbox's indexed columns.
 */
function changedColumns(before: ConversationsTable, after: ConversationsTable): ConversationSet {
  const set: Record<string, unknown> = { version: after.version, updated_at: after.updated_at, last_change: after.last_change };
  for (const column of PATCHABLE_COLUMNS) {
    if ((after[column] ?? null) !== (before[column] ?? null)) set[column] = after[column] ?? null;
  }
  return set as ConversationSet;
}

/** A conversation with a change applied: one version on, stamped with when and, if given, by whom. */
export function patchedConversation(current: Conversation, patch: ConversationPatch, now: Date, change?: Omit<ConversationChange, 'at'>): Conversation {
  const at = now.toISOString();
  const { reprioritizeAt: _stored, ...changes } = patch;
  return { ...current, ...changes, version: current.version + 1, updatedAt: at, lastChange: change ? { ...change, at } : current.lastChange };
}

/** A conversation that no longer waits (answered, resolved) has nothing left to age: it leaves the job's index. */
function reprioritizeColumn(next: Conversation, at: string | null | undefined): { reprioritize_at?: string | null } {
  if (!next.needsReply || next.status === 'resolved') return { reprioritize_at: null };
  return at === undefined ? {} : { reprioritize_at: at };
}

function staleVersion(current: Conversation, seen: number): ParleyError {
  const change = current.lastChange;
  const who = change ? `${change.byName ?? 'someone'} ${change.what}` : 'someone changed it';
  return new ParleyError('stale_version', `the conversation changed since you looked (version ${seen}): ${who}`, {
    conversationId: current.id, currentVersion: current.version, seenVersion: seen, lastChange: change,
    conversation: current,
  });
}

function tagRows(c: Conversation): ConversationTagsTable[] {
  return c.tags.map((tag) => ({ conversation_id: c.id, workspace_id: c.workspaceId, tag, status: c.status, priority: c.priority }));
}

async function replaceTags(db: Db, c: Conversation): Promise<void> {
  await db.deleteFrom('conversation_tags').where('conversation_id', '=', c.id).execute();
  if (c.tags.length === 0) return;
  await db.insertInto('conversation_tags').values(tagRows(c)).execute();
}

/** Keeps a tagged conversation's tag rows in step with its status and priority (see migration 022). */
export async function syncTagRanking(db: Db, c: Pick<Conversation, 'id' | 'tags' | 'status' | 'priority'>): Promise<void> {
  if (c.tags.length === 0) return;
  await db.updateTable('conversation_tags').set({ status: c.status, priority: c.priority }).where('conversation_id', '=', c.id).execute();
}

export type ConversationSort = 'priority' | 'newest' | 'oldest';

export interface ConversationFilter {
  status?: ConversationStatus[] | undefined;
  channelIds?: string[] | undefined;
  /** 'unassigned', 'anyone' (assigned to somebody), or a user id. */
  assignee?: string | undefined;
  teamId?: string | undefined;
  tag?: string | undefined;
  language?: string | undefined;
  sentiment?: SentimentLabel | undefined;
  minPriority?: number | undefined;
  isVip?: boolean | undefined;
  needsReply?: boolean | undefined;
  contactId?: string | undefined;
  kind?: ConversationKind | undefined;
  /** care: the care queue (default); listening: what listening found; all: both. */
  view?: 'care' | 'listening' | 'all' | undefined;
}

export interface ConversationPage {
  items: Conversation[];
  nextCursor: string | null;
}

type Cursor = [string | number, string];

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify(c)).toString('base64url');
}

export function decodeCursor(text: string): Cursor {
  try {
    const value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(value) && value.length === 2 && (typeof value[0] === 'string' || typeof value[0] === 'number') && typeof value[1] === 'string') {
      return [value[0], value[1]];
    }
  } catch {
    // Falls through to the error below.
  }
  throw new ParleyError('bad_request', 'the cursor is not one this server gave out');
}

function applyFilter<O>(q: SelectQueryBuilder<Database, 'conversations', O>, f: ConversationFilter): SelectQueryBuilder<Database, 'conversations', O> {
  if (f.status?.length) q = q.where('conversations.status', 'in', f.status);
  if (f.channelIds) q = f.channelIds.length ? q.where('conversations.channel_id', 'in', f.channelIds) : q.where(sql<boolean>`1 = 0`);
  if (f.assignee === 'unassigned') q = q.where('conversations.assignee_id', 'is', null);
  else if (f.assignee === 'anyone') q = q.where('conversations.assignee_id', 'is not', null);
  else if (f.assignee) q = q.where('conversations.assignee_id', '=', f.assignee);
  if (f.teamId) q = q.where('conversations.team_id', '=', f.teamId);
  if (f.language) q = q.where('conversations.language', '=', f.language);
  if (f.sentiment) q = q.where('conversations.sentiment', '=', f.sentiment);
  if (f.minPriority !== undefined) q = q.where('conversations.priority', '>=', f.minPriority);
  if (f.needsReply !== undefined) q = q.where('conversations.needs_reply', '=', f.needsReply ? 1 : 0);
  if (f.contactId) q = q.where('conversations.contact_id', '=', f.contactId);
  if (f.kind) q = q.where('conversations.kind', '=', f.kind);
  if (f.view === 'listening') q = q.where('conversations.listening_label', 'is not', null);
  else if (f.view !== 'all') q = q.where('conversations.listening_label', 'is', null);
  if (f.tag) {
    const tag = f.tag;
    q = q.where((eb: ExpressionBuilder<Database, 'conversations'>) => eb.exists(
      eb.selectFrom('conversation_tags').select('conversation_tags.tag')
        .whereRef('conversation_tags.conversation_id', '=', 'conversations.id')
        .where('conversation_tags.tag', '=', tag)));
  }
  // A literal, not a parameter: only then may the planners use the index of VIPs alone (migration 025).
  if (f.isVip !== undefined) q = q.where('conversations.contact_is_vip', '=', sql.lit(f.isVip ? 1 : 0));
  return q;
}

/** A page is an ordered walk over an index (one per status where several merge), continued by keyset, never by OFFSET. */
export async function listConversations(db: Db, workspaceId: string, filter: ConversationFilter,
  sort: ConversationSort, limit: number, cursor?: string): Promise<ConversationPage> {
  const after = cursor ? decodeCursor(cursor) : undefined;
  if (sort === 'priority') {
    const walk = filter.tag !== undefined ? tagByPriority : byPriority;
    const statuses = statusesToMerge(filter);
    const rows = statuses.length > 1
      ? mergeByPriority(await Promise.all(statuses.map((status) => walk(db, workspaceId, { ...filter, status: [status] }, limit, after))), limit + 1)
      : await walk(db, workspaceId, filter, limit, after);
    return pageOf(rows, limit, (last) => [last.priority, last.id]);
  }
  let q = applyFilter(db.selectFrom('conversations').selectAll('conversations')
    .where('conversations.workspace_id', '=', workspaceId), filter);
  const descending = sort === 'newest';
  if (after) {
    const [at, id] = after;
    const op = descending ? '<' : '>';
    q = q.where((eb) => eb.or([
      eb('conversations.last_message_at', op, String(at)),
      eb.and([eb('conversations.last_message_at', '=', String(at)), eb('conversations.id', op, id)]),
    ]));
  }
  const dir = descending ? 'desc' : 'asc';
  const rows = await q.orderBy('conversations.last_message_at', dir).orderBy('conversations.id', dir).limit(limit + 1).execute();
  return pageOf(rows, limit, (last) => [last.lastMessageAt, last.id]);
}

function pageOf(rows: readonly ConversationsTable[], limit: number, cursorOf: (last: Conversation) => Cursor): ConversationPage {
  const items = rows.slice(0, limit).map(toConversation);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(cursorOf(last)) : null };
}

/**
 * Neither planner merges two index ranges for `status in (…)`: it walks one index past every row
 * of the other statuses, or sorts every match. So a view of several statuses, or of all of them,
 * is asked one status at a time, each an ordered walk of an index that leads with the status
 * (every inbox index does, migration 025), and merged here.
 */
function statusesToMerge(filter: ConversationFilter): readonly ConversationStatus[] {
  return filter.status?.length ? [...new Set(filter.status)] : CONVERSATION_STATUSES;
}

async function byPriority(db: Db, workspaceId: string, filter: ConversationFilter, limit: number, after: Cursor | undefined): Promise<ConversationsTable[]> {
  let q = applyFilter(db.selectFrom('conversations').selectAll('conversations')
    .where('conversations.workspace_id', '=', workspaceId), filter);
  if (after) q = q.where(belowInPriority('conversations.priority', 'conversations.id', after));
  return q.orderBy('conversations.priority', 'desc').orderBy('conversations.id', 'asc').limit(limit + 1).execute();
}

/** The keyset after a cursor in (priority desc, id asc) order, on whichever table's columns hold them. */
function belowInPriority(priority: string, id: string, [p, afterId]: Cursor) {
  return sql<boolean>`(${sql.ref(priority)} < ${Number(p)} or (${sql.ref(priority)} = ${Number(p)} and ${sql.ref(id)} > ${afterId}))`;
}

/** The first `count` rows of several lists each in (priority desc, id asc) order, in that order. */
function mergeByPriority<R extends { priority: number; id: string }>(lists: readonly (readonly R[])[], count: number): R[] {
  return lists.flat()
    .sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, count);
}

/**
 * A tag view by priority walks the tag's own index (its rows carry status and priority, migration
 * 022) and joins each hit to its conversation, so a tag that goes with low priority costs its 50
 * rows rather than every conversation ranked above them.
 */
async function tagByPriority(db: Db, workspaceId: string, filter: ConversationFilter, limit: number, after: Cursor | undefined): Promise<ConversationsTable[]> {
  const { tag, status, ...rest } = filter;
  if (tag === undefined) throw new Error('a tag view needs a tag');
  let q = db.selectFrom('conversation_tags')
    .innerJoin('conversations', 'conversations.id', 'conversation_tags.conversation_id')
    .selectAll('conversations')
    .where('conversation_tags.workspace_id', '=', workspaceId)
    .where('conversation_tags.tag', '=', tag);
  if (status?.length) q = q.where('conversation_tags.status', 'in', status);
  // The other filters name only the conversation's columns, which the join carries as they are.
  type Joined = typeof q;
  q = applyFilter(q as unknown as SelectQueryBuilder<Database, 'conversations', ConversationsTable>, rest) as unknown as Joined;
  if (after) q = q.where(belowInPriority('conversation_tags.priority', 'conversation_tags.conversation_id', after));
  return q.orderBy('conversation_tags.priority', 'desc').orderBy('conversation_tags.conversation_id', 'asc').limit(limit + 1).execute();
}

/**
 * Atomically assigns the most urgent open, unassigned conversation to the user. On PostgreSQL
 * concurrent claims skip each other's locked rows; SQLite has one writer, so the statement is
 * atomic by itself.
 */
export async function claimNextConversation(db: Db, dialect: 'sqlite' | 'postgres', workspaceId: string,
  userId: string, options: { teamId?: string | undefined; languages?: string[] | undefined; now?: Date; change?: Omit<ConversationChange, 'at'> } = {}): Promise<Conversation | undefined> {
  const now = (options.now ?? new Date()).toISOString();
  let pick = db.selectFrom('conversations').select('id')
    .where('workspace_id', '=', workspaceId).where('status', '=', 'open').where('assignee_id', 'is', null)
    // What listening found waits for the team to decide; it is not handed out as care work.
    .where('listening_label', 'is', null);
  if (options.teamId) pick = pick.where('team_id', '=', options.teamId);
  if (options.languages?.length) {
    const langs = options.languages;
    pick = pick.where((eb) => eb.or([eb('language', 'in', langs), eb('language', 'is', null)]));
  }
  pick = pick.orderBy('priority', 'desc').orderBy('id', 'asc').limit(1);
  const locked = dialect === 'postgres' ? pick.forUpdate().skipLocked() : pick;
  // Under PostgreSQL's read-committed, a row claimed by a concurrent transaction that has just
  // committed makes the locked subquery come back empty; asking again sees the next row.
  for (let attempt = 0; attempt < 10; attempt++) {
    const row = await db.updateTable('conversations')
      .set({
        assignee_id: userId, version: sql<number>`version + 1`, updated_at: now,
        ...(options.change ? { last_change: toJson({ ...options.change, at: now }) } : {}),
      })
      .where('id', '=', locked)
      .where('assignee_id', 'is', null)
      .returningAll()
      .executeTakeFirst();
    if (row) return toConversation(row);
    const anyLeft = await pick.executeTakeFirst();
    if (!anyLeft) return undefined;
  }
  return undefined;
}

export async function readStatusCounts(db: Db, workspaceId: string): Promise<Record<ConversationStatus, number>> {
  const rows = await db.selectFrom('status_counts').select(['status', 'count']).where('workspace_id', '=', workspaceId).execute();
  const out: Record<ConversationStatus, number> = { open: 0, pending: 0, snoozed: 0, resolved: 0 };
  for (const r of rows) if (r.status in out) out[r.status as ConversationStatus] = Number(r.count);
  return out;
}

export async function dueSnoozed(db: Db, now: Date, limit = 100): Promise<Conversation[]> {
  const rows = await db.selectFrom('conversations').selectAll()
    .where('status', '=', 'snoozed').where('snoozed_until', '<=', now.toISOString()).limit(limit).execute();
  return rows.map(toConversation);
}

/** Open and pending conversations each agent holds (an indexed count, bounded by the agents asked about). */
export async function countHeldByAgents(db: Db, workspaceId: string, userIds: string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>(userIds.map((id) => [id, 0]));
  if (userIds.length === 0) return out;
  const rows = await db.selectFrom('conversations')
    .select(['assignee_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('workspace_id', '=', workspaceId).where('assignee_id', 'in', userIds).where('status', 'in', ['open', 'pending'])
    .groupBy('assignee_id').execute();
  for (const r of rows) if (r.assignee_id) out.set(r.assignee_id, Number(r.n));
  return out;
}

/** An agent's unanswered conversations in a team: what goes back to the queue when they leave. */
export async function listUnansweredHeld(db: Db, workspaceId: string, userId: string, teamId: string): Promise<Conversation[]> {
  const rows = await db.selectFrom('conversations').selectAll()
    .where('workspace_id', '=', workspaceId).where('assignee_id', '=', userId).where('team_id', '=', teamId)
    .where('status', '=', 'open').where('needs_reply', '=', 1).execute();
  return rows.map(toConversation);
}

/** Where a thread key was linked to another conversation (a private thread joined to a public one). */
/** The conversations private threads were moved into (public → private), keyed by thread key. */
export async function findLinkedConversations(db: Db, channelId: string, threadKeys: readonly string[]): Promise<Map<string, Conversation>> {
  const out = new Map<string, Conversation>();
  for (const keys of inStatementSizes([...new Set(threadKeys)], 1)) {
    const links = await db.selectFrom('thread_links').select(['thread_key', 'conversation_id'])
      .where('channel_id', '=', channelId).where(isOneOf(db, 'thread_key', keys)).execute();
    if (links.length === 0) continue;
    const conversations = await getConversationsByIds(db, links.map((l) => l.conversation_id));
    for (const link of links) {
      const conversation = conversations.get(link.conversation_id);
      if (conversation) out.set(link.thread_key, conversation);
    }
  }
  return out;
}

/** From now on, messages of this thread land in the given conversation. */
export async function linkThread(db: Db, channelId: string, threadKey: string, conversationId: string, at: string): Promise<void> {
  await db.insertInto('thread_links').values({ channel_id: channelId, thread_key: threadKey, conversation_id: conversationId, created_at: at })
    .onConflict((oc) => oc.columns(['channel_id', 'thread_key']).doUpdateSet({ conversation_id: conversationId, created_at: at }))
    .execute();
}

/** How many conversations a filter matches: the number beside a saved view. */
export async function countConversations(db: Db, workspaceId: string, filter: ConversationFilter): Promise<number> {
  const row = await applyFilter(db.selectFrom('conversations').where('conversations.workspace_id', '=', workspaceId), filter)
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
