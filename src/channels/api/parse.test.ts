import { describe, expect, it } from 'vitest';
import { parseApiDelivery } from './parse.ts';
import { ParleyError } from '../../domain/errors.ts';

const parse = (body: unknown) => parseApiDelivery(Buffer.from(typeof body === 'string' ? body : JSON.stringify(body)), new Date('2026-11-24T12:00:00Z'));

describe('parsing api channel deliveries', () => {
  it('reads the contract format into inbound events', () => {
    const [event] = parse({ events: [{ id: 'ext-1', thread: 't1', inReplyTo: 'ext-0', from: { id: 'u1', name: 'Ana', handle: 'ana' }, text: 'Hi', visibility: 'public', sentAt: '2026-11-24T10:00:00+02:00' }] });
    expect(event).toMatchObject({
      externalId: 'ext-1', threadKey: 't1', inReplyToExternalId: 'ext-0', direction: 'in', visibility: 'public',
      author: { externalId: 'u1', displayName: 'Ana', handle: 'ana' }, text: 'Hi', sentAt: '2026-11-24T08:00:00.000Z',
    });
  });

  it('treats a message without visibility as private and without time as now', () => {
    const [event] = parse({ events: [{ id: 1234567890123456789n.toString(), from: { id: 7 }, text: 'x' }] });
    expect(event?.visibility).toBe('private');
    expect(event?.sentAt).toBe('2026-11-24T12:00:00.000Z');
    expect(event?.author.externalId).toBe('7');
    expect(event?.externalId).toBe('1234567890123456789');
  });

  it.each([
    ['not JSON', '{"events":', 'bad_request'],
    ['no events', {}, 'validation_failed'],
    ['empty events', { events: [] }, 'validation_failed'],
    ['no author', { events: [{ id: 'a', text: 'x' }] }, 'validation_failed'],
    ['bad time', { events: [{ id: 'a', from: { id: 'u' }, sentAt: 'yesterday' }] }, 'validation_failed'],
    ['bad visibility', { events: [{ id: 'a', from: { id: 'u' }, visibility: 'secret' }] }, 'validation_failed'],
    ['deep nesting', '['.repeat(10_000) + ']'.repeat(10_000), 'bad_request'],
  ])('refuses %s with a clear error', (_name, body, code) => {
    try {
      parse(body);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ParleyError);
      expect((error as ParleyError).code).toBe(code);
    }
  });

  it('keeps hostile text byte for byte', () => {
    const text = '<img src=x onerror=alert(1)>\u200d\u2067שלום\u2069 🇱🇻';
    expect(parse({ events: [{ id: 'h', from: { id: 'u' }, text }] })[0]?.text).toBe(text);
  });
});
