// Users and their memberships (role and skills) in workspaces.
import type { Db } from '../database.ts';
import type { Membership, NewMembership, Role, User } from '../../domain/types.ts';
import { newId } from '../../domain/ids.ts';
import { fromJson, toJson } from '../json-columns.ts';
import type { UsersTable, MembershipsTable } from '../schema.ts';

const toUser = (r: UsersTable): User => ({ id: r.id, email: r.email, name: r.name, createdAt: r.created_at });
const toMembership = (r: MembershipsTable): Membership => ({
  workspaceId: r.workspace_id, userId: r.user_id, role: r.role as Role, skills: fromJson<string[]>(r.skills, []),
  isAvailable: r.is_available === 1, signature: r.signature, initials: r.initials,
});

export async function createUser(db: Db, input: { email: string; name: string; passwordHash: string }, now = new Date()): Promise<User> {
  const row = { id: newId('usr'), email: input.email.trim().toLowerCase(), name: input.name, password_hash: input.passwordHash, created_at: now.toISOString() };
  await db.insertInto('users').values(row).execute();
  return toUser(row);
}

export async function findUserByEmail(db: Db, email: string): Promise<(User & { passwordHash: string }) | undefined> {
  const row = await db.selectFrom('users').selectAll().where('email', '=', email.trim().toLowerCase()).executeTakeFirst();
  return row && { ...toUser(row), passwordHash: row.password_hash };
}

export async function getUser(db: Db, id: string): Promise<User | undefined> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toUser(row);
}

export async function setPassword(db: Db, userId: string, passwordHash: string): Promise<void> {
  await db.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', userId).execute();
}

export async function addMembership(db: Db, m: NewMembership, now = new Date()): Promise<void> {
  await db.insertInto('memberships').values({
    workspace_id: m.workspaceId, user_id: m.userId, role: m.role, skills: toJson(m.skills), is_available: 1,
    created_at: now.toISOString(), signature: null, initials: null,
  }).execute();
}

export async function getMembership(db: Db, workspaceId: string, userId: string): Promise<Membership | undefined> {
  const row = await db.selectFrom('memberships').selectAll()
    .where('workspace_id', '=', workspaceId).where('user_id', '=', userId).executeTakeFirst();
  return row && toMembership(row);
}

export async function listMembers(db: Db, workspaceId: string): Promise<(User & Membership)[]> {
  const rows = await db.selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .selectAll('memberships')
    .select(['users.id', 'users.email', 'users.name', 'users.created_at', 'users.password_hash'])
    .where('memberships.workspace_id', '=', workspaceId)
    .orderBy('users.name')
    .execute();
  return rows.map((r) => ({ ...toUser(r), ...toMembership(r) }));
}

export async function countUsers(db: Db): Promise<number> {
  const row = await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export type ProfilePatch = Partial<Pick<Membership, 'skills' | 'isAvailable' | 'signature' | 'initials'>>;

export async function updateMembership(db: Db, workspaceId: string, userId: string, patch: ProfilePatch): Promise<void> {
  if (Object.values(patch).every((v) => v === undefined)) return;
  await db.updateTable('memberships').set({
    ...(patch.skills !== undefined ? { skills: toJson(patch.skills) } : {}),
    ...(patch.isAvailable !== undefined ? { is_available: patch.isAvailable ? 1 : 0 } : {}),
    ...(patch.signature !== undefined ? { signature: patch.signature } : {}),
    ...(patch.initials !== undefined ? { initials: patch.initials } : {}),
  }).where('workspace_id', '=', workspaceId).where('user_id', '=', userId).execute();
}

export async function setUserName(db: Db, userId: string, name: string): Promise<void> {
  await db.updateTable('users').set({ name }).where('id', '=', userId).execute();
}
