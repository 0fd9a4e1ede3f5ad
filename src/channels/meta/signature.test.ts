import { describe, expect, it } from 'vitest';
import { ParleyError } from '../../domain/errors.ts';
import type { WebhookRequest } from '../channel-adapter.ts';
import { isValidMetaSignature, signMetaBody, verifyMetaSignature } from './signature.ts';
import { toMetaJson } from './meta-json.ts';
import { readFixture } from './__fixtures__/index.ts';

const SECRET = 'a3f1c0ffee5e1ec7ab1ec0de00000042';
const request = (rawBody: Buffer, signature?: string): WebhookRequest => ({
  method: 'POST', query: {}, rawBody, headers: signature === undefined ? {} : { 'x-hub-signature-256': signature },
});

describe('X-Hub-Signature-256', () => {
  it.each([
    ['Cyrillic', 'Здравствуйте! Где мой заказ №4512?'],
    ['Turkish', 'Siparişim hâlâ gelmedi, çok üzgünüm — İstanbul'],
    ['Latvian', 'Sveiki! Vai šī akcija ir spēkā arī Rīgā? Ā ē ī ū ļ ņ ķ ģ'],
    ['emoji', 'Where is it? 😡📦 👩‍👩‍👧‍👦 🇱🇻'],
  ])('verifies a %s body in Meta\'s \\uXXXX-escaped form, and not its re-serialisation', (_name, text) => {
    const escaped = toMetaJson({ object: 'page', entry: [{ id: '1', time: 1, changes: [{ field: 'feed', value: { message: text } }] }] });
    expect(escaped).toMatch(/^[\x20-\x7e]+$/);
    expect(escaped).toMatch(/\\u[0-9a-f]{4}/);
    const rawBody = Buffer.from(escaped);
    const signature = signMetaBody(SECRET, rawBody);
    expect(() => verifyMetaSignature(request(rawBody, signature), SECRET)).not.toThrow();
    // The same JSON written the ordinary way (UTF-8 characters) is different bytes.
    const reserialised = Buffer.from(JSON.stringify(JSON.parse(escaped)));
    expect(isValidMetaSignature(reserialised, signature, SECRET)).toBe(false);
  });

  it('verifies a recorded fixture byte for byte', () => {
    const rawBody = readFixture('messenger-batch.json');
    expect(isValidMetaSignature(rawBody, signMetaBody(SECRET, rawBody), SECRET)).toBe(true);
  });

  it('takes upper-case hex as Meta\'s lower-case', () => {
    const rawBody = Buffer.from('{"object":"page","entry":[]}');
    const upper = 'sha256=' + signMetaBody(SECRET, rawBody).slice(7).toUpperCase();
    expect(isValidMetaSignature(rawBody, upper, SECRET)).toBe(true);
  });

  it.each([
    ['forged', 'sha256=' + '0'.repeat(64)],
    ['signed with another secret', signMetaBody('another-app-secret', '{"object":"page","entry":[]}')],
    ['the legacy sha1 form', 'sha1=' + 'a'.repeat(40)],
    ['empty', ''],
  ])('refuses a %s signature with invalid_signature', (_name, signature) => {
    const rawBody = Buffer.from('{"object":"page","entry":[]}');
    expect(() => verifyMetaSignature(request(rawBody, signature), SECRET)).toThrowError(ParleyError);
    try { verifyMetaSignature(request(rawBody, signature), SECRET); } catch (error) { expect((error as ParleyError).code).toBe('invalid_signature'); }
  });

  it('refuses a missing header and a channel without an app secret', () => {
    const rawBody = Buffer.from('{}');
    expect(() => verifyMetaSignature(request(rawBody), SECRET)).toThrow(/missing x-hub-signature-256/);
    expect(() => verifyMetaSignature(request(rawBody, signMetaBody(SECRET, rawBody)), undefined)).toThrow(ParleyError);
  });
});

describe('Meta\'s escaped serialisation', () => {
  it('escapes non-ASCII as lowercase \\uXXXX (emoji as surrogate pairs) and slashes as \\/', () => {
    expect(toMetaJson({ t: 'Ž😀', u: 'https://x.test/a' })).toBe('{"t":"\\u017d\\ud83d\\ude00","u":"https:\\/\\/x.test\\/a"}');
    expect(JSON.parse(toMetaJson({ t: 'a\\/b Ж' }))).toEqual({ t: 'a\\/b Ж' });
  });
});
