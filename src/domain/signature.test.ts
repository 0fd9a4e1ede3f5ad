import { describe, expect, it } from 'vitest';
import { appendSignature, initialsOf } from './signature.ts';

describe('signatures', () => {
  const jana = { name: 'Jana Mäe', initials: null, signature: null };

  it('appends initials as ^JM, e.g. on public posts', () => {
    expect(appendSignature('On its way!', 'initials', jana)).toBe('On its way! ^JM');
    expect(appendSignature('Ok', 'initials', { ...jana, initials: 'jm2' })).toBe('Ok ^jm2');
  });

  it('appends the full signature, or the name, on its own paragraph', () => {
    expect(appendSignature('Hello', 'full', jana)).toBe('Hello\n\nJana Mäe');
    expect(appendSignature('Hello', 'full', { ...jana, signature: 'Jana — Acme Care' })).toBe('Hello\n\nJana — Acme Care');
  });

  it('leaves the text alone when the channel wants none or nobody signs', () => {
    expect(appendSignature('Hello', 'none', jana)).toBe('Hello');
    expect(appendSignature('Hello', 'initials', null)).toBe('Hello');
  });

  it('takes initials in any script', () => {
    expect(initialsOf('Јован Петровић')).toBe('ЈП');
    expect(initialsOf('  ayşe   yılmaz ')).toBe('AY');
  });
});
