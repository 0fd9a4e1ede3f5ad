// Messages: what customers, agents and bots said, with analysis, delivery state and search.
import { sql } from 'kysely';
import type { Db } from '../database.ts';
import { insertRecords } from '../bulk-insert.ts';
import { newestMatchesPostgres } from './newest-matches-postgres.ts';
import { isOneOf, type Dialect } from '../dialect.ts';
import type { Selectable } from 'kysely';
import type { MessagesTable } from '../schema.ts';
import type { Attachment, DeliveryStatus, Message, MessageDirection, SentimentLabel, Visibility } from '../../domain/types.ts';
import { fromJson, toJson } from '../json-columns.ts';

type MessageRow = Omit<MessagesTable, 'seq'> & { seq?: number };

export const toMessage = (r: MessageRow): Message => ({
  id: r.id, workspaceId: r.workspace_id, conversationId: r.conversation_id, channelId: r.channel_id,
  direction: r.direction as MessageDirection, visibility: r.visibility as Visibility, externalId: r.external_id,
  inReplyToExternalId: r.in_reply_to_external_id, authorType: r.author_type as Message['authorType'],
  authorId: r.author_id, authorName: r.author_name, text: r.text, attachments: fromJson<Attachment[]>(r.attachments, []),
  language: r.language, sentiment: r.sentiment as SentimentLabel | null, sentimentScore: r.sentiment_score,
  urgency: r.urgency, intents: fromJson<string[]>(r.intents, []), pii: fromJson<Message['pii']>(r.pii, []),
  deliveryStatus: r.delivery_status as DeliveryStatus | null, deliveryError: r.delivery_error,
  moderation: (r.moderation ?? null) as Message['moderation'],
  editedAt: r.edited_at ?? null, removedAt: r.removed_at ?? null, previousTexts: fromJson<string[]>(r.previous_texts, []),
  matches: fromJson<NonNullable<Message['matches']>>(r.matches, []),
  sentAt: r.sent_at, createdAt: r.created_at,
});

export const fromMessage = (m: Message): Omit<MessagesTable, 'seq'> => ({
  id: m.id, workspace_id: m.workspaceId, conversation_id: m.conversationId, channel_id: m.channelId,
  direction: m.direction, visibility: m.visibility, external_id: m.externalId,
  in_reply_to_external_id: m.inReplyToExternalId, author_type: m.authorType, author_id: m.authorId,
  author_name: m.authorName, text: m.text, attachments: toJson(m.attachments), language: m.language,
  sentiment: m.sentiment, sentiment_score: m.sentimentScore, urgency: m.urgency, intents: toJson(m.intents),
  pii: toJson(m.pii), delivery_status: m.deliveryStatus, delivery_error: m.deliveryError, sent_at: m.sentAt,
  created_at: m.createdAt, edited_at: m.editedAt ?? null, removed_at: m.removedAt ?? null,
  previous_texts: m.previousTexts?.length ? toJson(m.previousTexts) : null,
  matches: m.matches?.length ? toJson(m.matches) : null,
});

export async function insertMessages(db: Db, messages: Message[]): Promise<void> {
  if (messages.length === 0) return;
  // Multi-row inserts: one round trip for a delivery's messages, more only for a very large backfill.
  await insertRecords(db, 'messages', messages.map(fromMessage));
}

/** The messages of a channel that already carry one of these network ids. */
export async function findByExternalIds(db: Db, channelId: string, externalIds: string[]): Promise<Map<string, { id: string; conversationId: string }>> {
  const out = new Map<string, { id: string; conversationId: string }>();
  if (externalIds.length === 0) return out;
  const rows = await db.selectFrom('messages').select(['id', 'conversation_id', 'external_id'])
    .where('channel_id', '=', channelId).where(isOneOf(db, 'external_id', [...new Set(externalIds)])).execute();
  for (const r of rows) if (r.external_id) out.set(r.external_id, { id: r.id, conversationId: r.conversation_id });
  return out;
}

export async function getMessage(db: Db, id: string): Promise<Message | undefined> {
  const r = await db.selectFrom('messages').selectAll().where('id', '=', id).executeTakeFirst();
  return r && toMessage(r);
}

/** The latest messages of a conversation, oldest first; `before` pages back through history. */
export async function listConversationMessages(db: Db, conversationId: string, limit = 200, beforeSeq?: number): Promise<{ items: Message[]; oldestSeq: number | null; hasMore: boolean }> {
  let q = db.selectFrom('messages').selectAll().where('conversation_id', '=', conversationId);
  if (beforeSeq !== undefined) q = q.where('seq', '<', beforeSeq);
  const rows = await q.orderBy('seq', 'desc').limit(limit + 1).execute();
  const page = rows.slice(0, limit).reverse();
  return { items: page.map(toMessage), oldestSeq: page[0]?.seq ?? null, hasMore: rows.length > limit };
}

export async function setDelivery(db: Db, id: string, status: DeliveryStatus, error: string | null, externalId?: string | null): Promise<void> {
  await db.updateTable('messages')
    .set({ delivery_status: status, delivery_error: error, ...(externalId ? { external_id: externalId } : {}) })
    .where('id', '=', id).execute();
}

export interface SearchHit { message: Message; }

/** Splits what the user typed into words and quotes each, so no input is a syntax error. */
function ftsQuery(q: string): string | null {
  const words = q.normalize('NFKC').match(/[\p{L}\p{N}_]+/gu);
  if (!words || words.length === 0) return null;
  return words.slice(0, 16).map((w) => `"${w}"`).join(' ');
}

/**
 * Full-text search, newest first (relevance ranking is a separate, bounded step). SQLite's FTS5
 * walks its own index in that order; PostgreSQL's steps are in newest-matches-postgres.ts.
 */
export async function searchMessages(db: Db, dialect: Dialect, workspaceId: string, q: string, limit = 50, beforeSeq?: number): Promise<{ items: Message[]; nextBefore: number | null }> {
  const match = ftsQuery(q);
  if (!match) return { items: [], nextBefore: null };
  let rows: Selectable<MessagesTable>[];
  if (dialect === 'postgres') {
    const seqs = await newestMatchesPostgres(db, workspaceId, match.replace(/"/g, ''), limit + 1, beforeSeq);
    rows = seqs.length === 0 ? [] : await db.selectFrom('messages').selectAll().where('seq', 'in', seqs).orderBy('seq', 'desc').execute();
  } else {
    // FTS5 walks its index in rowid (= seq) order, so newest-first needs no sort of the hits.
    const before = beforeSeq !== undefined ? sql`and f.rowid < ${beforeSeq}` : sql``;
    const result = await sql<Selectable<MessagesTable>>`select m.* from messages_fts f join messages m on m.seq = f.rowid
      where messages_fts match ${match} and m.workspace_id = ${workspaceId} ${before}
      order by f.rowid desc limit ${limit + 1}`.execute(db);
    rows = result.rows;
  }
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return { items: page.map(toMessage), nextBefore: rows.length > limit && last ? last.seq : null };
}

/** The network id of the customer's latest message: what a reply answers. */
export async function lastInboundExternalId(db: Db, conversationId: string): Promise<string | null> {
  const r = await db.selectFrom('messages').select('external_id')
    .where('conversation_id', '=', conversationId).where('direction', '=', 'in').where('external_id', 'is not', null)
    .orderBy('seq', 'desc').limit(1).executeTakeFirst();
  return r?.external_id ?? null;
}

/**
 * Records that a reply was sent under the network's id. If the network's echo of that very post
 * was ingested first (it raced the send's answer), the echo is removed: our row, with its author,
 * is the one to keep. Returns the id of the removed echo, if any.
 */
export async function recordSent(db: Db, channelId: string, messageId: string, externalId: string | null): Promise<string | null> {
  let removed: string | null = null;
  if (externalId) {
    const echo = (await findByExternalIds(db, channelId, [externalId])).get(externalId);
    if (echo && echo.id !== messageId) {
      await db.deleteFrom('messages').where('id', '=', echo.id).execute();
      removed = echo.id;
    }
  }
  await setDelivery(db, messageId, 'sent', null, externalId);
  return removed;
}

export async function setModeration(db: Db, id: string, moderation: 'hidden' | 'deleted' | null): Promise<void> {
  await db.updateTable('messages').set({ moderation }).where('id', '=', id).execute();
}

/** Stores an edit or removal made on the network: the message keeps its earlier texts. */
export async function updateMessageContent(db: Db, message: Message): Promise<void> {
  const row = fromMessage(message);
  await db.updateTable('messages').set({
    text: row.text, attachments: row.attachments, language: row.language, sentiment: row.sentiment,
    sentiment_score: row.sentiment_score, urgency: row.urgency, intents: row.intents, pii: row.pii,
    edited_at: row.edited_at, removed_at: row.removed_at, previous_texts: row.previous_texts,
  }).where('id', '=', message.id).execute();
}

/** Delivery statuses a receipt may move a message out of: never backwards, never off `failed`. */
const RECEIPT_ORDER = { delivered: ['sending', 'sent'], read: ['sending', 'sent', 'delivered'] } as const;

/**
 * Applies a network's receipt to the brand's messages in a conversation (by their network ids, or
 * everything sent up to a watermark); returns the messages it changed.
 */
export async function applyReceipt(db: Db, receipt: {
  channelId: string; conversationIds: string[]; status: 'delivered' | 'read'; externalIds: string[]; watermark: string | null;
}): Promise<Message[]> {
  if (receipt.externalIds.length === 0 && (!receipt.watermark || receipt.conversationIds.length === 0)) return [];
  const rows = await db.selectFrom('messages').selectAll()
    .where('channel_id', '=', receipt.channelId).where('direction', 'in', ['out', 'bot'])
    .where('delivery_status', 'in', [...RECEIPT_ORDER[receipt.status]])
    .where((eb) => {
      const either = [];
      if (receipt.externalIds.length) either.push(eb('external_id', 'in', receipt.externalIds));
      if (receipt.watermark && receipt.conversationIds.length) {
        either.push(eb.and([eb('conversation_id', 'in', receipt.conversationIds), eb('sent_at', '<=', receipt.watermark)]));
      }
      return eb.or(either);
    })
    .execute();
  if (rows.length === 0) return [];
  await db.updateTable('messages').set({ delivery_status: receipt.status }).where('id', 'in', rows.map((r) => r.id)).execute();
  return rows.map((r) => ({ ...toMessage(r), deliveryStatus: receipt.status }));
}
