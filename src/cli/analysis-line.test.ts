import { describe, expect, it } from 'vitest';
import { neutralAnalyzer } from '../analysis/analyzer.ts';
import type { MessageAnalysis } from '../domain/types.ts';
import { toAnalysisLine } from './analysis-line.ts';

const CONTRACT_KEYS = ['id', 'language', 'sentiment', 'urgent', 'urgency', 'intents', 'pii', 'matches', 'priority', 'explanation'];

describe('toAnalysisLine', () => {
  it('says "und", neutral and score 0 when the analyzer knows nothing', () => {
    const line = toAnalysisLine({ id: 'm1' }, neutralAnalyzer('', {}));
    expect(Object.keys(line)).toEqual(CONTRACT_KEYS);
    expect(line).toEqual({
      id: 'm1', language: 'und', sentiment: { label: 'neutral', score: 0 }, urgent: false, urgency: 0,
      intents: [], pii: [], matches: [], priority: 0, explanation: [],
    });
  });

  it('explains the priority with the same factors the inbox uses', () => {
    const analysis: MessageAnalysis = {
      language: 'sr', sentiment: 'negative', sentimentScore: -0.8, urgency: 0.9, intents: ['refund', 'human'],
      pii: [{ type: 'card', start: 4, end: 23 }],
    };
    const line = toAnalysisLine({ id: 7, visibility: 'public', matches: ['billing'] }, analysis);
    expect(line).toMatchObject({
      id: 7, language: 'sr', sentiment: { label: 'negative', score: -0.8 }, urgent: true, urgency: 0.9,
      intents: ['refund', 'human'], pii: [{ type: 'card', start: 4, end: 23 }], matches: ['billing'],
    });
    expect(line.explanation.map((f) => f.factor)).toEqual(['urgency', 'sentiment', 'intent', 'visibility']);
    expect(line.priority).toBe(line.explanation.reduce((sum, f) => sum + f.points, 0));
  });

  it('counts unknown visibility as private, like the api channel', () => {
    const line = toAnalysisLine({ id: 'x' }, neutralAnalyzer('hi', {}));
    expect(line.explanation.some((f) => f.factor === 'visibility')).toBe(false);
  });

  it('calls a mild urgency not urgent', () => {
    const analysis: MessageAnalysis = { ...neutralAnalyzer('', {}), urgency: 0.2 };
    expect(toAnalysisLine({ id: 'x' }, analysis)).toMatchObject({ urgent: false, urgency: 0.2 });
  });
});
