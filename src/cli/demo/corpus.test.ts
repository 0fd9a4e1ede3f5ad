import { describe, expect, it } from 'vitest';
import { DEMO_SCRIPT } from './corpus.ts';

describe('the demo script', () => {
  it('speaks English, Russian, Turkish, Serbian in both scripts and Latvian', () => {
    expect(new Set(DEMO_SCRIPT.map((m) => m.language))).toEqual(new Set(['en', 'ru', 'tr', 'sr-Cyrl', 'sr-Latn', 'lv']));
  });

  it('writes each language in its own script', () => {
    const cyrillic = /\p{Script=Cyrillic}/u;
    for (const message of DEMO_SCRIPT) {
      const isCyrillicLanguage = message.language === 'ru' || message.language === 'sr-Cyrl';
      expect(cyrillic.test(message.text), message.key).toBe(isCyrillicLanguage);
    }
  });

  it('mixes public posts, replies and private messages', () => {
    expect(DEMO_SCRIPT.some((m) => m.visibility === 'public' && !m.replyTo)).toBe(true);
    expect(DEMO_SCRIPT.some((m) => m.replyTo)).toBe(true);
    expect(DEMO_SCRIPT.some((m) => m.visibility === 'private')).toBe(true);
  });

  it('has unique keys, and every reply answers an earlier public post', () => {
    const seen = new Map<string, (typeof DEMO_SCRIPT)[number]>();
    for (const message of DEMO_SCRIPT) {
      expect(seen.has(message.key), message.key).toBe(false);
      if (message.replyTo) {
        expect(message.visibility).toBe('public');
        expect(seen.get(message.replyTo)?.visibility, message.key).toBe('public');
      }
      seen.set(message.key, message);
    }
  });
});
