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

export function createModel(weights: ModelWeights) {
  const heads = Object.entries(weights.heads).map(([name, h]) => ({ name, bias: h.bias }));
  // Dequantised once and interleaved by bucket, so each feature costs one cache line for all heads.
  const table = new Float32Array((1 << weights.bits) * heads.length);
  Object.values(weights.heads).forEach((h, index) => {
    const q = decodeBase64(h.weights);
    for (let b = 0; b < q.length; b++) table[b * heads.length + index] = q[b]! * h.scale;
  });

  // Top-EVIDENCE_COUNT features per head, in flat reusable buffers: scoring a message allocates almost nothing.
  const topRank = new Float64Array(heads.length * EVIDENCE_COUNT);
  const topStart = new Int32Array(heads.length * EVIDENCE_COUNT);
  const topEnd = new Int32Array(heads.length * EVIDENCE_COUNT);
  const sums = new Float64Array(heads.length);

  function keepTop(h: number, rank: number, start: number, end: number): void {
    const first = h * EVIDENCE_COUNT;
    let i = first + EVIDENCE_COUNT - 1;
    if (topRank[i]! >= rank) return;
    while (i > first && topRank[i - 1]! < rank) {
      topRank[i] = topRank[i - 1]!;
      topStart[i] = topStart[i - 1]!;
      topEnd[i] = topEnd[i - 1]!;
      i--;
    }
    topRank[i] = rank;
    topStart[i] = start;
    topEnd[i] = end;
  }

  /** Scores every head over the same features; long messages are averaged so length alone does not raise a score. */
  function score(normalised: string, mask: readonly Span[]): Record<string, HeadScore> {
    sums.fill(0);
    topRank.fill(0);
    let count = 0;
    forEachFeature(normalised, weights.bits, mask, (bucket, start, end) => {
      count++;
      const base = bucket * heads.length;
      for (let h = 0; h < heads.length; h++) {
        const w = table[base + h]!;
        sums[h]! += w;
        if (w > 0) keepTop(h, end - start >= 2 ? w + SPAN_BONUS : w, start, end);
      }
    });
    const damp = count > 40 ? Math.sqrt(40 / count) : 1;
    const result: Record<string, HeadScore> = {};
    heads.forEach((head, h) => {
      const evidence: Span[] = [];
      for (let i = h * EVIDENCE_COUNT; i < (h + 1) * EVIDENCE_COUNT && topRank[i]! > 0; i++) evidence.push([topStart[i]!, topEnd[i]!]);
      evidence.sort((a, b) => a[0] - b[0]);
      result[head.name] = { probability: 1 / (1 + Math.exp(-(head.bias + sums[h]! * damp))), evidence };
    });
    return result;
  }

  return { score };
}
