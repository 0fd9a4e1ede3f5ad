import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SendError } from '../../channel-adapter.ts';
import { startGraphEmulator, type GraphEmulator } from '../emulator.ts';
import { createUsageGate } from '../usage.ts';
import { IG_USER_ID } from '../__fixtures__/index.ts';
import { metaChannel, outbound, sendContext } from '../__fixtures__/outbound.ts';
import { instagramCallFor, sendOnInstagram } from './send.ts';
import { defaultInstagramBaseUrl } from './config.ts';

const dm = (text: string) => outbound({ text, recipient: { externalId: '1254459154682919', handle: null }, conversation: { threadKey: 'dm:1254459154682919' } });

describe('choosing the Graph call for an Instagram reply', () => {
  it('replies to a comment thread with POST /{ig-comment-id}/replies?message=', () => {
    const call = instagramCallFor(outbound({ visibility: 'public', conversation: { kind: 'public', threadKey: 'thread:17870913679156914' }, text: 'Teşekkürler! 🙏' }), IG_USER_ID);
    expect(call).toEqual({ method: 'POST', path: '17870913679156914/replies', query: { message: 'Teşekkürler! 🙏' } });
  });

  it('answers a mention through POST /{ig-user-id}/mentions with the media and comment', () => {
    const call = instagramCallFor(outbound({ visibility: 'public', conversation: { kind: 'public', threadKey: 'thread:mention:17911111111111111:17876666666666666' }, text: 'Paldies!' }), IG_USER_ID);
    expect(call).toEqual({ method: 'POST', path: `${IG_USER_ID}/mentions`, query: { media_id: '17911111111111111', comment_id: '17876666666666666', message: 'Paldies!' } });
  });

  it('sends a DM to /me/messages with recipient.id and no messaging_type', () => {
    expect(instagramCallFor(dm('Здравствуйте!'), IG_USER_ID)).toEqual({
      method: 'POST', path: 'me/messages', json: { recipient: { id: '1254459154682919' }, message: { text: 'Здравствуйте!' } },
    });
  });

  it('answers a commenter privately with recipient.comment_id', () => {
    const call = instagramCallFor(outbound({ conversation: { kind: 'public', threadKey: 'thread:17870913679156914' }, inReplyToExternalId: '17873440459141021' }), IG_USER_ID);
    expect(call.json).toMatchObject({ recipient: { comment_id: '17873440459141021' } });
  });

  it('sends a plain DM once the commenter\'s own DM joined the public conversation', () => {
    const call = instagramCallFor(outbound({ conversation: { kind: 'public', threadKey: 'thread:17870913679156914' }, inReplyToExternalId: 'aWdfZAG1faXRlbToxOklHTWVzc2FnZAU', recipient: { externalId: '1254459154682919', handle: null } }), IG_USER_ID);
    expect(call.json).toEqual({ recipient: { id: '1254459154682919' }, message: { text: 'Спасибо! Мы уже проверяем заказ 📦' } });
  });

  it('adds MESSAGE_TAG + HUMAN_AGENT to a DM after 24 hours where the account has the permission', () => {
    const late = outbound({ recipient: { externalId: '1254459154682919', handle: null }, conversation: { threadKey: 'dm:1254459154682919', lastInboundAt: '2026-11-22T10:00:00.000Z' } });
    expect(instagramCallFor(late, IG_USER_ID, { now: new Date('2026-11-24T10:05:00Z'), humanAgentTag: true }).json)
      .toEqual({ recipient: { id: '1254459154682919' }, messaging_type: 'MESSAGE_TAG', tag: 'HUMAN_AGENT', message: { text: 'Спасибо! Мы уже проверяем заказ 📦' } });
    expect(() => instagramCallFor(late, IG_USER_ID, { now: new Date('2026-11-24T10:05:00Z'), humanAgentTag: false })).toThrowError(SendError);
  });

  it('refuses a DM over 1,000 bytes of UTF-8 before calling Meta', () => {
    expect(() => instagramCallFor(dm('Ж'.repeat(501)), IG_USER_ID)).toThrowError(SendError);
    expect(() => instagramCallFor(dm('x'.repeat(1000)), IG_USER_ID)).not.toThrow();
  });

  it('picks graph.instagram.com for Instagram Login tokens and graph.facebook.com for Page tokens', () => {
    expect(defaultInstagramBaseUrl('IGAAJx0token')).toBe('https://graph.instagram.com');
    expect(defaultInstagramBaseUrl('EAAGm0PX4ZCps')).toBe('https://graph.facebook.com');
  });
});

describe('sending Instagram replies to the Graph API', () => {
  let graph: GraphEmulator;
  beforeAll(async () => { graph = await startGraphEmulator({ accessTokens: ['IGAAtoken'] }); });
  afterAll(async () => { await graph.close(); });
  const channel = () => metaChannel('instagram', { igUserId: IG_USER_ID, graphApiBaseUrl: graph.url, graphApiVersion: 'v24.0' }, { accessToken: 'IGAAtoken', appSecret: 's', verifyToken: 'v' });

  it('returns the reply\'s id, on the configured version', async () => {
    const result = await sendOnInstagram(outbound({ visibility: 'public', conversation: { kind: 'public', threadKey: 'thread:17870913679156914' } }), channel(), sendContext(), createUsageGate());
    expect(graph.calls.at(-1)).toMatchObject({ version: 'v24.0', path: '17870913679156914/replies', params: { message: 'Спасибо! Мы уже проверяем заказ 📦' } });
    expect(result.externalId).toMatch(/^\d+$/);
  });

  it('returns the DM\'s message_id', async () => {
    const result = await sendOnInstagram(dm('Labdien!'), channel(), sendContext(), createUsageGate());
    expect(result.externalId).toMatch(/^m_/);
  });
});
