// What the customer wants: question, complaint, praise, a human, to buy.

import type { CueHit } from '../cues/cue.ts';
import type { SentimentVerdict } from '../sentiment/score-sentiment.ts';

export type Intent = 'question' | 'complaint' | 'praise' | 'human' | 'purchase';

/**
 * A question word counts only where a sentence starts ("Where is my order", "Как поменять
 * тариф"), since mid-sentence the same words start relative clauses ("I know where it is").
 * Leading @handles and emoji do not start the sentence: "@brand when do you open" asks.
 */
function isSentenceStart(text: string, index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const char = text[i] as string;
    if (char === '.' || char === '!' || char === '?' || char === '\n') return true;
    if (/[\s,]/.test(char)) continue;
    const tokenStart = text.lastIndexOf(' ', i) + 1;
    if (text[tokenStart] === '@' || text[tokenStart] === '#' || !/[\p{L}\p{N}]/u.test(char)) {
      i = tokenStart;
      continue;
    }
    return false;
  }
  return true;
}

/**
 * Turkish question particles ("mi", "mı") are ordinary words elsewhere (Serbian "mi": to me).
 * Turkish also puts its question word before the verb, mid-sentence ("uygulama neden
 * açılmıyor"), where it starts no relative clause, so there it asks wherever it stands.
 */
const PARTICLE_LANGUAGES = new Set(['tr', 'az']);

export function detectIntents(
  hits: readonly CueHit[], text: string, sentiment: SentimentVerdict, language: string | null,
): Intent[] {
  const found = new Set<string>();
  for (const hit of hits) {
    if (hit.isNegated) continue;
    for (const cue of hit.cues) {
      if (cue.kind !== 'intent') continue;
      const isParticleLanguage = language !== null && PARTICLE_LANGUAGES.has(language);
      if (cue.intent === 'question-word' && !isParticleLanguage && !isSentenceStart(text, hit.start)) continue;
      if (cue.intent === 'question-particle' && !isParticleLanguage) continue;
      found.add(cue.intent);
    }
  }
  const intents: Intent[] = [];
  if (text.includes('?') || found.has('question-word') || found.has('question-particle') || found.has('question-request')) {
    intents.push('question');
  }
  if (found.has('complaint') || sentiment.label === 'negative') intents.push('complaint');
  if (sentiment.label === 'positive' && !sentiment.isSarcastic) intents.push('praise');
  if (found.has('human') || (found.has('agent-word') && found.has('ask-to-talk'))) intents.push('human');
  if (found.has('purchase')) intents.push('purchase');
  return intents;
}
