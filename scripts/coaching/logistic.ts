/**
 * Multi-label logistic regression over hashed features, trained with AdaGrad
 * and L2, one weight vector per head over the same buckets. Deterministic: the
 * shuffle is a seeded LCG, so the same data gives the same weights.
 */
import { damping } from '@/utils/coaching/model';

export interface TrainingExample {
  buckets: Uint32Array;
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
        let z = bias[h]!;
        for (const b of e.buckets) z += w[b]! * damp;
        const p = 1 / (1 + Math.exp(-z));
        const grad = (p - y) * e.weight * (y ? options.positiveWeight[h]! : 1);
        for (const b of e.buckets) {
          const gb = grad * damp + options.l2 * w[b]!;
          g[b]! += gb * gb;
          w[b]! -= (options.rate * gb) / Math.sqrt(g[b]!);
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
