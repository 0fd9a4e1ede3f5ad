// Applies negators and intensifiers to the cues within their reach in the same clause.

import type { KeywordHit } from '../automaton/keyword-automaton.ts';
import type { Cue, CueHit } from './cue.ts';

/**
 * A clause break (. , ! ? ; : or a line break) always ends a modifier's reach, so "not cheap,
 * but great" leaves "great" alone. Negators carry their own reach (see cue-scanner.ts).
 */
const INTENSIFIER_REACH = 16;
const CLAUSE_BREAK = /[.,!?;:\n]/;

function isScoring(hit: CueHit): boolean {
  return hit.cues.some((cue) => cue.kind === 'urgency' || cue.kind === 'sentiment' || (cue.kind === 'intent' && !cue.intent.startsWith('question')));
}

/**
 * A cue that begins with its own negation: Slavic "ne radi", "не работает", "nije stigao", Latvian
 * "nestrādā", "nav", Polish "nie działa". After "ništa"/"ничего"/"nekas" such a negation is the
 * languages' negative concord ("nothing works"), not a second negation.
 */
const OWN_NEGATION = /^(?:ne|nie|nav|не|ни|ні)/;

function inReach(folded: string, from: number, to: number, reach: number): boolean {
  return to >= from && to - from <= reach && !CLAUSE_BREAK.test(folded.slice(from, to));
}

export function applyModifiers(found: readonly KeywordHit<readonly Cue[]>[], folded: string): CueHit[] {
  const hits: CueHit[] = found.map((hit) => ({ start: hit.start, end: hit.end, cues: hit.data, isNegated: false, intensity: 1 }));
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i] as CueHit;
    for (const cue of hit.cues) {
      if (cue.kind === 'negator' && cue.direction === 'forward') {
        const target = hits.slice(i + 1).find(isScoring);
        if (target === undefined || !inReach(folded, hit.end, target.start, cue.reach)) continue;
        if (cue.isPronoun === true && OWN_NEGATION.test(folded.slice(target.start, target.end))) continue;
        target.isNegated = true;
      } else if (cue.kind === 'negator') {
        const target = hits.slice(0, i).reverse().find(isScoring);
        if (target !== undefined && inReach(folded, target.end, hit.start, cue.reach)) target.isNegated = true;
      } else if (cue.kind === 'intensifier') {
        const target = hits.slice(i + 1).find(isScoring);
        if (target !== undefined && inReach(folded, hit.end, target.start, INTENSIFIER_REACH)) target.intensity *= cue.factor;
      }
    }
  }
  return hits;
}
