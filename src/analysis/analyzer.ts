// The analysis hook: every inbound message passes through an Analyzer before it is stored.
import type { MessageAnalysis, Visibility } from '../domain/types.ts';

export interface AnalysisContext {
  network?: string | undefined;
  visibility?: Visibility | undefined;
}

export type Analyzer = (text: string, context: AnalysisContext) => MessageAnalysis;

/**
 * A verdict that says nothing it cannot know rather than guessing: for tests and setups that
 * do not want the real analysis. The real one is createAnalyzer() in ./index.ts.
 */
export const neutralAnalyzer: Analyzer = () => ({
  language: null, sentiment: null, sentimentScore: null, urgency: 0, intents: [], pii: [],
});
