// Says what changed between the conversation an agent was looking at and the one the server has now.
import type { ConversationChange, ConversationDetail, Member } from '../api/types.ts';

export interface ChangeSummary { by: string; changes: string[] }

function nameOf(members: Member[] | undefined, id: string | null, meId: string): string {
  if (!id) return 'nobody';
  if (id === meId) return 'you';
  return members?.find((m) => m.id === id)?.name ?? 'another agent';
}

/** lastChange is the server's word on who changed it last (sent with a stale_version refusal). */
export function describeChanges(shown: ConversationDetail, now: ConversationDetail, meId: string,
  members: Member[] | undefined, presentNames: string[], lastChange: ConversationChange | null = now.conversation.lastChange): ChangeSummary {
  const before = shown.conversation;
  const after = now.conversation;
  const changes: string[] = [];
  const seen = new Set(shown.messages.map((m) => m.id));
  const fresh = now.messages.filter((m) => !seen.has(m.id));
  const replies = fresh.filter((m) => m.direction === 'out' || m.direction === 'bot');
  const notes = fresh.filter((m) => m.direction === 'note');
  const inbound = fresh.filter((m) => m.direction === 'in');
  if (replies.length) changes.push(`${replies.length} new ${replies.length === 1 ? 'reply' : 'replies'} to the customer`);
  if (inbound.length) changes.push(`${inbound.length} new customer ${inbound.length === 1 ? 'message' : 'messages'}`);
  if (notes.length) changes.push(`${notes.length} new internal ${notes.length === 1 ? 'note' : 'notes'}`);
  if (before.status !== after.status) changes.push(`status ${before.status} → ${after.status}`);
  if (before.assigneeId !== after.assigneeId) changes.push(`assigned to ${nameOf(members, after.assigneeId, meId)}`);
  const added = after.tags.filter((t) => !before.tags.includes(t));
  const removed = before.tags.filter((t) => !after.tags.includes(t));
  if (added.length) changes.push(`tagged ${added.join(', ')}`);
  if (removed.length) changes.push(`untagged ${removed.join(', ')}`);
  if (changes.length === 0) changes.push(lastChange?.what ?? 'details changed');

  const author = [...fresh].reverse().find((m) => m.authorType === 'user' && m.authorId !== meId && m.authorName);
  const changer = lastChange && lastChange.byUserId !== meId ? lastChange.byName : null;
  const by = changer ?? author?.authorName ?? presentNames[0] ?? 'Someone else';
  return { by, changes };
}
