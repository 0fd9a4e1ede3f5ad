// Connects an account on a network: validates its config, seals its secrets, stores it.
import type { Db } from '../store/database.ts';
import type { Channel } from '../domain/types.ts';
import { newId } from '../domain/ids.ts';
import { ParleyError } from '../domain/errors.ts';
import { adapterFor, type ChannelRegistry } from '../channels/registry.ts';
import { insertChannel } from '../store/repositories/channels.ts';
import type { SecretBox } from '../store/secret-box.ts';

export interface ConnectInput {
  workspaceId: string;
  network: string;
  name: string;
  config: Record<string, unknown>;
}

export async function connectChannel(db: Db, box: SecretBox, registry: ChannelRegistry, input: ConnectInput, now = new Date()):
  Promise<{ channel: Channel; shownOnce: Record<string, string> }> {
  const name = input.name.trim();
  if (!name || name.length > 100) throw new ParleyError('validation_failed', 'a channel needs a name of 1–100 characters');
  const adapter = adapterFor(registry, input.network);
  const prepared = adapter.prepareConnection({ name, config: input.config });
  const channel: Channel = {
    id: newId('ch'), workspaceId: input.workspaceId, network: adapter.network, name, config: prepared.config,
    createdAt: now.toISOString(), lastEventAt: null, lastError: null,
  };
  await insertChannel(db, box, { ...channel, secrets: prepared.secrets });
  return { channel, shownOnce: prepared.shownOnce ?? {} };
}
