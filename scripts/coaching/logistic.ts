/**
 * Multi-label logistic regression over hashed features, trained with AdaGrad
 * and L2, one weight vector per head over the same buckets. Deterministic: the
 * shuffle is a seeded LCG, so the same data gives the same weights.
 */
import { DAMP_AFTER, damping, POOLED_HEADS } from '@/utils/coaching/model';

export interface TrainingExample {
  buckets: Uint32Array;
  /** Where each sentence's text features start in `buckets`, then where they end; the named features follow. */
  sentences: Uint32Array;
  named: number;
  /** Per head: 1 positive, 0 negative, -1 unknown (the source does not label that head). */
  targets: Int8Array;
  weight: number;
}

export interface TrainOptions {
  bits: number;
  heads: number;
  epochs: number;
  l2: number;
  rate: number;
  names: readonly string[];
  /** Per head, how much more a positive counts than a negative (class balance). */
  positiveWeight: Float64Array;
}

export interface TrainedHeads {
  /** weights[h][bucket] */
  weights: Float64Array[];
  bias: Float64Array;
}

export function trainHeads(examples: readonly TrainingExample[], options: TrainOptions): TrainedHeads {
  const size = 1 << options.bits;
  const weights = Array.from({ length: options.heads }, () => new Float64Array(size));
  const g2 = Array.from({ length: options.heads }, () => new Float64Array(size).fill(1e-8));
  const bias = new Float64Array(options.heads);
  const biasG2 = new Float64Array(options.heads).fill(1e-8);
  const order = examples.map((_, i) => i);
  // The weights are averaged over the snapshots at the end of each epoch after the first: averaged SGD
  // generalises better than the last iterate, which follows whatever examples came last.
  const averaged = Array.from({ length: options.heads }, () => new Float64Array(size));
  const averagedBias = new Float64Array(options.heads);
  let snapshots = 0;
  const pooled = options.names.map((name) => POOLED_HEADS.includes(name));
  let seed = 12345;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      const j = seed % (i + 1);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const index of order) {
      const e = examples[index]!;
      const damp = damping(e.buckets.length);
      for (let h = 0; h < options.heads; h++) {
        const y = e.targets[h]!;
        if (y < 0) continue;
        const w = weights[h]!;
        const g = g2[h]!;
        let sum = 0;
        for (const b of e.buckets) sum += w[b]!;
        let z = sum * damp;
        // Sentence pooling, as the scorer does it: the best sentence (with the named features) stands for the message.
        let from = 0;
        let to = e.buckets.length;
        let d = damp;
        if (pooled[h] && e.buckets.length > DAMP_AFTER && e.sentences.length > 2) {
          let namedSum = 0;
          for (let k = e.buckets.length - e.named; k < e.buckets.length; k++) namedSum += w[e.buckets[k]!]!;
          for (let s = 0; s + 1 < e.sentences.length; s++) {
            const a = e.sentences[s]!;
            const bEnd = e.sentences[s + 1]!;
            if (bEnd === a) continue;
            let ss = namedSum;
            for (let k = a; k < bEnd; k++) ss += w[e.buckets[k]!]!;
            const ds = damping(bEnd - a + e.named);
            if (ss * ds > z) {
              z = ss * ds;
              from = a;
              to = bEnd;
              d = ds;
            }
          }
        }
        z += bias[h]!;
        const p = 1 / (1 + Math.exp(-z));
        const grad = (p - y) * e.weight * (y ? options.positiveWeight[h]! : 1);
        const step = (b: number) => {
          const gb = grad * d + options.l2 * w[b]!;
          g[b]! += gb * gb;
          w[b]! -= (options.rate * gb) / Math.sqrt(g[b]!);
        };
        if (to - from === e.buckets.length) for (const b of e.buckets) step(b);
        else {
          for (let k = from; k < to; k++) step(e.buckets[k]!);
          for (let k = e.buckets.length - e.named; k < e.buckets.length; k++) step(e.buckets[k]!);
        }
        biasG2[h]! += grad * grad;
        bias[h]! -= (options.rate * grad) / Math.sqrt(biasG2[h]!);
      }
    }
    if (epoch === 0 && options.epochs > 1) continue;
    snapshots++;
    for (let h = 0; h < options.heads; h++) {
      const w = weights[h]!;
      const a = averaged[h]!;
      for (let b = 0; b < size; b++) a[b]! += w[b]!;
      averagedBias[h]! += bias[h]!;
    }
  }
  for (let h = 0; h < options.heads; h++) {
    const a = averaged[h]!;
    for (let b = 0; b < size; b++) a[b]! /= snapshots;
    averagedBias[h]! /= snapshots;
  }
  return { weights: averaged, bias: averagedBias };
}
