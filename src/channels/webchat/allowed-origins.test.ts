import { describe, expect, it } from 'vitest';
import { isOriginAllowed, normalizeOrigin, parseWebchatConfig } from './allowed-origins.ts';
import { ParleyError } from '../../domain/errors.ts';

describe('webchat allowed origins', () => {
  it('keeps origins the way browsers send them', () => {
    expect(parseWebchatConfig({ allowedOrigins: ['https://Shop.Example/', 'http://localhost:8080', 'https://shop.example:443'] }))
      .toEqual({ allowedOrigins: ['https://shop.example', 'http://localhost:8080'] });
  });

  it.each([
    ['a path', 'https://shop.example/chat'],
    ['a query', 'https://shop.example/?a=1'],
    ['no scheme', 'shop.example'],
    ['another scheme', 'ftp://shop.example'],
    ['credentials', 'https://user:pw@shop.example'],
    ['a wildcard subdomain', 'https://*.shop.example'],
  ])('refuses an entry with %s', (_, entry) => {
    expect(() => parseWebchatConfig({ allowedOrigins: [entry] })).toThrow(ParleyError);
  });

  it('refuses a config without origins', () => {
    expect(() => parseWebchatConfig({})).toThrow(/allowedOrigins/);
    expect(() => parseWebchatConfig({ allowedOrigins: [] })).toThrow(ParleyError);
  });

  it('allows a listed origin and refuses any other', () => {
    const allowed = ['https://shop.example'];
    expect(isOriginAllowed(allowed, 'https://shop.example')).toBe(true);
    expect(isOriginAllowed(allowed, 'https://SHOP.example:443')).toBe(true);
    expect(isOriginAllowed(allowed, 'http://shop.example')).toBe(false);
    expect(isOriginAllowed(allowed, 'https://evil.example')).toBe(false);
    expect(isOriginAllowed(allowed, 'https://shop.example.evil.example')).toBe(false);
    expect(isOriginAllowed(allowed, 'null')).toBe(false);
  });

  it('refuses a missing Origin unless any site is allowed', () => {
    expect(isOriginAllowed(['https://shop.example'], undefined)).toBe(false);
    expect(isOriginAllowed(['https://shop.example'], '')).toBe(false);
    expect(isOriginAllowed(['*'], undefined)).toBe(true);
  });

  it('lets "*" allow every site', () => {
    expect(isOriginAllowed(['*'], 'https://anything.example')).toBe(true);
    expect(isOriginAllowed(['*'], 'null')).toBe(true);
  });

  it('lets a token-carrying request without Origin through when Origin is optional', () => {
    expect(isOriginAllowed(['https://shop.example'], undefined, 'origin-optional')).toBe(true);
    expect(isOriginAllowed(['https://shop.example'], 'https://evil.example', 'origin-optional')).toBe(false);
  });

  it('normalizes only http(s) origins', () => {
    expect(normalizeOrigin('https://shop.example')).toBe('https://shop.example');
    expect(normalizeOrigin('javascript:alert(1)')).toBeNull();
  });
});
