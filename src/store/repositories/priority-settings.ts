// Each workspace's priority weights; a workspace that never changed them uses the defaults.
import type { Db } from '../database.ts';
import { DEFAULT_PRIORITY_SETTINGS, type PrioritySettings } from '../../domain/priority-settings.ts';
import { parsePrioritySettings } from '../../domain/priority-settings-schema.ts';

export interface StoredPrioritySettings {
  settings: PrioritySettings;
  /** Null while the workspace uses the defaults. */
  updatedAt: string | null;
  updatedBy: string | null;
}

/**
 * Stored copies are parsed again: a weight added in a later version takes its default, so an
 * older copy stays valid. A copy that fails (changed by hand in the database) is an error, not
 * silently replaced: scoring on weights nobody chose would hide the problem.
 */
export async function getPrioritySettings(db: Db, workspaceId: string): Promise<StoredPrioritySettings> {
  const row = await db.selectFrom('priority_settings').select(['settings', 'updated_at', 'updated_by'])
    .where('workspace_id', '=', workspaceId).executeTakeFirst();
  if (!row) return { settings: DEFAULT_PRIORITY_SETTINGS, updatedAt: null, updatedBy: null };
  return { settings: parsePrioritySettings(JSON.parse(row.settings)), updatedAt: row.updated_at, updatedBy: row.updated_by };
}

/** The settings of several workspaces in one query (the re-prioritisation job's batch). */
export async function getPrioritySettingsOf(db: Db, workspaceIds: string[]): Promise<Map<string, PrioritySettings>> {
  const out = new Map<string, PrioritySettings>(workspaceIds.map((id) => [id, DEFAULT_PRIORITY_SETTINGS]));
  if (workspaceIds.length === 0) return out;
  const rows = await db.selectFrom('priority_settings').select(['workspace_id', 'settings'])
    .where('workspace_id', 'in', workspaceIds).execute();
  for (const row of rows) out.set(row.workspace_id, parsePrioritySettings(JSON.parse(row.settings)));
  return out;
}

export async function savePrioritySettings(db: Db, workspaceId: string, settings: PrioritySettings, updatedBy: string | null,
  now: Date): Promise<StoredPrioritySettings> {
  const values = { settings: JSON.stringify(settings), updated_by: updatedBy, updated_at: now.toISOString() };
  await db.insertInto('priority_settings').values({ workspace_id: workspaceId, ...values })
    .onConflict((oc) => oc.column('workspace_id').doUpdateSet(values))
    .execute();
  return { settings, updatedAt: values.updated_at, updatedBy };
}
