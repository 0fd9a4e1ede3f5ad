// Builders of outbound messages, channels and send contexts for the Meta send tests.
import type { ChannelWithSecrets } from '../../../domain/types.ts';
import type { OutboundMessage, SendContext } from '../../channel-adapter.ts';
import { createMemoryBus } from '../../../realtime/event-bus.ts';

export function outbound(over: Partial<Omit<OutboundMessage, 'conversation'>> & { conversation?: Partial<OutboundMessage['conversation']> } = {}): OutboundMessage {
  const { conversation, ...rest } = over;
  return {
    messageId: 'msg_01TEST', idempotencyKey: 'msg_01TEST',
    conversation: { id: 'cv_1', kind: 'private', threadKey: 'dm:24031234567890123', ...conversation },
    recipient: { externalId: '24031234567890123', handle: null },
    text: 'Спасибо! Мы уже проверяем заказ 📦', visibility: 'private', inReplyToExternalId: null,
    attachments: [], sentAt: '2026-11-24T10:05:00.000Z',
    ...rest,
  };
}

export function metaChannel(network: 'facebook' | 'instagram', config: Record<string, unknown>, secrets: Record<string, string>): ChannelWithSecrets {
  return {
    id: `ch_${network}_${Math.random().toString(36).slice(2)}`, workspaceId: 'ws_1', network, name: network, config, secrets,
    createdAt: '2026-11-01T00:00:00.000Z', lastEventAt: null, lastError: null,
  };
}

export function sendContext(now = () => new Date('2026-11-24T10:05:00Z')): SendContext {
  return { bus: createMemoryBus(), fetch, now };
}
