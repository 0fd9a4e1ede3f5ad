import { describe, expect, it } from 'vitest';
import { parseVisitorDelivery } from './parse.ts';
import { ParleyError } from '../../domain/errors.ts';

const now = new Date('2025-03-01T10:00:00.000Z');
const body = (value: unknown) => Buffer.from(JSON.stringify(value));

describe('webchat HTTP fallback parsing', () => {
  it('turns one message into a private inbound event of the visitor', () => {
    expect(parseVisitorDelivery(body({ id: 'c-1', text: 'Where is my order?' }), 'vis_1', now)).toEqual([{
      externalId: 'vis_1:c-1', direction: 'in', visibility: 'private',
      author: { externalId: 'vis_1', handle: null, displayName: null },
      text: 'Where is my order?', attachments: [], sentAt: '2025-03-01T10:00:00.000Z',
    }]);
  });

  it('takes a batch of messages in order', () => {
    const events = parseVisitorDelivery(body({ messages: [{ id: 'a', text: 'one' }, { id: 'b', text: 'two' }] }), 'vis_1', now);
    expect(events.map((e) => [e.externalId, e.text])).toEqual([['vis_1:a', 'one'], ['vis_1:b', 'two']]);
  });

  it('keeps hostile text exactly as written', () => {
    const text = '<script>alert(1)</script>\u200b\u202eevil\u202c مرحبا 👩🏽‍💻';
    expect(parseVisitorDelivery(body({ id: 'x', text }), 'vis_1', now)[0]!.text).toBe(text);
  });

  it('takes 5,000 emoji but not 5,001', () => {
    expect(parseVisitorDelivery(body({ id: 'x', text: '😀'.repeat(5000) }), 'vis_1', now)).toHaveLength(1);
    expect(() => parseVisitorDelivery(body({ id: 'x', text: '😀'.repeat(5001) }), 'vis_1', now))
      .toThrow(expect.objectContaining({ code: 'text_too_long' }));
  });

  it.each([
    ['not JSON', Buffer.from('{nope'), 'bad_request'],
    ['no id', body({ text: 'hi' }), 'validation_failed'],
    ['an id with a colon', body({ id: 'a:b', text: 'hi' }), 'validation_failed'],
    ['an empty text', body({ id: 'a', text: '  ' }), 'validation_failed'],
    ['an empty batch', body({ messages: [] }), 'validation_failed'],
    ['a number as text', body({ id: 'a', text: 5 }), 'validation_failed'],
  ])('refuses a body with %s', (_, raw, code) => {
    let caught: unknown;
    try { parseVisitorDelivery(raw, 'vis_1', now); } catch (error) { caught = error; }
    expect(caught).toBeInstanceOf(ParleyError);
    expect((caught as ParleyError).code).toBe(code);
  });
});
