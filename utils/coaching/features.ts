/**
 * Hashed features shared by the offline trainer and the on-device scorer, so
 * both see exactly the same buckets. English: word unigrams and bigrams;
 * Chinese: character unigrams and bigrams of each Han run (no segmentation).
 * Each feature also carries the span it came from, for evidence.
 */
export interface Feature {
  bucket: number;
  start: number;
  end: number;
}

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

/** Features of normalised text; `mask` blanks ranges (hyperbole, polite negatives) out of scoring. */
export function extractFeatures(text: string, bits: number, mask: readonly [number, number][] = []): Feature[] {
  const size = 1 << bits;
  const features: Feature[] = [];
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
      features.push({ bucket: h & (size - 1), start: i, end: j });
      if (prevWord >= 0) features.push({ bucket: combine(prevWord, h) & (size - 1), start: prevStart, end: j });
      prevWord = h;
      prevStart = i;
      prevHan = -1;
      i = j;
    } else if (isHan(c)) {
      const h = hashRange(text, i, i + 1, 2);
      features.push({ bucket: h & (size - 1), start: i, end: i + 1 });
      if (prevHan >= 0) features.push({ bucket: combine(prevHan, h) & (size - 1), start: i - 1, end: i + 1 });
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
  return features;
}
