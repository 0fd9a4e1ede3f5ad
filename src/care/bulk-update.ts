// Bulk actions: one change applied to many conversations, each succeeding or failing on its own.
import type { Conversation, ConversationStatus } from '../domain/types.ts';
import { ParleyError } from '../domain/errors.ts';
import type { CareDeps } from './care-deps.ts';
import { assignConversation } from './assign-conversation.ts';
import { tagConversation } from './tag-conversation.ts';
import { setStatus } from './set-status.ts';

export type BulkAction =
  | { type: 'assign'; assigneeId: string | null; teamId?: string | null | undefined }
  | { type: 'tag'; add?: string[] | undefined; remove?: string[] | undefined }
  | { type: 'status'; status: ConversationStatus; snoozedUntil?: string | undefined };

export interface BulkResult {
  id: string;
  ok: boolean;
  version?: number;
  error?: { code: string; detail: string };
}

export const MAX_BULK = 500;

export async function bulkUpdate(deps: CareDeps, input: { workspaceId: string; userId: string | null; ids: string[]; action: BulkAction }): Promise<BulkResult[]> {
  const ids = [...new Set(input.ids)];
  if (ids.length > MAX_BULK) throw new ParleyError('validation_failed', `at most ${MAX_BULK} conversations at once`);
  const results: BulkResult[] = [];
  for (const id of ids) {
    const target = { workspaceId: input.workspaceId, conversationId: id, userId: input.userId };
    try {
      let updated: Conversation;
      const action = input.action;
      if (action.type === 'assign') updated = await assignConversation(deps, { ...target, assigneeId: action.assigneeId, teamId: action.teamId });
      else if (action.type === 'tag') updated = await tagConversation(deps, { ...target, add: action.add, remove: action.remove });
      else updated = await setStatus(deps, { ...target, status: action.status, snoozedUntil: action.snoozedUntil });
      results.push({ id, ok: true, version: updated.version });
    } catch (error) {
      if (!(error instanceof ParleyError)) throw error;
      results.push({ id, ok: false, error: { code: error.code, detail: error.message } });
    }
  }
  return results;
}
