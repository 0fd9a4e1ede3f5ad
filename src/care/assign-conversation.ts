// Assigns a conversation to an agent and/or a team (or takes it back to the queue).
import type { Conversation } from '../domain/types.ts';
import { ParleyError } from '../domain/errors.ts';
import { getMembership } from '../store/repositories/users.ts';
import { getTeam } from '../store/repositories/teams.ts';
import type { CareDeps } from './care-deps.ts';
import { actorName, changeConversation } from './change-conversation.ts';

export interface AssignInput {
  workspaceId: string;
  conversationId: string;
  /** undefined: leave as is; null: unassign. */
  assigneeId?: string | null | undefined;
  teamId?: string | null | undefined;
  baseVersion?: number | undefined;
  userId: string | null;
}

export function assignConversation(deps: CareDeps, input: AssignInput): Promise<Conversation> {
  return changeConversation(deps, input, async (_c, db) => {
    if (input.assigneeId) {
      const member = await getMembership(db, input.workspaceId, input.assigneeId);
      if (!member) throw new ParleyError('validation_failed', 'the assignee is not a member of this workspace');
      if (member.role === 'viewer') throw new ParleyError('validation_failed', 'a viewer cannot be assigned conversations');
    }
    if (input.teamId && !(await getTeam(db, input.workspaceId, input.teamId))) {
      throw new ParleyError('validation_failed', 'no such team in this workspace');
    }
    const assignee = input.assigneeId ? (await actorName(db, input.assigneeId)) ?? 'an agent' : null;
    const what = input.assigneeId === null ? 'unassigned it'
      : input.assigneeId ? (input.assigneeId === input.userId ? 'took it' : `assigned it to ${assignee}`)
      : 'moved it to another team';
    return {
      what,
      patch: {
        ...(input.assigneeId !== undefined ? { assigneeId: input.assigneeId } : {}),
        ...(input.teamId !== undefined ? { teamId: input.teamId } : {}),
      },
    };
  });
}
