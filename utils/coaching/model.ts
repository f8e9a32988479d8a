import { extractFeatures, type Feature } from './features';
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
  /** Words or character pairs that pushed the score up most. */
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

/** A feature must add this much to the logit, and span 2+ characters (a single 我 is no evidence), to be shown as evidence. */
const EVIDENCE_LOGIT = 0.6;

export function createModel(weights: ModelWeights) {
  const heads = Object.entries(weights.heads).map(([name, h]) => ({ name, bias: h.bias, scale: h.scale, w: decodeBase64(h.weights) }));

  /** Scores every head over the same features; long messages are averaged so length alone does not raise a score. */
  function score(normalised: string, mask: readonly Span[]): Record<string, HeadScore> {
    const features: Feature[] = extractFeatures(normalised, weights.bits, mask);
    const damp = features.length > 40 ? Math.sqrt(40 / features.length) : 1;
    const result: Record<string, HeadScore> = {};
    for (const head of heads) {
      let z = 0;
      const evidence: Span[] = [];
      for (const f of features) {
        const w = head.w[f.bucket]! * head.scale;
        z += w;
        if (w >= EVIDENCE_LOGIT && f.end - f.start >= 2 && evidence.length < 8) evidence.push([f.start, f.end]);
      }
      result[head.name] = { probability: 1 / (1 + Math.exp(-(head.bias + z * damp))), evidence };
    }
    return result;
  }

  return { score };
}
