// The shape of one hand-labelled evaluation message and the compact notation the set is written in.

import type { SentimentLabel } from '../../../domain/types.ts';
import type { PiiType } from '../../pii/pii-span.ts';

export type EvalIntent = 'question' | 'complaint' | 'praise' | 'human' | 'purchase';
export type EvalSplit = 'development' | 'held-out';

export interface ExpectedPii {
  type: PiiType;
  start: number;
  end: number;
}

export interface EvalMessage {
  /** Stable id: language, split and position ("en-h-12"), for naming misses in reports. */
  id: string;
  language: string;
  text: string;
  sentiment: SentimentLabel;
  isUrgent: boolean;
  intents: EvalIntent[];
  pii: ExpectedPii[];
  /** Quotes numbers that are not private (orders, flights, dates, prices, tracking): any PII found is wrong. */
  hasLookAlikes: boolean;
  split: EvalSplit;
}

/**
 * Labels are one short string so hundreds of messages stay readable: the first character is
 * the sentiment (+ positive, 0 neutral, - negative), then flags in any order: U urgent,
 * Q question, C complaint, P praise, H asks for a human, B wants to buy, L quotes look-alike
 * numbers that are not PII. "-UC" is an urgent negative complaint.
 */
export type Labels = string;

/** Expected PII as [type, the exact text it covers]; the span is found in the message text. */
export type PiiLabel = [type: PiiType, covers: string];

export interface DraftMessage {
  language: string;
  text: string;
  labels: Labels;
  pii?: PiiLabel[];
}

const SENTIMENTS: Record<string, SentimentLabel> = { '+': 'positive', '0': 'neutral', '-': 'negative' };
const INTENTS: Record<string, EvalIntent> = { Q: 'question', C: 'complaint', P: 'praise', H: 'human', B: 'purchase' };

/** A writer bound to one language: `say('text', '-UC')`. */
export function writerFor(language: string): (text: string, labels: Labels, pii?: PiiLabel[]) => DraftMessage {
  return (text, labels, pii) => ({ language, text, labels, ...(pii === undefined ? {} : { pii }) });
}

/**
 * Turns drafts into messages, refusing labels that cannot be right: an unknown flag, or a PII
 * label whose text is not in the message (a typo there would silently test nothing).
 */
export function labelled(drafts: readonly DraftMessage[], split: EvalSplit, idPrefix: string): EvalMessage[] {
  return drafts.map((draft, index) => {
    const id = `${idPrefix}-${split === 'held-out' ? 'h' : 'd'}-${index + 1}`;
    const sentiment = SENTIMENTS[draft.labels[0] ?? ''];
    if (sentiment === undefined) throw new Error(`${id}: labels must start with + 0 or -, got "${draft.labels}"`);
    const intents: EvalIntent[] = [];
    let isUrgent = false;
    let hasLookAlikes = false;
    for (const flag of draft.labels.slice(1)) {
      if (flag === 'U') isUrgent = true;
      else if (flag === 'L') hasLookAlikes = true;
      else if (INTENTS[flag] !== undefined) intents.push(INTENTS[flag]);
      else throw new Error(`${id}: unknown label flag "${flag}" in "${draft.labels}"`);
    }
    let searchFrom = 0;
    const pii = (draft.pii ?? []).map(([type, covers]) => {
      const start = draft.text.indexOf(covers, searchFrom);
      if (start < 0) throw new Error(`${id}: PII "${covers}" is not in the text (labels are listed in text order)`);
      searchFrom = start + covers.length;
      return { type, start, end: start + covers.length };
    });
    return { id, language: draft.language, text: draft.text, sentiment, isUrgent, intents, pii, hasLookAlikes, split };
  });
}
