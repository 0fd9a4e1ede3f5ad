// An agent goes available or away; away agents receive nothing new and, where their team says
// so, hand their unanswered conversations back to the queue.
import { listUnansweredHeld, updateConversation } from '../store/repositories/conversations.ts';
import { listTeamsOfUser } from '../store/repositories/teams.ts';
import { updateMembership } from '../store/repositories/users.ts';
import type { CareDeps } from './care-deps.ts';
import { actorName } from './change-conversation.ts';
import { runAssignmentPass } from './auto-assign.ts';
import { ParleyError } from '../domain/errors.ts';

export async function setAvailability(deps: CareDeps, input: { workspaceId: string; userId: string; isAvailable: boolean }): Promise<{ returned: number }> {
  const db = deps.store.db;
  await updateMembership(db, input.workspaceId, input.userId, { isAvailable: input.isAvailable });
  const teams = await listTeamsOfUser(db, input.workspaceId, input.userId);
  let returned = 0;
  if (!input.isAvailable) {
    const name = await actorName(db, input.userId);
    for (const team of teams.filter((t) => t.assignment.returnWhenAway)) {
      for (const conversation of await listUnansweredHeld(db, input.workspaceId, input.userId, team.id)) {
        try {
          const updated = await updateConversation(db, conversation, { assigneeId: null }, {
            expectedVersion: conversation.version, now: deps.now(),
            change: { byUserId: input.userId, byName: name, what: 'went away; it went back to the queue' },
          });
          deps.bus.publish({ type: 'conversation.updated', workspaceId: input.workspaceId, data: updated });
          returned++;
        } catch (error) {
          // Changed meanwhile (answered, reassigned): that change stands.
          if (!(error instanceof ParleyError && error.code === 'stale_version')) throw error;
        }
      }
    }
  }
  for (const team of teams) await runAssignmentPass(deps, input.workspaceId, team.id);
  return { returned };
}
