// Moves a conversation between open, pending, snoozed and resolved.
import type { Conversation, ConversationStatus } from '../domain/types.ts';
import { ParleyError } from '../domain/errors.ts';
import type { CareDeps } from './care-deps.ts';
import { changeConversation } from './change-conversation.ts';
import { dueSnoozed } from '../store/repositories/conversations.ts';

export interface StatusInput {
  workspaceId: string;
  conversationId: string;
  status: ConversationStatus;
  /** Required for snoozed: when it reopens by itself. */
  snoozedUntil?: string | undefined;
  baseVersion?: number | undefined;
  userId: string | null;
}

export function setStatus(deps: CareDeps, input: StatusInput): Promise<Conversation> {
  const now = deps.now();
  if (input.status === 'snoozed') {
    if (!input.snoozedUntil || Number.isNaN(Date.parse(input.snoozedUntil))) {
      throw new ParleyError('validation_failed', 'snoozing needs snoozedUntil, an ISO-8601 time');
    }
    if (Date.parse(input.snoozedUntil) <= now.getTime()) throw new ParleyError('validation_failed', 'snoozedUntil must be in the future');
  }
  const what = { open: 'reopened it', pending: 'set it pending', snoozed: `snoozed it until ${input.snoozedUntil}`, resolved: 'resolved it' }[input.status];
  return changeConversation(deps, input, async () => ({
    what,
    patch: { status: input.status, snoozedUntil: input.status === 'snoozed' ? new Date(input.snoozedUntil!).toISOString() : null },
  }));
}

/** Reopens snoozed conversations whose time has come (also those that came due while stopped). */
export async function wakeSnoozed(deps: CareDeps): Promise<number> {
  const due = await dueSnoozed(deps.store.db, deps.now());
  let woken = 0;
  for (const c of due) {
    try {
      await changeConversation(deps, { workspaceId: c.workspaceId, conversationId: c.id, baseVersion: c.version, userId: null },
        async () => ({ what: 'reopened it: the snooze ended', patch: { status: 'open', snoozedUntil: null } }));
      woken++;
    } catch (error) {
      // Someone changed it meanwhile (a stale version): their change stands.
      if (!(error instanceof ParleyError && error.code === 'stale_version')) throw error;
    }
  }
  return woken;
}
