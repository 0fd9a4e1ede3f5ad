import { describe, expect, it } from 'vitest';
import { ParleyError } from '../../domain/errors.ts';
import type { Channel } from '../../domain/types.ts';
import { facebookChannel } from './facebook/index.ts';
import { instagramChannel, instagramLimits } from './instagram/index.ts';
import { PAGE_ID, IG_USER_ID } from './__fixtures__/index.ts';

const channel = (config: Record<string, unknown>) => ({ id: 'ch_1', config } as unknown as Channel);

describe('connecting a facebook channel', () => {
  it('keeps the Page id and endpoint as settings and the tokens as secrets', () => {
    const prepared = facebookChannel.prepareConnection({ name: 'Shop', config: {
      pageId: PAGE_ID, pageAccessToken: 'EAAtoken', appSecret: 'app-secret', verifyToken: 'verify-me', graphApiBaseUrl: 'http://127.0.0.1:9999/', graphApiVersion: 'v24.0',
    } });
    expect(prepared).toEqual({
      config: { pageId: PAGE_ID, graphApiBaseUrl: 'http://127.0.0.1:9999', graphApiVersion: 'v24.0' },
      secrets: { pageAccessToken: 'EAAtoken', appSecret: 'app-secret', verifyToken: 'verify-me' },
    });
  });

  it.each([
    ['no token', { pageId: PAGE_ID, appSecret: 'a', verifyToken: 'v' }],
    ['a page id that is not numeric', { pageId: 'my-shop', pageAccessToken: 't', appSecret: 'a', verifyToken: 'v' }],
    ['a non-http base URL', { pageId: PAGE_ID, pageAccessToken: 't', appSecret: 'a', verifyToken: 'v', graphApiBaseUrl: 'file:///etc/passwd' }],
    ['a malformed version', { pageId: PAGE_ID, pageAccessToken: 't', appSecret: 'a', verifyToken: 'v', graphApiVersion: '25' }],
  ])('refuses %s with validation_failed', (_name, config) => {
    expect(() => facebookChannel.prepareConnection({ name: 'x', config })).toThrowError(ParleyError);
  });

  it('scopes identities to the Page (PSIDs are page-scoped)', () => {
    expect(facebookChannel.identityNamespace(channel({ pageId: PAGE_ID }))).toBe(`facebook:${PAGE_ID}`);
  });

  it('limits Messenger replies to 2,000 and comments to 8,000', () => {
    expect(facebookChannel.limits.maxLength).toEqual({ public: 8000, private: 2000 });
    expect(facebookChannel.limits.count('😀', 'private')).toBe(2);
  });
});

describe('connecting an instagram channel', () => {
  it('keeps the account id as a setting and the token as a secret', () => {
    const prepared = instagramChannel.prepareConnection({ name: 'IG', config: { igUserId: IG_USER_ID, accessToken: 'IGAAtoken', appSecret: 'a', verifyToken: 'v' } });
    expect(prepared).toEqual({ config: { igUserId: IG_USER_ID }, secrets: { accessToken: 'IGAAtoken', appSecret: 'a', verifyToken: 'v' } });
  });

  it('scopes identities to the account (IGSIDs are Instagram-scoped)', () => {
    expect(instagramChannel.identityNamespace(channel({ igUserId: IG_USER_ID }))).toBe(`instagram:${IG_USER_ID}`);
  });

  it('counts DMs in UTF-8 bytes (1,000) and comments in characters (2,200)', () => {
    expect(instagramLimits.maxLength).toEqual({ public: 2200, private: 1000 });
    expect(instagramLimits.count('Šī ē', 'private')).toBe(7);
    expect(instagramLimits.count('Šī ē', 'public')).toBe(4);
  });
});
