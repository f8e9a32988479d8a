import { forEachFeature } from './features';
import type { Span } from './types';

/** One logistic-regression head as shipped: int8 weights in base64, dequantised by `scale`. */
export interface HeadWeights {
  bias: number;
  scale: number;
  weights: string;
}

export interface ModelWeights {
  bits: number;
  heads: Record<string, HeadWeights>;
}

export interface HeadScore {
  probability: number;
  /** The words or character pairs that pushed the score up most. */
  evidence: Span[];
}

function decodeBase64(data: string): Int8Array {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const lookup = new Uint8Array(128);
  for (let i = 0; i < alphabet.length; i++) lookup[alphabet.charCodeAt(i)] = i;
  const clean = data.replace(/=+$/, '');
  const out = new Int8Array(Math.floor((clean.length * 3) / 4));
  let o = 0;
  for (let i = 0; i < clean.length; i += 4) {
    const n = (lookup[clean.charCodeAt(i)]! << 18) | (lookup[clean.charCodeAt(i + 1)]! << 12) | (lookup[clean.charCodeAt(i + 2)]! << 6) | lookup[clean.charCodeAt(i + 3)]!;
    if (o < out.length) out[o++] = (n >> 16) & 0xff;
    if (o < out.length) out[o++] = (n >> 8) & 0xff;
    if (o < out.length) out[o++] = n & 0xff;
  }
  return out;
}

const EVIDENCE_COUNT = 3;

/** Multi-character features outrank single ones as evidence: a lone 我 explains little, 难过 does. */
const SPAN_BONUS = 1000;

/** Keeps the EVIDENCE_COUNT highest-ranked positive features. */
function keepTop(top: { w: number; span: Span }[], w: number, span: Span): void {
  if (top.length === EVIDENCE_COUNT && top[EVIDENCE_COUNT - 1]!.w >= w) return;
  let i = Math.min(top.length, EVIDENCE_COUNT - 1);
  if (top.length < EVIDENCE_COUNT) top.push({ w, span });
  while (i > 0 && top[i - 1]!.w < w) {
    top[i] = top[i - 1]!;
    i--;
  }
  top[i] = { w, span };
}

export function createModel(weights: ModelWeights) {
  const heads = Object.entries(weights.heads).map(([name, h]) => ({ name, bias: h.bias }));
  // Dequantised once and interleaved by bucket, so each feature costs one cache line for all heads.
  const table = new Float32Array((1 << weights.bits) * heads.length);
  Object.values(weights.heads).forEach((h, index) => {
    const q = decodeBase64(h.weights);
    for (let b = 0; b < q.length; b++) table[b * heads.length + index] = q[b]! * h.scale;
  });

  /** Scores every head over the same features; long messages are averaged so length alone does not raise a score. */
  function score(normalised: string, mask: readonly Span[]): Record<string, HeadScore> {
    const sums = new Float64Array(heads.length);
    const best = heads.map(() => [] as { w: number; span: Span }[]);
    let count = 0;
    forEachFeature(normalised, weights.bits, mask, (bucket, start, end) => {
      count++;
      const base = bucket * heads.length;
      for (let h = 0; h < heads.length; h++) {
        const w = table[base + h]!;
        sums[h]! += w;
        if (w > 0) keepTop(best[h]!, end - start >= 2 ? w + SPAN_BONUS : w, [start, end]);
      }
    });
    const damp = count > 40 ? Math.sqrt(40 / count) : 1;
    const result: Record<string, HeadScore> = {};
    heads.forEach((head, h) => {
      const evidence = best[h]!.map((b) => b.span).sort((a, b) => a[0] - b[0]);
      result[head.name] = { probability: 1 / (1 + Math.exp(-(head.bias + sums[h]! * damp))), evidence };
    });
    return result;
  }

  return { score };
}
