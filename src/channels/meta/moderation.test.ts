import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ParleyError } from '../../domain/errors.ts';
import { graphAnswers, startGraphEmulator, type GraphEmulator } from './emulator.ts';
import { moderateComment, moderationCallFor } from './moderation.ts';
import { metaChannel } from './__fixtures__/outbound.ts';
import { IG_USER_ID, PAGE_ID } from './__fixtures__/index.ts';

describe('moderating a comment', () => {
  it('uses is_hidden on Facebook and hide on Instagram, DELETE to delete', () => {
    expect(moderationCallFor('facebook', '122101_880001#edit-0123456789ab', 'hide')).toEqual({ method: 'POST', path: '122101_880001', query: { is_hidden: 'true' } });
    expect(moderationCallFor('instagram', '17870913679156914', 'unhide')).toEqual({ method: 'POST', path: '17870913679156914', query: { hide: 'false' } });
    expect(moderationCallFor('facebook', '122101_880001', 'delete')).toEqual({ method: 'DELETE', path: '122101_880001' });
    expect(() => moderationCallFor('facebook', '../me', 'delete')).toThrowError(ParleyError);
  });

  let graph: GraphEmulator;
  beforeAll(async () => { graph = await startGraphEmulator({ accessTokens: ['EAApage', 'IGAAuser'] }); });
  afterAll(async () => { await graph.close(); });

  it('calls Meta with the channel\'s token and reports its refusal as a domain error', async () => {
    const facebook = metaChannel('facebook', { pageId: PAGE_ID, graphApiBaseUrl: graph.url }, { pageAccessToken: 'EAApage', appSecret: 'a', verifyToken: 'v' });
    await moderateComment(facebook, '122101_880001', 'hide', fetch);
    expect(graph.accepted.at(-1)).toMatchObject({ method: 'POST', path: '122101_880001', params: { is_hidden: 'true' }, token: 'EAApage' });

    const instagram = metaChannel('instagram', { igUserId: IG_USER_ID, graphApiBaseUrl: graph.url }, { accessToken: 'IGAAuser', appSecret: 'a', verifyToken: 'v' });
    await moderateComment(instagram, '17870913679156914', 'delete', fetch);
    expect(graph.accepted.at(-1)).toMatchObject({ method: 'DELETE', path: '17870913679156914' });

    graph.script(graphAnswers.permissionDenied());
    await expect(moderateComment(facebook, '122101_880001', 'delete', fetch)).rejects.toMatchObject({ code: 'channel_cannot_send', message: expect.stringContaining('(#10)') });
    graph.script(graphAnswers.rateLimited(32));
    await expect(moderateComment(facebook, '122101_880001', 'unhide', fetch)).rejects.toMatchObject({ code: 'too_many_requests' });
  });
});
