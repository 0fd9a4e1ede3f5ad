// Shapes one analysed text into the line `parley analyze` prints (DESIGN.md's public contract).
import type { MessageAnalysis, PriorityFactor, SentimentLabel, Visibility } from '../domain/types.ts';
import { computePriority } from '../domain/priority.ts';

/** Urgency is a 0–1 strength; from this point on a message counts as urgent. */
export const URGENT_FROM = 0.5;

export interface AnalysisLine {
  id: string | number;
  language: string;
  sentiment: { label: SentimentLabel; score: number };
  urgent: boolean;
  urgency: number;
  intents: string[];
  pii: { type: string; start: number; end: number }[];
  matches: string[];
  priority: number;
  explanation: PriorityFactor[];
}

export interface AnalysisLineInput {
  id: string | number;
  /** As on the api channel, unknown visibility counts as private. */
  visibility?: Visibility | undefined;
  /** Names of the listening rules the text matched. */
  matches?: string[] | undefined;
}

export function toAnalysisLine(input: AnalysisLineInput, analysis: MessageAnalysis): AnalysisLine {
  const priority = computePriority({ analysis, isVip: false, visibility: input.visibility ?? 'private' });
  return {
    id: input.id,
    language: analysis.language ?? 'und',
    sentiment: { label: analysis.sentiment ?? 'neutral', score: analysis.sentimentScore ?? 0 },
    urgent: analysis.urgency >= URGENT_FROM,
    urgency: analysis.urgency,
    intents: analysis.intents,
    pii: analysis.pii.map(({ type, start, end }) => ({ type, start, end })),
    matches: input.matches ?? [],
    priority: priority.score,
    explanation: priority.factors,
  };
}
