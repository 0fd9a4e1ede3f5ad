// Scores the analyser against the hand-labelled set: per language, per label, per PII type.

import type { MessageAnalysis, SentimentLabel } from '../../domain/types.ts';
import type { EvalIntent, EvalMessage, EvalSplit, ExpectedPii } from '../__fixtures__/evaluation/index.ts';
import type { PiiType } from '../pii/pii-span.ts';
import { accuracy, binaryScores, countOutcome, emptyCounts, macroF1, type BinaryScores } from './metrics.ts';

/** The same line as `urgent` in `npx parley analyze` (src/cli/analysis-line.ts). */
export const URGENT_FROM = 0.5;

export const SENTIMENTS: readonly SentimentLabel[] = ['negative', 'neutral', 'positive'];
export const INTENTS: readonly EvalIntent[] = ['question', 'complaint', 'praise', 'human', 'purchase'];
export const PII_TYPES: readonly PiiType[] = ['card', 'iban', 'email', 'phone', 'account', 'ssn', 'address', 'password'];
export const CORE = ['en', 'ru', 'tr', 'sr', 'lv'] as const;

export type AnalyzeText = (text: string) => MessageAnalysis;

export interface Judged {
  message: EvalMessage;
  analysis: MessageAnalysis;
}

export interface SliceReport {
  /** A language code, 'other' (every non-core language), 'core' or 'all'. */
  name: string;
  messages: number;
  languageAccuracy: number;
  sentimentAccuracy: number;
  sentimentMacroF1: number;
  urgency: BinaryScores;
  /** Messages whose five intents were all exactly right. */
  intentExactMatch: number;
}

export interface LanguageRow {
  language: string;
  messages: number;
  right: number;
  /** What the wrong answers were, most frequent first ("hr ×2"). */
  confusedWith: string[];
}

export interface PiiTypeRow {
  type: PiiType;
  expected: number;
  found: number;
  recall: number;
}

export interface PiiReport {
  byType: PiiTypeRow[];
  expected: number;
  reported: number;
  /** Reported spans with exactly the expected type, start and end. */
  exact: number;
  recall: number;
  /**
   * Expected spans that a reported span of the same type overlaps: the text was masked at least in
   * part. Labellers draw an address's or a secret's edges differently ("48 Maple Avenue" or "48
   * Maple Avenue, Bristol BS1 4DJ"), which exact recall counts as a miss and this does not.
   */
  overlapRecall: number;
  precision: number;
  lookAlikeMessages: number;
  /** Spans reported in messages that quote order, flight, tracking numbers, dates or prices, and were not expected. */
  lookAlikeFalsePositives: number;
  /** Spans reported anywhere that were not expected. */
  falsePositives: number;
}

export type Aspect = 'language' | 'sentiment' | 'urgency' | 'intent' | 'pii';

export interface Miss {
  id: string;
  split: EvalSplit;
  language: string;
  text: string;
  aspect: Aspect;
  expected: string;
  got: string;
}

export interface QualityReport {
  part: 'all' | EvalSplit;
  overall: SliceReport;
  core: SliceReport;
  byLanguage: SliceReport[];
  languageRows: LanguageRow[];
  intents: (BinaryScores & { intent: EvalIntent })[];
  pii: PiiReport;
  misses: Miss[];
}

export function judge(messages: readonly EvalMessage[], analyze: AnalyzeText): Judged[] {
  return messages.map((message) => ({ message, analysis: analyze(message.text) }));
}

function isUrgent(analysis: MessageAnalysis): boolean {
  return analysis.urgency >= URGENT_FROM;
}

function sameIntents(expected: readonly string[], got: readonly string[]): boolean {
  return INTENTS.every((intent) => expected.includes(intent) === got.includes(intent));
}

function slice(name: string, judged: readonly Judged[]): SliceReport {
  const urgency = emptyCounts();
  let languageRight = 0;
  let sentimentRight = 0;
  let intentsRight = 0;
  const sentimentPairs: [SentimentLabel, SentimentLabel][] = [];
  for (const { message, analysis } of judged) {
    if (analysis.language === message.language) languageRight++;
    const sentiment = analysis.sentiment ?? 'neutral';
    if (sentiment === message.sentiment) sentimentRight++;
    sentimentPairs.push([sentiment, message.sentiment]);
    countOutcome(urgency, isUrgent(analysis), message.isUrgent);
    if (sameIntents(message.intents, analysis.intents)) intentsRight++;
  }
  return {
    name,
    messages: judged.length,
    languageAccuracy: accuracy(languageRight, judged.length),
    sentimentAccuracy: accuracy(sentimentRight, judged.length),
    sentimentMacroF1: macroF1(sentimentPairs, SENTIMENTS),
    urgency: binaryScores(urgency),
    intentExactMatch: accuracy(intentsRight, judged.length),
  };
}

function languageRows(judged: readonly Judged[]): LanguageRow[] {
  const languages = [...new Set(judged.map(({ message }) => message.language))];
  return languages.map((language) => {
    const mine = judged.filter(({ message }) => message.language === language);
    const wrong = new Map<string, number>();
    for (const { analysis } of mine) {
      if (analysis.language === language) continue;
      const got = analysis.language ?? 'none';
      wrong.set(got, (wrong.get(got) ?? 0) + 1);
    }
    return {
      language,
      messages: mine.length,
      right: mine.length - [...wrong.values()].reduce((sum, count) => sum + count, 0),
      confusedWith: [...wrong].sort((a, b) => b[1] - a[1]).map(([got, count]) => `${got} ×${count}`),
    };
  });
}

function sameSpan(a: ExpectedPii, b: { type: string; start: number; end: number }): boolean {
  return a.type === b.type && a.start === b.start && a.end === b.end;
}

function overlaps(a: ExpectedPii, b: { type: string; start: number; end: number }): boolean {
  return a.type === b.type && a.start < b.end && b.start < a.end;
}

function piiReport(judged: readonly Judged[]): PiiReport {
  const expectedByType = new Map<PiiType, number>();
  const foundByType = new Map<PiiType, number>();
  let reported = 0;
  let exact = 0;
  let overlapping = 0;
  let falsePositives = 0;
  let lookAlikeFalsePositives = 0;
  for (const { message, analysis } of judged) {
    for (const span of message.pii) {
      expectedByType.set(span.type, (expectedByType.get(span.type) ?? 0) + 1);
      if (analysis.pii.some((found) => sameSpan(span, found))) foundByType.set(span.type, (foundByType.get(span.type) ?? 0) + 1);
      if (analysis.pii.some((found) => overlaps(span, found))) overlapping++;
    }
    for (const found of analysis.pii) {
      reported++;
      if (message.pii.some((span) => sameSpan(span, found))) {
        exact++;
        continue;
      }
      falsePositives++;
      if (message.hasLookAlikes) lookAlikeFalsePositives++;
    }
  }
  const expected = [...expectedByType.values()].reduce((sum, count) => sum + count, 0);
  return {
    byType: PII_TYPES.map((type) => {
      const typeExpected = expectedByType.get(type) ?? 0;
      const typeFound = foundByType.get(type) ?? 0;
      return { type, expected: typeExpected, found: typeFound, recall: accuracy(typeFound, typeExpected) };
    }),
    expected,
    reported,
    exact,
    recall: accuracy(exact, expected),
    overlapRecall: accuracy(overlapping, expected),
    precision: accuracy(exact, reported),
    lookAlikeMessages: judged.filter(({ message }) => message.hasLookAlikes).length,
    lookAlikeFalsePositives,
    falsePositives,
  };
}

function describePii(spans: readonly { type: string; start: number; end: number }[], text: string): string {
  return spans.length === 0 ? 'none' : spans.map((span) => `${span.type} "${text.slice(span.start, span.end)}"`).join(', ');
}

function missesOf({ message, analysis }: Judged): Miss[] {
  const misses: Miss[] = [];
  const miss = (aspect: Aspect, expected: string, got: string): void => {
    misses.push({ id: message.id, split: message.split, language: message.language, text: message.text, aspect, expected, got });
  };
  if (analysis.language !== message.language) miss('language', message.language, analysis.language ?? 'none');
  const sentiment = analysis.sentiment ?? 'neutral';
  if (sentiment !== message.sentiment) miss('sentiment', message.sentiment, `${sentiment} (${analysis.sentimentScore ?? 0})`);
  if (isUrgent(analysis) !== message.isUrgent) {
    miss('urgency', message.isUrgent ? 'urgent' : 'not urgent', `${isUrgent(analysis) ? 'urgent' : 'not urgent'} (${analysis.urgency})`);
  }
  if (!sameIntents(message.intents, analysis.intents)) {
    miss('intent', message.intents.join(' ') || 'none', analysis.intents.filter((intent) => INTENTS.includes(intent as EvalIntent)).join(' ') || 'none');
  }
  const piiRight = message.pii.length === analysis.pii.length && message.pii.every((span) => analysis.pii.some((found) => sameSpan(span, found)));
  if (!piiRight) miss('pii', describePii(message.pii, message.text), describePii(analysis.pii, message.text));
  return misses;
}

export function summarise(judged: readonly Judged[], part: QualityReport['part']): QualityReport {
  const chosen = part === 'all' ? judged : judged.filter(({ message }) => message.split === part);
  const isCore = (language: string): boolean => (CORE as readonly string[]).includes(language);
  const intents = INTENTS.map((intent) => {
    const counts = emptyCounts();
    for (const { message, analysis } of chosen) countOutcome(counts, analysis.intents.includes(intent), message.intents.includes(intent));
    return { intent, ...binaryScores(counts) };
  });
  return {
    part,
    overall: slice('all', chosen),
    core: slice('core', chosen.filter(({ message }) => isCore(message.language))),
    byLanguage: [
      ...CORE.map((language) => slice(language, chosen.filter(({ message }) => message.language === language))),
      slice('other', chosen.filter(({ message }) => !isCore(message.language))),
    ],
    languageRows: languageRows(chosen),
    intents,
    pii: piiReport(chosen),
    misses: chosen.flatMap(missesOf),
  };
}

/** Analyses every message once and reports the whole set and each split. */
export function evaluateQuality(messages: readonly EvalMessage[], analyze: AnalyzeText): Record<QualityReport['part'], QualityReport> {
  const judged = judge(messages, analyze);
  return { all: summarise(judged, 'all'), development: summarise(judged, 'development'), 'held-out': summarise(judged, 'held-out') };
}
