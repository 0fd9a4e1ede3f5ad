// The words of a social post that say something about its language: no handles, tags, links, emoji.

/**
 * @handles and #hashtags are names, often English or brand-made whatever the post's language;
 * URLs and emails are not language at all; emoji and digits carry no language. What remains
 * are the runs of letters (with inner apostrophes: "don't", "кур'єр", "l'aéroport").
 */
const NOT_LANGUAGE = /(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+|[@#][\p{L}\p{N}_.]+/gu;
const WORD = /\p{L}[\p{L}\p{M}]*(?:['’]\p{L}[\p{L}\p{M}]*)*/gu;

export function judgeableWords(text: string): string[] {
  // Most messages have no link, handle or tag: skip the replacement pass for them.
  const hasNonLanguage = text.includes('@') || text.includes('#') || text.includes('http') || text.includes('www.');
  return (hasNonLanguage ? text.replace(NOT_LANGUAGE, ' ') : text).match(WORD) ?? [];
}
