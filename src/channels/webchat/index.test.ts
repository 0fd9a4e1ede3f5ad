import { describe, expect, it } from 'vitest';
import { webchatChannel, VISITOR_HEADER } from './index.ts';
import { signVisitorToken } from './visitor-token.ts';
import { visitorThreadKey } from './visitor-message.ts';
import type { WebhookRequest, OutboundMessage } from '../channel-adapter.ts';
import type { ChannelWithSecrets } from '../../domain/types.ts';
import type { InboundEvent } from '../../domain/inbound-event.ts';
import { placeInThread } from '../../domain/threading.ts';
import { createMemoryBus, type RealtimeEvent } from '../../realtime/event-bus.ts';

const secret = 'c'.repeat(64);
const channel: ChannelWithSecrets = {
  id: 'ch_web', workspaceId: 'ws_1', network: 'webchat', name: 'Site chat',
  config: { allowedOrigins: ['https://shop.example'] }, createdAt: '2025-01-01T00:00:00.000Z',
  lastEventAt: null, lastError: null, secrets: { secret },
};

function request(headers: Record<string, string>, body: unknown = { id: 'c1', text: 'hi' }): WebhookRequest {
  return { method: 'POST', headers, query: {}, rawBody: Buffer.from(JSON.stringify(body)) };
}

describe('webchat channel adapter', () => {
  it('validates allowedOrigins and generates a signing secret on connect', () => {
    const prepared = webchatChannel.prepareConnection({ name: 'Site chat', config: { allowedOrigins: ['https://shop.example/'] } });
    expect(prepared.config).toEqual({ allowedOrigins: ['https://shop.example'] });
    expect(prepared.secrets.secret).toMatch(/^[0-9a-f]{64}$/);
    expect(() => webchatChannel.prepareConnection({ name: 'x', config: { allowedOrigins: ['not an origin'] } }))
      .toThrow(expect.objectContaining({ code: 'validation_failed' }));
  });

  it('scopes visitor ids to the channel', () => {
    expect(webchatChannel.identityNamespace(channel)).toBe('webchat:ch_web');
  });

  it('accepts a fallback delivery carrying the visitor token', () => {
    const headers = { [VISITOR_HEADER]: signVisitorToken(secret, 'vis_7'), origin: 'https://shop.example' };
    expect(() => webchatChannel.verify(request(headers), channel)).not.toThrow();
    expect(webchatChannel.parse(request(headers), channel).map((e) => [e.externalId, e.author.externalId]))
      .toEqual([['vis_7:c1', 'vis_7']]);
  });

  it('refuses a fallback delivery with a forged or missing token', () => {
    const forged = { [VISITOR_HEADER]: signVisitorToken('f'.repeat(64), 'vis_7') };
    expect(() => webchatChannel.verify(request(forged), channel)).toThrow(expect.objectContaining({ code: 'invalid_signature' }));
    expect(() => webchatChannel.verify(request({}), channel)).toThrow(expect.objectContaining({ code: 'invalid_signature' }));
  });

  it('refuses a fallback delivery from a browser on a site the channel does not allow', () => {
    const headers = { [VISITOR_HEADER]: signVisitorToken(secret, 'vis_7'), origin: 'https://evil.example' };
    expect(() => webchatChannel.verify(request(headers), channel)).toThrow(expect.objectContaining({ code: 'forbidden' }));
  });

  it('delivers a reply through the bus to the visitor it is addressed to', async () => {
    const bus = createMemoryBus();
    const events: RealtimeEvent[] = [];
    bus.subscribe((event) => events.push(event));
    const message: OutboundMessage = {
      messageId: 'msg_1', idempotencyKey: 'msg_1',
      conversation: { id: 'cv_1', kind: 'private', threadKey: 'dm:vis_7' },
      recipient: { externalId: 'vis_7', handle: null }, text: 'We are on it 🚚', visibility: 'private',
      inReplyToExternalId: 'vis_7:c1', attachments: [], sentAt: '2025-03-01T10:00:00.000Z',
    };
    const result = await webchatChannel.send(message, channel, { bus, fetch, now: () => new Date() });
    expect(result).toEqual({ externalId: 'msg_1' });
    expect(events).toEqual([{
      type: 'webchat.deliver', workspaceId: 'ws_1',
      data: {
        channelId: 'ch_web', visitorId: 'vis_7',
        message: { id: 'msg_1', direction: 'out', text: 'We are on it 🚚', sentAt: '2025-03-01T10:00:00.000Z', authorName: null },
      },
    }]);
  });

  it('takes 5,000 code points in either visibility', () => {
    expect(webchatChannel.limits.maxLength).toEqual({ public: 5000, private: 5000 });
    expect(webchatChannel.limits.count('👍🏽ok', 'private')).toBe(4);
  });

  it('keys the visitor\'s thread the way ingest places private messages', () => {
    const event = { visibility: 'private', externalId: 'vis_7:c1' } as InboundEvent;
    expect(visitorThreadKey('vis_7')).toBe(placeInThread(event, 'vis_7').threadKey);
  });
});
