// The message analyzer: language, sentiment, urgency, intents and PII for every inbound message.

import type { Analyzer } from './analyzer.ts';
import { createCueScanner } from './cues/cue-scanner.ts';
import { detectIntents } from './intents/detect-intents.ts';
import { createLanguageDetector } from './language/detect-language.ts';
import { createPiiFinder } from './pii/find-pii.ts';
import { scoreSentiment } from './sentiment/score-sentiment.ts';
import { foldText } from './text/fold.ts';
import { scoreUrgency } from './urgency/score-urgency.ts';

export { neutralAnalyzer, type Analyzer, type AnalysisContext } from './analyzer.ts';
export { createLanguageDetector, type LanguageDetector } from './language/detect-language.ts';
export { createPiiFinder, type PiiFinder, type PiiSpan, type PiiType } from './pii/find-pii.ts';
export {
  createListeningMatcher, type BrandIdentity, type ListeningHit, type ListeningLabel, type ListeningMatcher, type ListeningRule,
  type RuleError,
} from './listening/listening-matcher.ts';
export { parseQuery } from './listening/parse-query.ts';
export type { ParseResult, QueryError, QueryErrorCode, QueryNode } from './listening/query-ast.ts';

/**
 * Builds every lexicon, automaton and detector once (about 0.3 s, most of it loading the
 * n-gram language model), then analyses each message with one fold of the text, one
 * automaton pass for all cue words, one for PII keywords, and number rules only where the
 * text has digits. Create one per process and share it.
 */
export function createAnalyzer(): Analyzer {
  const detectLanguage = createLanguageDetector();
  const cues = createCueScanner();
  const findPii = createPiiFinder();

  return (text) => {
    if (text.trim() === '') {
      return { language: null, sentiment: null, sentimentScore: null, urgency: 0, intents: [], pii: [] };
    }
    const language = detectLanguage(text);
    const folded = foldText(text);
    const hits = cues.scan(folded);
    const sentiment = scoreSentiment(hits, text);
    return {
      language,
      sentiment: sentiment.label,
      sentimentScore: sentiment.score,
      urgency: scoreUrgency(hits).urgency,
      intents: detectIntents(hits, text, sentiment, language),
      pii: findPii(text, language, folded),
    };
  };
}
