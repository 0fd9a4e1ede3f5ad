import { describe, expect, it } from 'vitest';
import { isPrivateAddress } from './private-address.ts';

describe('private addresses', () => {
  it.each([
    '127.0.0.1', '127.8.9.10', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '0.0.0.0',
    '100.64.0.1', '::1', '::', 'fe80::1', 'fd00::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1', '64:ff9b::a9fe:a9fe', 'ff02::1',
  ])('treats %s as private', (ip) => expect(isPrivateAddress(ip)).toBe(true));

  it.each(['8.8.8.8', '1.1.1.1', '172.32.0.1', '192.169.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8', '2a00:1450:4001:82b::200e'])(
    'treats %s as public', (ip) => expect(isPrivateAddress(ip)).toBe(false));

  it('treats what is not an address as private (refuse when unsure)', () => {
    expect(isPrivateAddress('not-an-ip')).toBe(true);
  });
});
