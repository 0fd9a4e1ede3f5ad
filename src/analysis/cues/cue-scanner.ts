// Compiles every lexicon into ONE automaton and finds all cues of a message in a single pass.

import { KeywordAutomaton, type KeywordPattern } from '../automaton/keyword-automaton.ts';
import { intentLexicon, type IntentCueKind } from '../lexicon/intent-lexicon.ts';
import { expandWords, type LexiconWords } from '../lexicon/lexicon-words.ts';
import {
  adjacentBackwardNegators, adjacentNegators, backwardNegators, contrastWords, forwardNegators, intensifiers, negativePronouns,
  repetitionWords, sarcasmMarkers,
} from '../lexicon/modifier-lexicon.ts';
import { sentimentLexicon } from '../lexicon/sentiment-lexicon.ts';
import { urgencyLexicon } from '../lexicon/urgency-lexicon.ts';
import { foldText } from '../text/fold.ts';
import type { Cue, CueHit } from './cue.ts';
import { applyModifiers } from './modifiers.ts';

export interface CueScanner {
  /** The hits in text order, negation and intensity resolved. `folded` is foldText(text). */
  scan(folded: string): CueHit[];
  readonly patternCount: number;
}

const INTENSIFIER_FACTOR = 1.5;
/**
 * Reach is measured in characters, not words, to stay allocation-free: 14 characters covers
 * "not really that bad" and "не очень-то и срочно" but not "isn't fixed by Friday I'm
 * switching", where the negation belongs to another verb. "no" reaches only the next word.
 */
const NEGATION_REACH = 14;
const ADJACENT_REACH = 2;
/** "nada urgente", and the article or preposition of "rien d'urgent", "niente di urgente". */
const PRONOUN_REACH = 4;

class CueTable {
  private readonly byPattern = new Map<string, { pattern: string; isStem: boolean; cues: Cue[] }>();

  add(words: LexiconWords, makeCue: (weight: number | undefined) => Cue): void {
    for (const word of expandWords(words)) {
      const pattern = foldText(word.pattern);
      const key = `${word.isStem ? '*' : ' '}${pattern}`;
      const entry = this.byPattern.get(key) ?? { pattern, isStem: word.isStem, cues: [] };
      const cue = makeCue(word.weight);
      // The same folded word may come from two languages ("super", "problem"): one cue per kind.
      if (!entry.cues.some((existing) => sameKind(existing, cue))) entry.cues.push(cue);
      this.byPattern.set(key, entry);
    }
  }

  /**
   * A longer entry that a stem also matches carries the stem's urgency or sentiment when it has
   * none of its own: the scan keeps only the longer hit, so without this "prevarant" (a
   * swindler, sentiment) would hide "prevar*" (fraud, urgency) and "dolandırıcı" "dolandır*".
   */
  patterns(): KeywordPattern<Cue[]>[] {
    const stems = new Map<string, Cue[]>();
    for (const { pattern, isStem, cues } of this.byPattern.values()) if (isStem) stems.set(pattern, cues);
    return [...this.byPattern.values()].map(({ pattern, isStem, cues }) => {
      const inherited = [...cues];
      for (let length = pattern.length - 1; length > 0; length--) {
        for (const cue of stems.get(pattern.slice(0, length)) ?? []) {
          const isScored = cue.kind === 'urgency' || cue.kind === 'sentiment';
          if (isScored && !inherited.some((own) => own.kind === cue.kind)) inherited.push(cue);
        }
      }
      return { text: pattern, isStem, data: inherited };
    });
  }
}

function sameKind(a: Cue, b: Cue): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'intent' && b.kind === 'intent') return a.intent === b.intent;
  if (a.kind === 'urgency' && b.kind === 'urgency') return a.reason === b.reason;
  return true;
}

export function createCueScanner(): CueScanner {
  const table = new CueTable();
  for (const group of urgencyLexicon) {
    table.add(group.words, (weight) => ({ kind: 'urgency', reason: group.reason, weight: weight ?? group.weight }));
  }
  for (const group of sentimentLexicon) {
    table.add(group.words, (weight) => ({ kind: 'sentiment', weight: weight ?? group.weight }));
  }
  table.add(forwardNegators, () => ({ kind: 'negator', direction: 'forward', reach: NEGATION_REACH }));
  table.add(adjacentNegators, () => ({ kind: 'negator', direction: 'forward', reach: ADJACENT_REACH }));
  table.add(negativePronouns, () => ({ kind: 'negator', direction: 'forward', reach: PRONOUN_REACH, isPronoun: true }));
  table.add(backwardNegators, () => ({ kind: 'negator', direction: 'backward', reach: NEGATION_REACH }));
  table.add(adjacentBackwardNegators, () => ({ kind: 'negator', direction: 'backward', reach: ADJACENT_REACH }));
  table.add(contrastWords, () => ({ kind: 'contrast' }));
  table.add(intensifiers, () => ({ kind: 'intensifier', factor: INTENSIFIER_FACTOR }));
  table.add(repetitionWords, () => ({ kind: 'repetition' }));
  table.add(sarcasmMarkers, (weight) => ({ kind: 'sarcasm', weight: weight ?? 1 }));
  for (const [intent, words] of Object.entries(intentLexicon) as [IntentCueKind, LexiconWords][]) {
    table.add(words, () => ({ kind: 'intent', intent }));
  }
  const automaton = new KeywordAutomaton(table.patterns());
  return {
    scan: (folded) => applyModifiers(automaton.scanMaximal(folded), folded),
    patternCount: automaton.size,
  };
}
