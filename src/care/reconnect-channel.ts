// Reconnects a channel with new credentials (a renewed token, a re-authorised account) and fetches
// what arrived while it was disconnected.
import type { Services } from '../server/services.ts';
import { ParleyError, notFound } from '../domain/errors.ts';
import { adapterFor } from '../channels/registry.ts';
import { getChannel, replaceChannelCredentials } from '../store/repositories/channels.ts';
import { requestHealthCheck } from '../store/repositories/channel-health.ts';

export async function reconnectChannel(services: Services, workspaceId: string, channelId: string, config: Record<string, unknown>): Promise<void> {
  const { db } = services.store;
  const channel = await getChannel(db, workspaceId, channelId);
  if (!channel) throw notFound('channel');
  const adapter = adapterFor(services.channels, channel.network);
  const prepared = adapter.prepareConnection({ name: channel.name, config });
  if (prepared.shownOnce && Object.keys(prepared.shownOnce).length) {
    // A generated secret would change what the other side signs with: that is a new connection.
    throw new ParleyError('validation_failed', `a ${channel.network} channel is reconnected by connecting it anew`);
  }
  await replaceChannelCredentials(db, services.secretBox, workspaceId, channel.id, prepared.config, prepared.secrets);
  // Checked at once; the backfill runs from the last event as soon as the check finds it working.
  await requestHealthCheck(db, channel.id, workspaceId, services.now(), channel.lastEventAt ?? channel.createdAt);
}
