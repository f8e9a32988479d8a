/**
 * Hashed features shared by the offline trainer and the on-device scorer, so
 * both see exactly the same buckets. English: word unigrams and bigrams;
 * Chinese: character bigrams of each Han run (no segmentation). Single Han
 * characters are left out: with subtitle-only Chinese training data, everyday
 * characters such as 我 or 打 picked up emotion weight and raised false alarms.
 * Each feature is visited with the span it came from, for evidence.
 */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function hashRange(text: string, start: number, end: number, seed: number): number {
  let h = (FNV_OFFSET ^ seed) >>> 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

function combine(a: number, b: number): number {
  return Math.imul(a ^ (b >>> 7) ^ (b << 13), FNV_PRIME) >>> 0;
}

const isWordChar = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x27;
const isHan = (c: number) => c >= 0x3400 && c <= 0x9fff;

export type FeatureVisitor = (bucket: number, start: number, end: number) => void;

/** Visits the features of normalised text without allocating; `mask` blanks ranges (hyperbole, polite negatives) out of scoring. */
export function forEachFeature(text: string, bits: number, mask: readonly [number, number][], visit: FeatureVisitor): void {
  const size = 1 << bits;
  let masked = 0;
  let prevWord = -1;
  let prevStart = 0;
  let prevHan = -1;
  let i = 0;
  while (i < text.length) {
    while (masked < mask.length && mask[masked]![1] <= i) masked++;
    const m = mask[masked];
    if (m && m[0] <= i) {
      i = m[1];
      prevWord = prevHan = -1;
      continue;
    }
    const c = text.charCodeAt(i);
    if (isWordChar(c)) {
      let j = i + 1;
      while (j < text.length && isWordChar(text.charCodeAt(j))) j++;
      const h = hashRange(text, i, j, 1);
      visit(h & (size - 1), i, j);
      if (prevWord >= 0) visit(combine(prevWord, h) & (size - 1), prevStart, j);
      prevWord = h;
      prevStart = i;
      prevHan = -1;
      i = j;
    } else if (isHan(c)) {
      const h = hashRange(text, i, i + 1, 2);
      if (prevHan >= 0) visit(combine(prevHan, h) & (size - 1), i - 1, i + 1);
      prevHan = h;
      prevWord = -1;
      i++;
    } else {
      // Spaces keep word bigrams alive; punctuation ends a phrase.
      if (c !== 0x20) prevWord = -1;
      prevHan = -1;
      i++;
    }
  }
}

/** The feature buckets of one text, for training. */
export function featureBuckets(text: string, bits: number): number[] {
  const buckets: number[] = [];
  forEachFeature(text, bits, [], (bucket) => buckets.push(bucket));
  return buckets;
}
