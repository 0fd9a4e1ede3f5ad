// Auto-assignment: hands a team's waiting conversations to its available agents, most urgent
// first (oldest first within a priority), round-robin, within each agent's capacity and languages.
import type { Team } from '../domain/types.ts';
import { claimNextConversation, countHeldByAgents } from '../store/repositories/conversations.ts';
import { getTeam, listMembersByLastAssigned, markAssigned } from '../store/repositories/teams.ts';
import { getMembership } from '../store/repositories/users.ts';
import type { CareDeps } from './care-deps.ts';
import { actorName } from './change-conversation.ts';

/** Upper bound per pass, so a huge backlog is handed out over several passes, never in one long loop. */
const MAX_PER_PASS = 200;

/**
 * One pass per team at a time in this process: two passes counting an agent's load at once would
 * both see room and overfill them. (Instances in scaled mode can still race; see docs/decisions.md.)
 */
const passes = new Map<string, Promise<number>>();

export function runAssignmentPass(deps: CareDeps, workspaceId: string, teamId: string): Promise<number> {
  const previous = passes.get(teamId) ?? Promise.resolve(0);
  const next = previous.catch(() => 0).then(() => assignWaiting(deps, workspaceId, teamId));
  passes.set(teamId, next);
  void next.finally(() => { if (passes.get(teamId) === next) passes.delete(teamId); }).catch(() => undefined);
  return next;
}

async function assignWaiting(deps: CareDeps, workspaceId: string, teamId: string): Promise<number> {
  const team = await getTeam(deps.store.db, workspaceId, teamId);
  if (!team || team.assignment.mode !== 'auto') return 0;
  let assigned = 0;
  while (assigned < MAX_PER_PASS) {
    const handed = await handOutOne(deps, team);
    if (!handed) break;
    assigned++;
  }
  return assigned;
}

/** Gives the next waiting conversation to the first eligible agent in round-robin order. */
async function handOutOne(deps: CareDeps, team: Team): Promise<boolean> {
  const db = deps.store.db;
  const order = await listMembersByLastAssigned(db, team.id);
  const held = await countHeldByAgents(db, team.workspaceId, order.map((m) => m.userId));
  for (const { userId } of order) {
    const membership = await getMembership(db, team.workspaceId, userId);
    if (!membership || !membership.isAvailable || membership.role === 'viewer') continue;
    if (team.assignment.capacity !== null && (held.get(userId) ?? 0) >= team.assignment.capacity) continue;
    const languages = team.assignment.requireLanguage ? membership.skills.filter((s) => /^[a-z]{2}$/.test(s)) : undefined;
    // An agent who must match languages but lists none can take only conversations of unknown language.
    const claimed = await claimNextConversation(db, deps.store.dialect, team.workspaceId, userId, {
      teamId: team.id, languages: languages && languages.length === 0 ? ['--'] : languages, now: deps.now(),
      change: { byUserId: null, byName: 'Auto-assignment', what: `assigned it to ${await actorName(db, userId) ?? 'an agent'}` },
    });
    if (!claimed) continue;
    await markAssigned(db, team.id, userId, deps.now().toISOString());
    deps.bus.publish({ type: 'conversation.updated', workspaceId: team.workspaceId, data: claimed });
    return true;
  }
  return false;
}
