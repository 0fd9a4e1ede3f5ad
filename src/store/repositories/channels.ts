// Channels: connected accounts, with their secrets sealed by the secret box.
import type { Db } from '../database.ts';
import { DEFAULT_CHANNEL_SETTINGS, type Channel, type ChannelSettings, type ChannelWithSecrets, type Network } from '../../domain/types.ts';
import { fromJson, toJson } from '../json-columns.ts';
import type { SecretBox } from '../secret-box.ts';
import type { ChannelsTable } from '../schema.ts';

const toChannel = (r: ChannelsTable): Channel => ({
  id: r.id, workspaceId: r.workspace_id, network: r.network as Network, name: r.name,
  config: fromJson<Record<string, unknown>>(r.config, {}), createdAt: r.created_at,
  lastEventAt: r.last_event_at, lastError: r.last_error,
  settings: { ...DEFAULT_CHANNEL_SETTINGS, ...fromJson<Partial<ChannelSettings>>(r.settings, {}) },
});

export async function insertChannel(db: Db, box: SecretBox, c: ChannelWithSecrets): Promise<void> {
  await db.insertInto('channels').values({
    id: c.id, workspace_id: c.workspaceId, network: c.network, name: c.name, config: toJson(c.config),
    secrets: box.seal(c.secrets), created_at: c.createdAt, last_event_at: null, last_error: null, deleted_at: null,
    settings: toJson(c.settings ?? DEFAULT_CHANNEL_SETTINGS),
  }).execute();
}

export async function getChannel(db: Db, workspaceId: string, id: string): Promise<Channel | undefined> {
  const r = await db.selectFrom('channels').selectAll()
    .where('id', '=', id).where('workspace_id', '=', workspaceId).where('deleted_at', 'is', null).executeTakeFirst();
  return r && toChannel(r);
}

/** Webhooks arrive before we know the workspace: the channel id alone finds it. */
export async function getChannelWithSecrets(db: Db, box: SecretBox, id: string): Promise<ChannelWithSecrets | undefined> {
  const r = await db.selectFrom('channels').selectAll().where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
  return r && { ...toChannel(r), secrets: box.open(r.secrets) };
}

export async function listChannels(db: Db, workspaceId: string): Promise<Channel[]> {
  const rows = await db.selectFrom('channels').selectAll()
    .where('workspace_id', '=', workspaceId).where('deleted_at', 'is', null).orderBy('created_at').execute();
  return rows.map(toChannel);
}

export async function markChannelEvent(db: Db, id: string, at: string): Promise<void> {
  await db.updateTable('channels').set({ last_event_at: at }).where('id', '=', id).execute();
}

export async function markChannelError(db: Db, id: string, error: string | null): Promise<void> {
  await db.updateTable('channels').set({ last_error: error }).where('id', '=', id).execute();
}

export async function deleteChannel(db: Db, workspaceId: string, id: string, now = new Date()): Promise<boolean> {
  const res = await db.updateTable('channels').set({ deleted_at: now.toISOString() })
    .where('workspace_id', '=', workspaceId).where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

export async function getChannelsByIds(db: Db, ids: string[]): Promise<Map<string, Channel>> {
  const out = new Map<string, Channel>();
  if (ids.length === 0) return out;
  const rows = await db.selectFrom('channels').selectAll().where('id', 'in', [...new Set(ids)]).execute();
  for (const r of rows) out.set(r.id, toChannel(r));
  return out;
}

export async function updateChannel(db: Db, workspaceId: string, id: string, patch: { name?: string; settings?: ChannelSettings }): Promise<boolean> {
  const res = await db.updateTable('channels').set({
    ...(patch.name !== undefined ? { name: patch.name } : {}),
    ...(patch.settings !== undefined ? { settings: toJson(patch.settings) } : {}),
  }).where('workspace_id', '=', workspaceId).where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

/** A reconnect: the account's new settings and credentials, on the same channel (its history stays). */
export async function replaceChannelCredentials(db: Db, box: SecretBox, workspaceId: string, id: string,
  config: Record<string, unknown>, secrets: Record<string, string>): Promise<boolean> {
  const res = await db.updateTable('channels').set({ config: toJson(config), secrets: box.seal(secrets), last_error: null })
    .where('workspace_id', '=', workspaceId).where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

/** Every live channel of these networks, in all workspaces (the shared Meta callback routes by account id). */
export async function listChannelsOfNetworks(db: Db, box: SecretBox, networks: Network[]): Promise<ChannelWithSecrets[]> {
  if (networks.length === 0) return [];
  const rows = await db.selectFrom('channels').selectAll().where('network', 'in', networks).where('deleted_at', 'is', null).execute();
  return rows.map((r) => ({ ...toChannel(r), secrets: box.open(r.secrets) }));
}

/** Channels of these networks due for a poll (next_poll_at unset or past). */
export async function listChannelsDueForPoll(db: Db, box: SecretBox, networks: Network[], now: Date): Promise<(ChannelWithSecrets & { pollCursor: string | null })[]> {
  if (networks.length === 0) return [];
  const rows = await db.selectFrom('channels').selectAll().where('network', 'in', networks).where('deleted_at', 'is', null)
    .where((eb) => eb.or([eb('next_poll_at', 'is', null), eb('next_poll_at', '<=', now.toISOString())])).execute();
  return rows.map((r) => ({ ...toChannel(r), secrets: box.open(r.secrets), pollCursor: r.poll_cursor ?? null }));
}

export async function recordPoll(db: Db, id: string, cursor: string | null, nextPollAt: Date): Promise<void> {
  await db.updateTable('channels').set({ poll_cursor: cursor, next_poll_at: nextPollAt.toISOString() }).where('id', '=', id).execute();
}

/**
 * Merges credentials a network rotated (a renewed OAuth token) into the channel's sealed secrets.
 * Read and written in one transaction so two renewals cannot drop each other's keys.
 */
export async function updateChannelSecrets(db: Db, box: SecretBox, id: string, patch: Record<string, string>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('channels').select('secrets').where('id', '=', id).executeTakeFirst();
    if (!row) return;
    await trx.updateTable('channels').set({ secrets: box.seal({ ...box.open(row.secrets), ...patch }) }).where('id', '=', id).execute();
  });
}
