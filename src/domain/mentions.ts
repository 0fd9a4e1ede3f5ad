// @mentions in internal notes: "@ana" names a colleague by first name, full name without spaces,
// or the part of their email before the @.

export interface Mentionable {
  id: string;
  name: string;
  email: string;
}

const fold = (s: string) => s.normalize('NFKC').toLocaleLowerCase();

export function findMentions(text: string, members: Mentionable[]): string[] {
  const handles = [...text.matchAll(/(?<![\p{L}\p{N}_.@])@([\p{L}\p{N}_.-]+)/gu)].map((m) => fold(m[1]!.replace(/[.-]+$/, '')));
  if (handles.length === 0) return [];
  const found = new Set<string>();
  for (const handle of handles) {
    for (const member of members) {
      const names = [fold(member.email.split('@')[0]!), fold(member.name.replace(/\s+/g, '')), fold(member.name.split(/\s+/)[0] ?? '')];
      if (names.includes(handle)) found.add(member.id);
    }
  }
  return [...found];
}
