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
 * The held-out part (fresh/, written blind) is judged against the aims where they are met
 * today; where they are not (PII recall), its floor sits a little below today's figure.
 */
describe('analysis quality on the hand-labelled evaluation set', () => {
  it('has the set the issue asks for: 400+ messages, 70+ per core language, 250+ written blind and held out', () => {
    expect(evaluationSet.length).toBeGreaterThanOrEqual(400);
    for (const code of CORE_LANGUAGES) expect(evaluationSet.filter((m) => m.language === code).length, code).toBeGreaterThanOrEqual(70);
    // Development rounds grow the tuned part (the third, "xx-r3-…", took the held-out share from
    // 37 % to 30 %); the blind part only judges, and must stay large enough to judge by.
    const heldOut = evaluationSet.filter((m) => m.split === 'held-out').length;
    expect(heldOut).toBeGreaterThanOrEqual(250);
    expect(heldOut / evaluationSet.length).toBeGreaterThanOrEqual(0.25);
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
    expect(parts.development.overall.sentimentMacroF1).toBeGreaterThanOrEqual(0.94);
    expect(parts.all.overall.sentimentAccuracy).toBeGreaterThanOrEqual(0.9);
    const floors: Record<string, number> = { en: 0.87, ru: 0.83, tr: 0.93, sr: 0.94, lv: 0.93, other: 0.92 };
    for (const [code, floor] of Object.entries(floors)) expect(language(parts.all, code).sentimentMacroF1, code).toBeGreaterThanOrEqual(floor);
  });

  it('meets the urgency aim (F1 ≥ 0.85) on the core languages and keeps its floors per language', () => {
    expect(parts['held-out'].core.urgency.f1).toBeGreaterThanOrEqual(AIMS.urgencyF1);
    // Met over all languages since the third round (0.86 when set), with little to spare: English
    // recall on the held-out part is still the weakest (0.63).
    expect(parts['held-out'].overall.urgency.f1).toBeGreaterThanOrEqual(AIMS.urgencyF1);
    expect(parts.development.overall.urgency.f1).toBeGreaterThanOrEqual(0.97);
    expect(parts.all.overall.urgency.f1).toBeGreaterThanOrEqual(AIMS.urgencyF1);
    expect(parts.all.overall.urgency.f1).toBeGreaterThanOrEqual(0.93);
    expect(parts.all.overall.urgency.precision).toBeGreaterThanOrEqual(0.96);
    const floors: Record<string, number> = { en: 0.87, ru: 0.91, tr: 0.94, sr: 0.94, lv: 0.97, other: 0.92 };
    for (const [code, floor] of Object.entries(floors)) expect(language(parts.all, code).urgency.f1, code).toBeGreaterThanOrEqual(floor);
  });

  it('keeps per-intent F1 floors', () => {
    const floors: Record<string, number> = { question: 0.95, complaint: 0.91, praise: 0.94, human: 0.87, purchase: 0.82 };
    for (const row of parts.all.intents) expect(row.f1, row.intent).toBeGreaterThanOrEqual(floors[row.intent] ?? 1);
  });

  it('finds PII with exact spans and reports nothing in order, flight and tracking numbers, dates or prices', () => {
    expect(parts.all.pii.lookAlikeMessages).toBeGreaterThanOrEqual(90);
    expect(parts.all.pii.lookAlikeFalsePositives).toBe(AIMS.lookAlikeFalsePositives);
    // Spans reported where the labels have none (4 on the held-out part when set): a ceiling, not an aim.
    expect(parts.all.pii.falsePositives).toBeLessThanOrEqual(4);
    expect(parts.development.pii.recall).toBeGreaterThanOrEqual(AIMS.piiRecall);
    // Not yet the aim on the held-out part (0.80 at first, 0.89 after the third round, 0.90 after the
    // fourth): passwords above all (still 8 of 14), then one phone.
    expect(parts['held-out'].pii.recall).toBeGreaterThanOrEqual(0.89);
    expect(parts.all.pii.recall).toBeGreaterThanOrEqual(0.97);
    const floors: Record<string, number> = { card: 1, iban: 1, email: 1, phone: 0.97, account: 0.99, ssn: 0.99, address: 0.99, password: 0.94 };
    for (const row of parts.all.pii.byType) {
      expect(row.expected, `${row.type} examples`).toBeGreaterThanOrEqual(2);
      expect(row.recall, row.type).toBeGreaterThanOrEqual(floors[row.type] ?? 1);
    }
    for (const row of parts.development.pii.byType) expect(row.recall, `${row.type} (development)`).toBe(1);
  });

  it('runs the whole set in well under a second (the analyser does > 20,000 messages/s)', () => {
    expect(elapsedMs).toBeLessThan(1000);
  });
});
