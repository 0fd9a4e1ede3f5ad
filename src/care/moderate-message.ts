// Hides, shows again or deletes a customer's public message on its network (where the network
// allows it), records the new state and audits the action.
import type { ModerationAction } from '../channels/channel-adapter.ts';
import { adapterFor } from '../channels/registry.ts';
import { ParleyError, notFound } from '../domain/errors.ts';
import type { Message } from '../domain/types.ts';
import { recordAudit } from '../store/repositories/audit-log.ts';
import { getChannelWithSecrets } from '../store/repositories/channels.ts';
import { getMessage, setModeration } from '../store/repositories/messages.ts';
import type { SecretBox } from '../store/secret-box.ts';
import type { CareDeps } from './care-deps.ts';

const STATE: Record<ModerationAction, Message['moderation']> = { hide: 'hidden', unhide: null, delete: 'deleted' };

export async function moderateMessage(deps: CareDeps & { secretBox: SecretBox; fetch: typeof fetch },
  input: { workspaceId: string; userId: string | null; tokenId: string | null; messageId: string; action: ModerationAction }): Promise<Message> {
  const db = deps.store.db;
  const message = await getMessage(db, input.messageId);
  if (!message || message.workspaceId !== input.workspaceId) throw notFound('message');
  if (message.direction !== 'in' || message.visibility !== 'public' || !message.externalId) {
    throw new ParleyError('validation_failed', "only a customer's public message can be hidden or deleted");
  }
  if (message.moderation === 'deleted') throw new ParleyError('conflict', 'the message was already deleted on the network');
  const channel = await getChannelWithSecrets(db, deps.secretBox, message.channelId);
  if (!channel) throw notFound('channel');
  const adapter = adapterFor(deps.channels, channel.network);
  if (!adapter.moderate) throw new ParleyError('channel_cannot_send', `${channel.network} does not let a brand hide or delete a customer's message`);
  await adapter.moderate(message.externalId, input.action, channel, { bus: deps.bus, fetch: deps.fetch, now: deps.now });
  const moderation = STATE[input.action];
  await setModeration(db, message.id, moderation ?? null);
  await recordAudit(db, {
    workspaceId: input.workspaceId, actorUserId: input.userId, actorTokenId: input.tokenId, action: `message.${input.action}`,
    targetType: 'message', targetId: message.id, details: { network: channel.network },
  }, deps.now());
  deps.bus.publish({ type: 'message.updated', workspaceId: input.workspaceId, data: { id: message.id, conversationId: message.conversationId, moderation } });
  return { ...message, moderation };
}
