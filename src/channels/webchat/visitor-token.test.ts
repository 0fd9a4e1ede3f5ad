import { describe, expect, it } from 'vitest';
import { bearerToken, newVisitorId, readVisitorToken, signVisitorToken } from './visitor-token.ts';
import { hmacSha256Hex } from '../signature.ts';

const secret = 'a'.repeat(64);

describe('visitor tokens', () => {
  it('names the visitor it was signed for', () => {
    const visitorId = newVisitorId();
    const token = signVisitorToken(secret, visitorId);
    expect(token).toBe(`v1.${visitorId}.${hmacSha256Hex(secret, `v1.${visitorId}`)}`);
    expect(readVisitorToken(secret, token)).toBe(visitorId);
  });

  it('rejects a token signed with another channel\'s secret', () => {
    const token = signVisitorToken('b'.repeat(64), 'vis_1');
    expect(readVisitorToken(secret, token)).toBeNull();
  });

  it('rejects a token whose visitor was swapped for another', () => {
    const [, , mac] = signVisitorToken(secret, 'vis_alice').split('.');
    expect(readVisitorToken(secret, `v1.vis_mallory.${mac}`)).toBeNull();
  });

  it('rejects a token with one flipped signature digit', () => {
    const token = signVisitorToken(secret, 'vis_1');
    const flipped = token.slice(0, -1) + (token.endsWith('0') ? '1' : '0');
    expect(readVisitorToken(secret, flipped)).toBeNull();
  });

  it.each([
    ['empty', ''],
    ['no signature', 'v1.vis_1'],
    ['another version', `v2.vis_1.${hmacSha256Hex(secret, 'v2.vis_1')}`],
    ['uppercase hex', signVisitorToken(secret, 'vis_1').toUpperCase()],
    ['a dot in the visitor id', `v1.a.b.${hmacSha256Hex(secret, 'v1.a.b')}`],
    ['a short signature', 'v1.vis_1.abcdef'],
    ['trailing junk', `${signVisitorToken(secret, 'vis_1')}x`],
  ])('rejects a malformed token (%s)', (_, token) => {
    expect(readVisitorToken(secret, token)).toBeNull();
  });

  it('rejects every token when the channel has no secret', () => {
    expect(readVisitorToken(undefined, signVisitorToken('', 'vis_1'))).toBeNull();
    expect(readVisitorToken('', signVisitorToken('', 'vis_1'))).toBeNull();
  });

  it('makes a fresh visitor id each time', () => {
    expect(newVisitorId()).not.toBe(newVisitorId());
    expect(newVisitorId()).toMatch(/^vis_[0-9a-z]+$/);
  });

  it('reads a bearer token from an Authorization header', () => {
    expect(bearerToken('Bearer v1.x.y')).toBe('v1.x.y');
    expect(bearerToken('bearer  abc ')).toBe('abc');
    expect(bearerToken('Basic abc')).toBeUndefined();
    expect(bearerToken(undefined)).toBeUndefined();
  });
});
