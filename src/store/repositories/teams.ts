// Teams: groups of agents that own a queue.
import type { Db } from '../database.ts';
import { DEFAULT_TEAM_ASSIGNMENT, type Team, type TeamAssignment } from '../../domain/types.ts';
import { fromJson, toJson } from '../json-columns.ts';
import { newId } from '../../domain/ids.ts';

export async function createTeam(db: Db, workspaceId: string, name: string, memberIds: string[], now = new Date(),
  assignment: TeamAssignment = DEFAULT_TEAM_ASSIGNMENT): Promise<Team> {
  const id = newId('team');
  await db.insertInto('teams').values({ id, workspace_id: workspaceId, name, created_at: now.toISOString(), assignment: toJson(assignment) }).execute();
  if (memberIds.length) {
    await db.insertInto('team_members').values(memberIds.map((userId) => ({ team_id: id, user_id: userId, last_assigned_at: null }))).execute();
  }
  return { id, workspaceId, name, memberIds, assignment };
}

export async function setTeamAssignment(db: Db, workspaceId: string, id: string, assignment: TeamAssignment): Promise<boolean> {
  const res = await db.updateTable('teams').set({ assignment: toJson(assignment) })
    .where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

export async function markAssigned(db: Db, teamId: string, userId: string, at: string): Promise<void> {
  await db.updateTable('team_members').set({ last_assigned_at: at }).where('team_id', '=', teamId).where('user_id', '=', userId).execute();
}

export async function listTeams(db: Db, workspaceId: string): Promise<Team[]> {
  const teams = await db.selectFrom('teams').selectAll().where('workspace_id', '=', workspaceId).orderBy('name').execute();
  if (teams.length === 0) return [];
  const members = await db.selectFrom('team_members').selectAll().where('team_id', 'in', teams.map((t) => t.id)).execute();
  return teams.map((t) => ({
    id: t.id, workspaceId: t.workspace_id, name: t.name,
    memberIds: members.filter((m) => m.team_id === t.id).map((m) => m.user_id),
    assignment: { ...DEFAULT_TEAM_ASSIGNMENT, ...fromJson<Partial<TeamAssignment>>(t.assignment, {}) },
  }));
}

export async function getTeam(db: Db, workspaceId: string, id: string): Promise<Team | undefined> {
  return (await listTeams(db, workspaceId)).find((t) => t.id === id);
}

/** Members in round-robin order: whoever was handed a conversation longest ago comes first. */
export async function listMembersByLastAssigned(db: Db, teamId: string): Promise<{ userId: string; lastAssignedAt: string | null }[]> {
  const rows = await db.selectFrom('team_members').select(['user_id', 'last_assigned_at']).where('team_id', '=', teamId).execute();
  return rows
    .map((r) => ({ userId: r.user_id, lastAssignedAt: r.last_assigned_at }))
    .sort((a, b) => (a.lastAssignedAt ?? '').localeCompare(b.lastAssignedAt ?? '') || a.userId.localeCompare(b.userId));
}

export async function listTeamsOfUser(db: Db, workspaceId: string, userId: string): Promise<Team[]> {
  const ids = await db.selectFrom('team_members').innerJoin('teams', 'teams.id', 'team_members.team_id')
    .select('teams.id').where('teams.workspace_id', '=', workspaceId).where('team_members.user_id', '=', userId).execute();
  const all = await listTeams(db, workspaceId);
  return all.filter((t) => ids.some((r) => r.id === t.id));
}

/** Every team in every workspace that hands out conversations itself (for the periodic pass). */
export async function listAutoAssigningTeams(db: Db): Promise<{ id: string; workspaceId: string }[]> {
  const rows = await db.selectFrom('teams').select(['id', 'workspace_id', 'assignment']).execute();
  return rows
    .filter((r) => fromJson<Partial<TeamAssignment>>(r.assignment, {}).mode === 'auto')
    .map((r) => ({ id: r.id, workspaceId: r.workspace_id }));
}
