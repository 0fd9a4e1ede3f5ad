// The kinds of cue one scan of a message can find, and a found cue with its modifiers applied.

import type { IntentCueKind } from '../lexicon/intent-lexicon.ts';
import type { UrgencyReason } from '../lexicon/urgency-lexicon.ts';

export type Cue =
  | { kind: 'urgency'; reason: UrgencyReason; weight: number }
  | { kind: 'sentiment'; weight: number }
  | {
    kind: 'negator'; direction: 'forward' | 'backward'; reach: number;
    /** A negative pronoun ("ništa", "ничего"): it leaves a cue that is negated itself ("ne radi") alone. */
    isPronoun?: boolean;
  }
  | { kind: 'intensifier'; factor: number }
  | { kind: 'repetition' }
  | { kind: 'contrast' }
  | { kind: 'sarcasm'; weight: number }
  | { kind: 'intent'; intent: IntentCueKind };

/** One place in the text where one or more cues were found. */
export interface CueHit {
  start: number;
  end: number;
  cues: readonly Cue[];
  /** A negator within reach flipped this hit ("not urgent", "acil değil"). */
  isNegated: boolean;
  /** Product of intensifiers within reach ("very bad" → 1.5). */
  intensity: number;
}
