// Renders quality reports as Markdown tables: the generated part of docs/analysis-quality.md.

import type { QualityReport, SliceReport } from './evaluate-quality.ts';

export type Parts = Record<QualityReport['part'], QualityReport>;

/** The aims; each is checked on the held-out part, the one no tuning looked at. */
export const AIMS = {
  languageAccuracy: 0.97,
  urgencyF1: 0.85,
  sentimentMacroF1: 0.75,
  piiRecall: 0.98,
  lookAlikeFalsePositives: 0,
} as const;

const percent = (value: number): string => `${(100 * value).toFixed(1)}%`;
const fixed = (value: number): string => value.toFixed(2);

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function sliceRow(slice: SliceReport): string[] {
  return [
    slice.name, String(slice.messages), percent(slice.languageAccuracy), percent(slice.sentimentAccuracy),
    fixed(slice.sentimentMacroF1), fixed(slice.urgency.precision), fixed(slice.urgency.recall), fixed(slice.urgency.f1),
    percent(slice.intentExactMatch),
  ];
}

function languageTable(report: QualityReport): string {
  return table(
    ['language', 'messages', 'language acc.', 'sentiment acc.', 'sentiment macro-F1', 'urgency P', 'urgency R', 'urgency F1', 'intents exact'],
    [...report.byLanguage, report.core, report.overall].map(sliceRow),
  );
}

function aimRows(parts: Parts): string[][] {
  const row = (aim: string, measure: (report: QualityReport) => number, format: (value: number) => string, isMet: (value: number) => boolean): string[] => {
    const heldOut = measure(parts['held-out']);
    return [aim, format(heldOut), format(measure(parts.development)), format(measure(parts.all)), isMet(heldOut) ? 'met' : 'not met'];
  };
  return [
    row(`language accuracy, five core languages ≥ ${percent(AIMS.languageAccuracy)}`, (r) => r.core.languageAccuracy, percent, (v) => v >= AIMS.languageAccuracy),
    row(`urgency F1, five core languages ≥ ${fixed(AIMS.urgencyF1)}`, (r) => r.core.urgency.f1, fixed, (v) => v >= AIMS.urgencyF1),
    row(`urgency F1, all languages ≥ ${fixed(AIMS.urgencyF1)}`, (r) => r.overall.urgency.f1, fixed, (v) => v >= AIMS.urgencyF1),
    row(`sentiment macro-F1, five core languages ≥ ${fixed(AIMS.sentimentMacroF1)}`, (r) => r.core.sentimentMacroF1, fixed, (v) => v >= AIMS.sentimentMacroF1),
    row(`sentiment macro-F1, all languages ≥ ${fixed(AIMS.sentimentMacroF1)}`, (r) => r.overall.sentimentMacroF1, fixed, (v) => v >= AIMS.sentimentMacroF1),
    row(`PII recall (exact spans) ≥ ${fixed(AIMS.piiRecall)}`, (r) => r.pii.recall, fixed, (v) => v >= AIMS.piiRecall),
    row('PII found in messages quoting order/flight/tracking numbers, dates, prices = 0', (r) => r.pii.lookAlikeFalsePositives, String, (v) => v === AIMS.lookAlikeFalsePositives),
  ];
}

function intentTable(parts: Parts): string {
  return table(
    ['intent', 'held-out P', 'held-out R', 'held-out F1', 'held-out n', 'dev. P', 'dev. R', 'dev. F1', 'dev. n'],
    parts.all.intents.map(({ intent }) => {
      const heldOut = parts['held-out'].intents.find((row) => row.intent === intent);
      const development = parts.development.intents.find((row) => row.intent === intent);
      return [
        intent,
        ...(heldOut === undefined ? ['', '', '', ''] : [fixed(heldOut.precision), fixed(heldOut.recall), fixed(heldOut.f1), String(heldOut.support)]),
        ...(development === undefined ? ['', '', '', ''] : [fixed(development.precision), fixed(development.recall), fixed(development.f1), String(development.support)]),
      ];
    }),
  );
}

function piiTable(parts: Parts): string {
  const rows = parts.all.pii.byType.map((row) => {
    const cells = (report: QualityReport): string => {
      const typeRow = report.pii.byType.find((candidate) => candidate.type === row.type);
      return typeRow === undefined || typeRow.expected === 0 ? '–' : `${typeRow.found}/${typeRow.expected}`;
    };
    return [row.type, cells(parts['held-out']), cells(parts.development), row.expected === 0 ? '–' : fixed(row.recall)];
  });
  const totals = (report: QualityReport): string => `${report.pii.exact}/${report.pii.expected}`;
  rows.push(['all types', totals(parts['held-out']), totals(parts.development), fixed(parts.all.pii.recall)]);
  return table(['type', 'held-out found/expected', 'dev. found/expected', 'recall (all)'], rows);
}

function piiSummary(parts: Parts): string {
  return table(
    ['', 'held-out', 'development', 'all'],
    [
      ['PII spans expected', ...[parts['held-out'], parts.development, parts.all].map((r) => String(r.pii.expected))],
      ['spans reported', ...[parts['held-out'], parts.development, parts.all].map((r) => String(r.pii.reported))],
      ['recall (exact type and span)', ...[parts['held-out'], parts.development, parts.all].map((r) => fixed(r.pii.recall))],
      ['recall (type right, span overlapping)', ...[parts['held-out'], parts.development, parts.all].map((r) => fixed(r.pii.overlapRecall))],
      ['precision', ...[parts['held-out'], parts.development, parts.all].map((r) => fixed(r.pii.precision))],
      ['messages quoting look-alike numbers', ...[parts['held-out'], parts.development, parts.all].map((r) => String(r.pii.lookAlikeMessages))],
      ['false positives in those', ...[parts['held-out'], parts.development, parts.all].map((r) => String(r.pii.lookAlikeFalsePositives))],
      ['false positives anywhere', ...[parts['held-out'], parts.development, parts.all].map((r) => String(r.pii.falsePositives))],
    ],
  );
}

function languageDetectionTable(report: QualityReport): string {
  return table(
    ['language', 'messages', 'right', 'taken for'],
    report.languageRows.map((row) => [row.language, String(row.messages), String(row.right), row.confusedWith.join(', ') || '–']),
  );
}

export function formatQualityReport(parts: Parts): string {
  const all = parts.all;
  return [
    `Measured on ${all.overall.messages} messages: ${parts['held-out'].overall.messages} held-out, ${parts.development.overall.messages} development. `
      + `A message counts as urgent from urgency ≥ 0.5, as \`urgent\` in \`npx parley analyze\`.`,
    '',
    '### Aims (judged on the held-out part)',
    '',
    table(['aim', 'held-out', 'development', 'all', 'held-out verdict'], aimRows(parts)),
    '',
    '### Per language, held-out part',
    '',
    languageTable(parts['held-out']),
    '',
    '### Per language, development part',
    '',
    languageTable(parts.development),
    '',
    '### Per language, whole set',
    '',
    languageTable(all),
    '',
    '### Intents',
    '',
    intentTable(parts),
    '',
    '### PII',
    '',
    piiSummary(parts),
    '',
    piiTable(parts),
    '',
    '### Language detection, whole set',
    '',
    languageDetectionTable(all),
  ].join('\n');
}

/** One line per miss, for reading while tuning (`--misses development`). */
export function formatMisses(report: QualityReport): string {
  return report.misses.map((miss) => `${miss.id} ${miss.aspect}: expected ${miss.expected}, got ${miss.got} | ${miss.text}`).join('\n');
}
