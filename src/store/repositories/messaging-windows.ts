// Private threads still waiting for the brand whose customer last wrote within a time range:
// the rows behind "messaging windows closing soon", read from one index range per window length.
import type { Db } from '../database.ts';
import type { Conversation } from '../../domain/types.ts';
import { toConversation } from './conversations.ts';

export interface AwaitingReplyRange {
  workspaceId: string;
  channelIds: string[];
  /** Exclusive lower bound of the customer's last message (ISO-8601). */
  lastInboundAfter: string;
  /** Inclusive upper bound. */
  lastInboundUpTo: string;
  limit: number;
}

/** Oldest customer message first: the first window to close comes first. */
export async function listAwaitingReplyInRange(db: Db, range: AwaitingReplyRange): Promise<Conversation[]> {
  if (range.channelIds.length === 0) return [];
  const rows = await db.selectFrom('conversations').selectAll()
    .where('workspace_id', '=', range.workspaceId).where('needs_reply', '=', 1).where('kind', '=', 'private')
    .where('last_inbound_at', '>', range.lastInboundAfter).where('last_inbound_at', '<=', range.lastInboundUpTo)
    .where('channel_id', 'in', range.channelIds).where('status', '!=', 'resolved')
    .orderBy('last_inbound_at', 'asc').orderBy('id', 'asc').limit(range.limit)
    .execute();
  return rows.map(toConversation);
}
