import { describe, expect, it } from 'vitest';
import { URGENT_FROM as CLI_URGENT_FROM } from '../../cli/analysis-line.ts';
import { CORE_LANGUAGES, evaluationSet } from '../__fixtures__/evaluation/index.ts';
import { createAnalyzer } from '../index.ts';
import { CORE, evaluateQuality, URGENT_FROM, type QualityReport, type SliceReport } from './evaluate-quality.ts';
import { AIMS } from './format-report.ts';

const analyze = createAnalyzer();
const started = performance.now();
const parts = evaluateQuality(evaluationSet, (text) => analyze(text, {}));
const elapsedMs = performance.now() - started;

function language(report: QualityReport, name: string): SliceReport {
  const slice = report.byLanguage.find((candidate) => candidate.name === name);
  if (slice === undefined) throw new Error(`no slice ${name}`);
  return slice;
}

/**
 * Floors sit a little below the figures measured when they were set (docs/analysis-quality.md
 * has the tables), so a change that makes the analyser worse fails here instead of passing
 * silently. Raise them when the analyser improves; never lower them to make a change pass.
 */
describe('analysis quality on the hand-labelled evaluation set', () => {
  it('has the set the issue asks for: 400+ messages, 70+ per core language, 40%+ held out', () => {
    expect(evaluationSet.length).toBeGreaterThanOrEqual(400);
    for (const code of CORE_LANGUAGES) expect(evaluationSet.filter((m) => m.language === code).length, code).toBeGreaterThanOrEqual(70);
    expect(evaluationSet.filter((m) => m.split === 'held-out').length / evaluationSet.length).toBeGreaterThanOrEqual(0.4);
    expect(new Set(evaluationSet.map((m) => m.id)).size).toBe(evaluationSet.length);
    expect(CORE).toEqual(CORE_LANGUAGES);
    expect(URGENT_FROM).toBe(CLI_URGENT_FROM);
  });

  it('meets the language aim (≥ 97% on the five core languages), on held-out and overall', () => {
    expect(parts['held-out'].core.languageAccuracy).toBeGreaterThanOrEqual(AIMS.languageAccuracy);
    expect(parts.all.core.languageAccuracy).toBeGreaterThanOrEqual(0.98);
    expect(parts.all.overall.languageAccuracy).toBeGreaterThanOrEqual(0.98);
    for (const code of CORE) expect(language(parts.all, code).languageAccuracy, code).toBeGreaterThanOrEqual(0.97);
  });

  it('meets the sentiment aim (macro-F1 ≥ 0.75) and keeps its floors per language', () => {
    expect(parts['held-out'].overall.sentimentMacroF1).toBeGreaterThanOrEqual(AIMS.sentimentMacroF1);
    expect(parts['held-out'].overall.sentimentMacroF1).toBeGreaterThanOrEqual(0.83);
    expect(parts.development.overall.sentimentMacroF1).toBeGreaterThanOrEqual(0.9);
    expect(parts.all.overall.sentimentAccuracy).toBeGreaterThanOrEqual(0.86);
    const floors: Record<string, number> = { en: 0.84, ru: 0.81, tr: 0.92, sr: 0.89, lv: 0.89, other: 0.83 };
    for (const [code, floor] of Object.entries(floors)) expect(language(parts.all, code).sentimentMacroF1, code).toBeGreaterThanOrEqual(floor);
  });

  it('keeps urgency F1 floors (held-out core 0.83 today; the 0.85 aim is not met yet)', () => {
    expect(parts['held-out'].core.urgency.f1).toBeGreaterThanOrEqual(0.8);
    expect(parts['held-out'].overall.urgency.f1).toBeGreaterThanOrEqual(0.78);
    expect(parts.development.overall.urgency.f1).toBeGreaterThanOrEqual(0.93);
    expect(parts.all.overall.urgency.f1).toBeGreaterThanOrEqual(AIMS.urgencyF1);
    expect(parts.all.overall.urgency.precision).toBeGreaterThanOrEqual(0.9);
    const floors: Record<string, number> = { en: 0.8, ru: 0.87, tr: 0.91, sr: 0.9, lv: 0.9, other: 0.8 };
    for (const [code, floor] of Object.entries(floors)) expect(language(parts.all, code).urgency.f1, code).toBeGreaterThanOrEqual(floor);
  });

  it('keeps per-intent F1 floors', () => {
    const floors: Record<string, number> = { question: 0.94, complaint: 0.86, praise: 0.94, human: 0.88, purchase: 0.82 };
    for (const row of parts.all.intents) expect(row.f1, row.intent).toBeGreaterThanOrEqual(floors[row.intent] ?? 1);
  });

  it('finds PII with exact spans and reports nothing in order, flight and tracking numbers, dates or prices', () => {
    expect(parts.all.pii.lookAlikeMessages).toBeGreaterThanOrEqual(40);
    expect(parts.all.pii.lookAlikeFalsePositives).toBe(AIMS.lookAlikeFalsePositives);
    expect(parts.all.pii.falsePositives).toBe(0);
    expect(parts.all.pii.recall).toBeGreaterThanOrEqual(0.95);
    expect(parts.development.pii.recall).toBeGreaterThanOrEqual(AIMS.piiRecall);
    for (const row of parts.all.pii.byType) {
      expect(row.expected, `${row.type} examples`).toBeGreaterThanOrEqual(2);
      expect(row.recall, row.type).toBeGreaterThanOrEqual(row.type === 'password' ? 0.8 : 1);
    }
  });

  it('runs the whole set in well under a second (the analyser does > 20,000 messages/s)', () => {
    expect(elapsedMs).toBeLessThan(1000);
  });
});
