// Appends an agent's signature to a reply in the style the channel asks for.
import type { SignatureStyle } from './types.ts';

export interface SignatureOwner {
  name: string;
  initials: string | null;
  signature: string | null;
}

/** "Jana Mäe" → "JM"; letters of any script count, so "Јован Петровић" → "ЈП". */
export function initialsOf(name: string): string {
  return name.split(/\s+/).filter(Boolean).map((part) => Array.from(part)[0]!.toUpperCase()).join('').slice(0, 3);
}

export function appendSignature(text: string, style: SignatureStyle, owner: SignatureOwner | null): string {
  if (style === 'none' || !owner) return text;
  if (style === 'initials') {
    const initials = owner.initials?.trim() || initialsOf(owner.name);
    return initials ? `${text} ^${initials}` : text;
  }
  const signature = owner.signature?.trim() || owner.name;
  return `${text}\n\n${signature}`;
}
