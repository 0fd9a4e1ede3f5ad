// The one-line preview of a message shown in inbox rows.
const MAX = 140;

export function snippetOf(text: string, attachmentCount: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (!flat) return attachmentCount > 0 ? `[${attachmentCount} attachment${attachmentCount > 1 ? 's' : ''}]` : '';
  // Cut on a code point boundary so an emoji is never split in half.
  const chars = Array.from(flat);
  return chars.length <= MAX ? flat : chars.slice(0, MAX - 1).join('') + '…';
}
