// Precision, recall, F1 and macro-F1 from counted outcomes: the arithmetic of the quality report.

export interface BinaryCounts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  trueNegatives: number;
}

export interface BinaryScores {
  precision: number;
  recall: number;
  f1: number;
  /** How many items were labelled positive (the denominator of recall). */
  support: number;
}

export function emptyCounts(): BinaryCounts {
  return { truePositives: 0, falsePositives: 0, falseNegatives: 0, trueNegatives: 0 };
}

export function countOutcome(counts: BinaryCounts, predicted: boolean, actual: boolean): void {
  if (predicted && actual) counts.truePositives++;
  else if (predicted) counts.falsePositives++;
  else if (actual) counts.falseNegatives++;
  else counts.trueNegatives++;
}

/**
 * An empty denominator scores 1 when nothing was missed or invented (no urgent message and none
 * flagged is perfect, not undefined), so small per-language slices do not read as failures.
 */
function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 1 : numerator / denominator;
}

export function binaryScores(counts: BinaryCounts): BinaryScores {
  const precision = ratio(counts.truePositives, counts.truePositives + counts.falsePositives);
  const recall = ratio(counts.truePositives, counts.truePositives + counts.falseNegatives);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, support: counts.truePositives + counts.falseNegatives };
}

/**
 * Macro-F1 over the classes that occur (as label or prediction) in the slice: each class counts
 * equally, so always answering "negative" on a complaint-heavy set does not look good.
 */
export function macroF1<T extends string>(pairs: readonly [predicted: T, actual: T][], classes: readonly T[]): number {
  const present = classes.filter((label) => pairs.some(([predicted, actual]) => predicted === label || actual === label));
  if (present.length === 0) return 1;
  let total = 0;
  for (const label of present) {
    const counts = emptyCounts();
    for (const [predicted, actual] of pairs) countOutcome(counts, predicted === label, actual === label);
    total += binaryScores(counts).f1;
  }
  return total / present.length;
}

export function accuracy(right: number, total: number): number {
  return ratio(right, total);
}
