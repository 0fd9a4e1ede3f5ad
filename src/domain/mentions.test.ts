import { describe, expect, it } from 'vitest';
import { findMentions } from './mentions.ts';

const members = [
  { id: 'u1', name: 'Ana Petrović', email: 'ana.p@acme.test' },
  { id: 'u2', name: 'Jānis Bērziņš', email: 'janis@acme.test' },
  { id: 'u3', name: 'Ana Lee', email: 'alee@acme.test' },
];

describe('mentions', () => {
  it('finds colleagues by email name, first name or full name', () => {
    expect(findMentions('@ana.p can you check?', members)).toEqual(['u1']);
    expect(findMentions('ping @Jānis and @AnaLee.', members)).toEqual(['u2', 'u3']);
  });

  it('notifies everyone a shared first name matches', () => {
    expect(findMentions('@ana please', members).sort()).toEqual(['u1', 'u3']);
  });

  it('ignores emails and unknown handles', () => {
    expect(findMentions('mail ana.p@acme.test or @nobody', members)).toEqual([]);
  });
});
