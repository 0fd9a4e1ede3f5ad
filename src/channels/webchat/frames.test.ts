import { describe, expect, it } from 'vitest';
import { readClientFrame } from './frames.ts';

describe('webchat socket frames', () => {
  it('reads a message frame', () => {
    expect(readClientFrame(JSON.stringify({ type: 'message', id: 'c1', text: 'hello' })))
      .toEqual({ ok: true, draft: { id: 'c1', text: 'hello' } });
  });

  it.each(['{', 'null', '42', '"text"', '[]', '{"type":"typing"}', '{"type":"message","id":"c1"}'])(
    'answers the malformed frame %s with bad_request instead of throwing', (raw) => {
      const reading = readClientFrame(raw);
      expect(reading.ok).toBe(false);
      if (!reading.ok) expect(reading.error.code).toBe('bad_request');
    });

  it('names the message a bad frame was about when it can', () => {
    const reading = readClientFrame(JSON.stringify({ type: 'message', id: 'c9', text: 7 }));
    expect(reading).toMatchObject({ ok: false, id: 'c9' });
  });

  it('refuses text over 5,000 characters with text_too_long', () => {
    const reading = readClientFrame(JSON.stringify({ type: 'message', id: 'c1', text: 'a'.repeat(5001) }));
    expect(reading).toMatchObject({ ok: false, id: 'c1', error: { code: 'text_too_long' } });
  });
});
