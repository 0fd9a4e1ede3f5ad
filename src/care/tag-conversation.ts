// Adds and removes a conversation's tags (tags are created on first use).
import type { Conversation } from '../domain/types.ts';
import { ParleyError } from '../domain/errors.ts';
import { ensureTags } from '../store/repositories/tags.ts';
import type { CareDeps } from './care-deps.ts';
import { changeConversation } from './change-conversation.ts';

export interface TagInput {
  workspaceId: string;
  conversationId: string;
  add?: string[] | undefined;
  remove?: string[] | undefined;
  /** Replaces the whole set when given. */
  set?: string[] | undefined;
  baseVersion?: number | undefined;
  userId: string | null;
}

export function normalizeTag(name: string): string {
  const tag = name.normalize('NFKC').replace(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g, '').trim().toLowerCase();
  if (!tag || tag.length > 64) throw new ParleyError('validation_failed', 'a tag is 1–64 characters');
  return tag;
}

export function tagConversation(deps: CareDeps, input: TagInput): Promise<Conversation> {
  return changeConversation(deps, input, async (conversation, db) => {
    const remove = new Set((input.remove ?? []).map(normalizeTag));
    const base = input.set ? input.set.map(normalizeTag) : conversation.tags;
    const tags = [...new Set([...base, ...(input.add ?? []).map(normalizeTag)])].filter((t) => !remove.has(t));
    if (tags.length > 50) throw new ParleyError('validation_failed', 'a conversation holds at most 50 tags');
    await ensureTags(db, input.workspaceId, tags, deps.now());
    const added = tags.filter((t) => !conversation.tags.includes(t));
    const removed = conversation.tags.filter((t) => !tags.includes(t));
    const what = [added.length ? `tagged it ${added.join(', ')}` : '', removed.length ? `removed ${removed.join(', ')}` : '']
      .filter(Boolean).join(' and ') || 'kept its tags';
    return { what, patch: { tags } };
  });
}
