// API tokens for programs: stored hashed, scoped, expiring and revocable.
import type { Db } from '../database.ts';
import { fromJson, toJson } from '../json-columns.ts';

export type TokenScope = 'read' | 'write' | 'admin';

export interface ApiToken {
  id: string; workspaceId: string; name: string; scopes: TokenScope[]; createdBy: string | null;
  createdAt: string; expiresAt: string | null; revokedAt: string | null; lastUsedAt: string | null;
}

export async function insertApiToken(db: Db, t: ApiToken & { tokenHash: string }): Promise<void> {
  await db.insertInto('api_tokens').values({
    id: t.id, workspace_id: t.workspaceId, name: t.name, token_hash: t.tokenHash, scopes: toJson(t.scopes),
    created_by: t.createdBy, created_at: t.createdAt, expires_at: t.expiresAt, revoked_at: null, last_used_at: null,
  }).execute();
}

export async function findApiTokenByHash(db: Db, tokenHash: string): Promise<ApiToken | undefined> {
  const r = await db.selectFrom('api_tokens').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
  return r && {
    id: r.id, workspaceId: r.workspace_id, name: r.name, scopes: fromJson<TokenScope[]>(r.scopes, []),
    createdBy: r.created_by, createdAt: r.created_at, expiresAt: r.expires_at, revokedAt: r.revoked_at,
    lastUsedAt: r.last_used_at,
  };
}

export async function listApiTokens(db: Db, workspaceId: string): Promise<ApiToken[]> {
  const rows = await db.selectFrom('api_tokens').selectAll().where('workspace_id', '=', workspaceId).orderBy('created_at').execute();
  return rows.map((r) => ({
    id: r.id, workspaceId: r.workspace_id, name: r.name, scopes: fromJson<TokenScope[]>(r.scopes, []),
    createdBy: r.created_by, createdAt: r.created_at, expiresAt: r.expires_at, revokedAt: r.revoked_at,
    lastUsedAt: r.last_used_at,
  }));
}

export async function revokeApiToken(db: Db, workspaceId: string, id: string, now = new Date()): Promise<boolean> {
  const res = await db.updateTable('api_tokens').set({ revoked_at: now.toISOString() })
    .where('workspace_id', '=', workspaceId).where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

export async function touchApiToken(db: Db, id: string, now = new Date()): Promise<void> {
  await db.updateTable('api_tokens').set({ last_used_at: now.toISOString() }).where('id', '=', id).execute();
}
