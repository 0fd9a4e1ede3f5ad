import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSecretBox, loadOrCreateKeyFile, parseSecretKey } from './secret-box.ts';

describe('the secret box', () => {
  it('seals and opens secrets, and the sealed text does not contain them', () => {
    const box = createSecretBox(randomBytes(32));
    const sealed = box.seal({ accessToken: 'EAAB-very-secret' });
    expect(sealed).not.toContain('very-secret');
    expect(box.open(sealed)).toEqual({ accessToken: 'EAAB-very-secret' });
  });

  it('refuses to open what another key sealed or what was tampered with', () => {
    const sealed = createSecretBox(randomBytes(32)).seal({ a: 'b' });
    expect(() => createSecretBox(randomBytes(32)).open(sealed)).toThrow();
    const box = createSecretBox(randomBytes(32));
    const parts = box.seal({ a: 'b' }).split('.');
    parts[3] = Buffer.from('{"a":"c"}').toString('base64');
    expect(() => box.open(parts.join('.'))).toThrow();
  });

  it('creates the key file once, readable by its owner only', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-key-'));
    const first = loadOrCreateKeyFile(dir);
    expect(loadOrCreateKeyFile(dir).equals(first)).toBe(true);
    expect(fs.statSync(path.join(dir, 'secret.key')).mode & 0o777).toBe(0o600);
    fs.rmSync(dir, { recursive: true });
  });

  it('accepts a key as hex or base64 and refuses a short one', () => {
    const key = randomBytes(32);
    expect(parseSecretKey(key.toString('hex')).equals(key)).toBe(true);
    expect(parseSecretKey(key.toString('base64')).equals(key)).toBe(true);
    expect(() => parseSecretKey('abcd')).toThrow(/32 bytes/);
  });
});
