// Listening rules and the brand's identity (handles and names) per workspace.
import type { Db } from '../database.ts';
import { newId } from '../../domain/ids.ts';
import { fromJson, toJson } from '../json-columns.ts';
import type { ListeningRulesTable } from '../schema.ts';

export interface StoredListeningRule {
  id: string; workspaceId: string; name: string; query: string; tag: string | null; teamId: string | null;
  priorityBoost: number; createdAt: string;
}

export interface Brand { handles: string[]; names: string }

const toRule = (r: ListeningRulesTable): StoredListeningRule => ({
  id: r.id, workspaceId: r.workspace_id, name: r.name, query: r.query, tag: r.tag, teamId: r.team_id,
  priorityBoost: Number(r.priority_boost), createdAt: r.created_at,
});

export async function listListeningRules(db: Db, workspaceId: string): Promise<StoredListeningRule[]> {
  const rows = await db.selectFrom('listening_rules').selectAll().where('workspace_id', '=', workspaceId).orderBy('id').execute();
  return rows.map(toRule);
}

export async function insertListeningRule(db: Db, rule: Omit<StoredListeningRule, 'id' | 'createdAt'>, now = new Date()): Promise<StoredListeningRule> {
  const row: ListeningRulesTable = {
    id: newId('lr'), workspace_id: rule.workspaceId, name: rule.name, query: rule.query, tag: rule.tag, team_id: rule.teamId,
    priority_boost: rule.priorityBoost, created_at: now.toISOString(),
  };
  await db.insertInto('listening_rules').values(row).execute();
  return toRule(row);
}

export async function deleteListeningRule(db: Db, workspaceId: string, id: string): Promise<boolean> {
  const res = await db.deleteFrom('listening_rules').where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
  return Number(res.numDeletedRows) > 0;
}

export async function getBrand(db: Db, workspaceId: string): Promise<Brand> {
  const r = await db.selectFrom('workspaces').select(['brand_handles', 'brand_names']).where('id', '=', workspaceId).executeTakeFirst();
  return { handles: fromJson<string[]>(r?.brand_handles, []), names: r?.brand_names ?? '' };
}

export async function setBrand(db: Db, workspaceId: string, brand: Brand): Promise<void> {
  await db.updateTable('workspaces').set({ brand_handles: toJson(brand.handles), brand_names: brand.names }).where('id', '=', workspaceId).execute();
}
