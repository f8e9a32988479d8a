/** Precision, recall and F1 of a detector against gold labels: the one count behind every table and threshold. */
export interface Score {
  n: number;
  positives: number;
  /** The counts behind the ratios, so scores over parts of a split can be pooled exactly. */
  tp: number;
  fp: number;
  precision: number;
  recall: number;
  f1: number;
}

export function score(pairs: readonly { gold: boolean; predicted: boolean }[]): Score {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const p of pairs) {
    if (p.gold && p.predicted) tp++;
    else if (p.predicted) fp++;
    else if (p.gold) fn++;
  }
  return fromCounts(pairs.length, tp, fp, fn);
}

export function fromCounts(n: number, tp: number, fp: number, fn: number): Score {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return { n, positives: tp + fn, tp, fp, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
