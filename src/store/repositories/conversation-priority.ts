// The re-prioritisation job's side of conversations: claiming those whose score is due, and storing the new score.
import type { Db } from '../database.ts';
import type { Dialect } from '../dialect.ts';
import type { Conversation, MessageAnalysis, Priority, Visibility } from '../../domain/types.ts';
import { fromJson, toJson } from '../json-columns.ts';
import { syncTagRanking, toConversation } from './conversations.ts';

/**
 * Claims up to `limit` conversations whose score is due, oldest due first, by moving their
 * reprioritize_at to `leaseUntil`: an instance that crashes mid-batch leaves them to be claimed
 * again then. The claim is one conditional update over the partial index, so several instances
 * never take the same conversation (PostgreSQL skips rows another claim holds; SQLite has one
 * writer) and a backlog does not slow it.
 */
export async function claimDueReprioritizations(db: Db, dialect: Dialect, now: Date, leaseUntil: Date, limit: number): Promise<Conversation[]> {
  const nowIso = now.toISOString();
  let due = db.selectFrom('conversations').select('id')
    .where('reprioritize_at', '<=', nowIso).orderBy('reprioritize_at').limit(limit);
  if (dialect === 'postgres') due = due.forUpdate().skipLocked();
  const rows = await db.updateTable('conversations')
    .set({ reprioritize_at: leaseUntil.toISOString() })
    .where('id', 'in', due)
    .where('reprioritize_at', '<=', nowIso)
    .returningAll()
    .execute();
  return rows.map(toConversation);
}

export interface WaitingMessage extends Pick<MessageAnalysis, 'urgency' | 'sentiment' | 'sentimentScore' | 'intents'> {
  conversationId: string;
  visibility: Visibility;
  sentAt: string;
}

/** The customer's messages each conversation is waiting to have answered (since its waiting_since), in one query. */
export async function listWaitingMessages(db: Db, conversationIds: string[]): Promise<Map<string, WaitingMessage[]>> {
  const out = new Map<string, WaitingMessage[]>();
  if (conversationIds.length === 0) return out;
  const rows = await db.selectFrom('messages')
    .innerJoin('conversations', 'conversations.id', 'messages.conversation_id')
    .select(['messages.conversation_id', 'messages.visibility', 'messages.urgency', 'messages.sentiment', 'messages.sentiment_score',
      'messages.intents', 'messages.sent_at'])
    .where('messages.conversation_id', 'in', conversationIds)
    .where('messages.direction', '=', 'in')
    .where((eb) => eb('messages.sent_at', '>=', eb.ref('conversations.waiting_since')))
    .orderBy('messages.conversation_id').orderBy('messages.seq')
    .execute();
  for (const r of rows) {
    const list = out.get(r.conversation_id) ?? [];
    list.push({
      conversationId: r.conversation_id, visibility: r.visibility as Visibility, urgency: r.urgency,
      sentiment: r.sentiment as WaitingMessage['sentiment'], sentimentScore: r.sentiment_score, intents: fromJson<string[]>(r.intents, []),
      sentAt: r.sent_at,
    });
    out.set(r.conversation_id, list);
  }
  return out;
}

/**
 * Stores a recomputed score and when to look again. The version stays as it is: a new score is
 * not a change an agent's view can be stale about, and a grown version would refuse a reply
 * written on a view that differs only in its score. Only the version the job read is updated;
 * false when the conversation changed meanwhile: its claim then runs out and the job takes it again.
 */
export async function saveRecomputedPriority(db: Db, conversation: Conversation, priority: Priority, reprioritizeAt: Date | null): Promise<boolean> {
  const res = await db.updateTable('conversations')
    .set({ priority: priority.score, priority_factors: toJson(priority.factors), reprioritize_at: reprioritizeAt?.toISOString() ?? null })
    .where('id', '=', conversation.id).where('version', '=', conversation.version)
    .executeTakeFirst();
  const isSaved = Number(res.numUpdatedRows) > 0;
  if (isSaved && priority.score !== conversation.priority) await syncTagRanking(db, { ...conversation, priority: priority.score });
  return isSaved;
}

/** Takes a conversation out of the job's index (it stopped waiting, or nothing about it can change any more). */
export async function clearReprioritization(db: Db, conversation: Conversation): Promise<void> {
  // Only as the job read it: a message arriving meanwhile set a time of its own, which must stay.
  await db.updateTable('conversations').set({ reprioritize_at: null })
    .where('id', '=', conversation.id).where('version', '=', conversation.version).execute();
}

