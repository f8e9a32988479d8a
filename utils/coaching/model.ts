import { FeatureKind, forEachFeature, namedBucket, type Lexicon } from './features';
import type { Span } from './types';

/** One logistic-regression head: its bias, and the scale that turns its int8 weights back into floats. */
export interface HeadWeights {
  bias: number;
  scale: number;
}

/**
 * The weights as shipped: most buckets weigh nothing, so only the others are
 * stored. `rows` is base64 of, for each bucket with any weight: the gap from the
 * previous such bucket (unsigned LEB128), then one int8 per head in `heads` order.
 * `lexicon` is the same for the sentiment table: gap, then the bucket's bin.
 */
export interface ModelWeights {
  bits: number;
  lexicon: string;
  heads: Record<string, HeadWeights>;
  rows: string;
}

export interface HeadScore {
  probability: number;
  /** The words and phrases that pushed the score up most. */
  evidence: Span[];
}

/** Walks the sparse rows format: each stored bucket, with the offset of its `width` values in `bytes`. */
function forEachStoredRow(bytes: Int8Array, width: number, visit: (bucket: number, at: number) => void): void {
  let bucket = -1;
  let i = 0;
  while (i < bytes.length) {
    let gap = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = bytes[i++]! & 0xff;
      gap |= (byte & 0x7f) << shift;
      shift += 7;
    } while (byte & 0x80);
    bucket += gap;
    visit(bucket, i);
    i += width;
  }
}

/** Unpacks the sparse rows format into a dense int8 table of `width` values per bucket. */
export function unpackRows(data: string, bits: number, width: number): Int8Array {
  const bytes = decodeBase64(data);
  const table = new Int8Array((1 << bits) * width);
  forEachStoredRow(bytes, width, (bucket, at) => {
    if (bucket < 1 << bits) table.set(bytes.subarray(at, at + width), bucket * width);
  });
  return table;
}

/**
 * Unpacks the sparse rows format into rows only for the buckets that have one:
 * `rowOf[bucket]` is the bucket's row in `table` (`width` values each), 0 for
 * none; row 0 is all zeros, so a lookup needs no test to be right.
 */
export function unpackSparseRows(data: string, bits: number, width: number): { rowOf: Uint16Array | Uint32Array; table: Int8Array } {
  const bytes = decodeBase64(data);
  const stored: number[] = [];
  forEachStoredRow(bytes, width, (bucket, at) => stored.push(bucket, at));
  const rows = stored.length / 2 + 1;
  const rowOf = rows <= 0xffff ? new Uint16Array(1 << bits) : new Uint32Array(1 << bits);
  const table = new Int8Array(rows * width);
  for (let r = 1; r < rows; r++) {
    const at = stored[2 * r - 1]!;
    rowOf[stored[2 * r - 2]!] = r;
    table.set(bytes.subarray(at, at + width), r * width);
  }
  return { rowOf, table };
}

/** The sparse rows format, for the trainer: `table` holds `width` int8 values per bucket. */
export function packRows(table: Int8Array, width: number): Uint8Array {
  const out: number[] = [];
  let previous = -1;
  for (let bucket = 0; bucket * width < table.length; bucket++) {
    let any = false;
    for (let h = 0; h < width; h++) if (table[bucket * width + h]) any = true;
    if (!any) continue;
    let gap = bucket - previous;
    previous = bucket;
    while (gap >= 0x80) {
      out.push((gap & 0x7f) | 0x80);
      gap >>>= 7;
    }
    out.push(gap);
    for (let h = 0; h < width; h++) out.push(table[bucket * width + h]! & 0xff);
  }
  return Uint8Array.from(out);
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

/** Long texts are averaged past this many features, so length alone does not raise a score (the trainer does the same). */
export const DAMP_AFTER = 40;
export const damping = (count: number) => (count > DAMP_AFTER ? Math.sqrt(DAMP_AFTER / count) : 1);

const EVIDENCE_COUNT = 3;
/** A feature must weigh at least this to stand as evidence: below it, it explains little. */
const EVIDENCE_WEIGHT = 0.2;

/** Function words and characters that never stand as evidence on their own: a person points at "third time", not at "to". */
const STOP_WORDS = new Set(
  "a an the to of in on at for and or but is are was were be been am i me my you your it its this that these those we us our they them he she his her do does did don't dont not no so just with as by from have has had will would can could should about any some all if then than there here what when where which who how up out into hi hello hey im i'm it's ok okay yes yeah".split(' '),
);
/** One flag per BMP unit: a lookup per character instead of building one-character strings for a Set. */
const FUNCTION_HAN = new Uint8Array(0x10000);
for (const c of '我你您他她它的了是在就都也还和与这那个们吗呢吧啊呀嗯哦一有不') FUNCTION_HAN[c.charCodeAt(0)] = 1;

const LONGEST_STOP_WORD = Math.max(...[...STOP_WORDS].map((w) => w.length));

function isStopWord(text: string, start: number, end: number): boolean {
  return end - start <= LONGEST_STOP_WORD && STOP_WORDS.has(text.slice(start, end));
}

/** Called only for a feature that some head weighs strongly, so the string work stays off the hot path. */
function meaningful(text: string, start: number, end: number, kind: FeatureKind): boolean {
  if (kind === FeatureKind.WordPiece || kind === FeatureKind.Han1) return false;
  if (kind === FeatureKind.Han2 || kind === FeatureKind.Han3) {
    for (let i = start; i < end; i++) if (!FUNCTION_HAN[text.charCodeAt(i)]) return true;
    return false;
  }
  if (kind === FeatureKind.Word) return !isStopWord(text, start, end);
  if (kind === FeatureKind.WordPair) {
    const space = text.indexOf(' ', start);
    return space < 0 || space >= end || !isStopWord(text, start, space) || !isStopWord(text, space + 1, end);
  }
  return true;
}

/** Phrases outrank single words as evidence, and both outrank valence bins. */
const RANK_BONUS: Record<number, number> = { [FeatureKind.WordPair]: 2, [FeatureKind.Han3]: 2, [FeatureKind.Han2]: 1, [FeatureKind.Word]: 1 };

/**
 * Keeps the EVIDENCE_COUNT best-ranked spans, best first, in flat arrays from
 * `first` (rank 0: an empty slot). A span already kept is not kept twice, and of
 * equal ranks the earlier stays. Shared by scoring and explain().
 */
function keepTop(ranks: Float64Array, starts: Int32Array, ends: Int32Array, first: number, rank: number, start: number, end: number): void {
  let i = first + EVIDENCE_COUNT - 1;
  // Most features of a long message rank no higher than what is kept: leave before anything else.
  if (ranks[i]! >= rank) return;
  for (let k = first; k < first + EVIDENCE_COUNT; k++) if (starts[k] === start && ends[k] === end && ranks[k]! > 0) return;
  while (i > first && ranks[i - 1]! < rank) {
    ranks[i] = ranks[i - 1]!;
    starts[i] = starts[i - 1]!;
    ends[i] = ends[i - 1]!;
    i--;
  }
  ranks[i] = rank;
  starts[i] = start;
  ends[i] = end;
}

/** Where the sentence holding `at` ends: after its closing punctuation, or at a line break. */
export function nextSentenceEnd(text: string, at: number): number {
  for (let i = at; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x0a || c === 0x3b || c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b || c === 0x2026) return i + 1;
  }
  return text.length + 1;
}

/** The sentence holding `[start, end)`: from just after the closing punctuation before it to `nextSentenceEnd`. */
export function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && nextSentenceEnd(text, from - 1) !== from) from--;
  return text.slice(from, Math.min(text.length, nextSentenceEnd(text, Math.max(start, end - 1))));
}

/** One head's probability on the sentence holding `span` alone, with the message's named features. */
export function sentenceProbability(model: Pick<ReturnType<typeof createModel>, 'score'>, norm: string, [start, end]: Span, named: readonly string[], head: string): number {
  return model.score(sentenceAround(norm, start, end), named)[head]!.probability;
}

/**
 * Tells, feature by feature in visiting order (by where each feature ends), when a new sentence begins: the
 * scorer and the trainer split a message here alike, so the sentence each pools over is the same.
 */
export function createSentenceBreaks() {
  let text = '';
  let end = 0;
  return {
    reset(next: string): void {
      text = next;
      end = 0;
    },
    startsAt(featureEnd: number): boolean {
      if (featureEnd <= end) return false;
      end = nextSentenceEnd(text, featureEnd - 1);
      return true;
    },
  };
}

/**
 * Heads scored sentence by sentence as well as whole (see `score`), in training and here alike. Only repeat
 * contact gains: "I've sent the documents three times" sits in one sentence of a long story. Pooling the other
 * heads was measured too and lost (crisis, churn, urgency and confusion each worse on the calibration split).
 */
export const POOLED_HEADS: readonly string[] = ['repeat_contact'];

export function createModel(weights: ModelWeights) {
  const names = Object.keys(weights.heads);
  const heads = names.map((name) => weights.heads[name]!);
  const count = heads.length;
  const lexicon: Lexicon = { table: unpackRows(weights.lexicon, weights.bits, 1) };
  const scales = Float64Array.from(heads, (h) => h.scale);
  const pooledHeads = Int32Array.from(names.flatMap((name, h) => (POOLED_HEADS.includes(name) ? [h] : [])));
  // The evidence floor in each head's int8 units.
  const evidenceFloor = Float64Array.from(heads, (h) => EVIDENCE_WEIGHT / h.scale);
  // Kept as int8 and interleaved by bucket: each feature costs one cache line for all heads. Most buckets weigh
  // nothing in every head (rare n-grams), so only the others have a row, found through `rowOf` (0: none): about
  // 1 MB where a dense table takes 2.4 MB, and the engine loads in half the time.
  const { rowOf, table } = unpackSparseRows(weights.rows, weights.bits, count);
  // Whether some head weighs the row enough for evidence: most features only add to the sums.
  const strongRow = new Uint8Array(table.length / count);
  for (let r = 0; r < strongRow.length; r++) for (let h = 0; h < count; h++) if (table[r * count + h]! > evidenceFloor[h]!) strongRow[r] = 1;

  // Top-EVIDENCE_COUNT features per head, in flat reusable buffers: scoring a message allocates almost nothing.
  const topRank = new Float64Array(count * EVIDENCE_COUNT);
  const topStart = new Int32Array(count * EVIDENCE_COUNT);
  const topEnd = new Int32Array(count * EVIDENCE_COUNT);
  const sums = new Float64Array(count);
  let text = '';

  let features = 0;
  // Sentence pooling: a long message is also scored sentence by sentence, and each head keeps its best, so one
  // sentence that says "third time" is not averaged away by ten that say nothing.
  const sentenceSums = new Float64Array(count);
  const best = new Float64Array(count);
  let sentenceFeatures = 0;
  const breaks = createSentenceBreaks();
  let namedFeatures = 0;
  const namedSums = new Float64Array(count);
  function closeSentence(): void {
    if (!sentenceFeatures) return;
    const damp = damping(sentenceFeatures + namedFeatures);
    for (const h of pooledHeads) {
      const z = (sentenceSums[h]! + namedSums[h]!) * damp;
      if (z > best[h]!) best[h] = z;
      sentenceSums[h] = 0;
    }
    sentenceFeatures = 0;
  }
  function visit(bucket: number, start: number, end: number, kind: FeatureKind): void {
    features++;
    if (breaks.startsAt(end)) closeSentence();
    sentenceFeatures++;
    const row = rowOf[bucket]!;
    if (!row) return;
    const base = row * count;
    for (let h = 0; h < count; h++) sums[h]! += table[base + h]!;
    for (const h of pooledHeads) sentenceSums[h]! += table[base + h]!;
    if (!strongRow[row] || !meaningful(text, start, end, kind)) return;
    const bonus = RANK_BONUS[kind] ?? 0.5;
    for (let h = 0; h < count; h++) {
      const q = table[base + h]!;
      if (q > evidenceFloor[h]!) keepTop(topRank, topStart, topEnd, h * EVIDENCE_COUNT, q * scales[h]! * bonus, start, end);
    }
  }

  // explain()'s top-EVIDENCE_COUNT per asked head, flat like score's: a long message visits millions of features.
  const explainHeads = new Int32Array(count);
  let explainCount = 0;
  const explainRank = new Float64Array(count * EVIDENCE_COUNT);
  const explainStart = new Int32Array(count * EVIDENCE_COUNT);
  const explainEnd = new Int32Array(count * EVIDENCE_COUNT);

  function explainVisit(bucket: number, start: number, end: number, kind: FeatureKind): void {
    const row = rowOf[bucket]!;
    if (!row) return;
    const base = row * count;
    for (let w = 0; w < explainCount; w++) {
      const q = table[base + explainHeads[w]!]!;
      if (q <= 0) continue;
      const r = q * (RANK_BONUS[kind] ?? 0.5);
      const first = w * EVIDENCE_COUNT;
      // Full and no better than the weakest kept: the common case in a long message, decided first.
      if (explainRank[first + EVIDENCE_COUNT - 1]! >= r || !meaningful(text, start, end, kind)) continue;
      keepTop(explainRank, explainStart, explainEnd, first, r, start, end);
    }
  }

  const namedCache = new Map<string, number>();
  const named = (name: string) => {
    let b = namedCache.get(name);
    if (b === undefined) namedCache.set(name, (b = namedBucket(name, weights.bits)));
    return b;
  };

  /**
   * Scores every head over the text's features plus named ones (rules that
   * fired, shouting), which are visited without a span and never stand as evidence.
   */
  function score(normalised: string, extra: readonly string[] = []): Record<string, HeadScore> {
    topRank.fill(0);
    namedSums.fill(0);
    sentenceSums.fill(0);
    best.fill(-Infinity);
    sentenceFeatures = 0;
    breaks.reset(normalised);
    // Rules that fired speak for the whole message, so they count in every sentence too.
    for (const name of extra) {
      const base = rowOf[named(name)]! * count;
      for (let h = 0; h < count; h++) namedSums[h]! += table[base + h]!;
    }
    namedFeatures = extra.length;
    sums.set(namedSums);
    features = namedFeatures;
    text = normalised;
    forEachFeature(normalised, weights.bits, visit, lexicon);
    closeSentence();
    const pooled = features > DAMP_AFTER;
    const damp = damping(features);
    const result: Record<string, HeadScore> = {};
    for (let h = 0; h < count; h++) {
      const evidence: Span[] = [];
      for (let i = h * EVIDENCE_COUNT; i < (h + 1) * EVIDENCE_COUNT && topRank[i]! > 0; i++) evidence.push([topStart[i]!, topEnd[i]!]);
      evidence.sort((a, b) => a[0] - b[0]);
      const z = Math.max(sums[h]! * damp, pooled ? best[h]! : -Infinity);
      result[names[h]!] = { probability: 1 / (1 + Math.exp(-(heads[h]!.bias + z * scales[h]!))), evidence };
    }
    return result;
  }

  /**
   * The phrases that pushed each of these heads up most, however little each
   * weighs: for signals that fired on many small pushes, where no single feature
   * reached the evidence floor during scoring. Rarely needed, so it walks the
   * text again, once for all the heads asked about.
   */
  function explain(normalised: string, asked: readonly string[]): Map<string, Span[]> {
    const wanted = [...new Set(asked.map((name) => names.indexOf(name)).filter((h) => h >= 0))];
    explainCount = wanted.length;
    explainHeads.set(wanted);
    explainRank.fill(0);
    text = normalised;
    forEachFeature(normalised, weights.bits, explainVisit, lexicon);
    return new Map(
      wanted.map((h, w) => {
        const spans: Span[] = [];
        for (let i = w * EVIDENCE_COUNT; i < (w + 1) * EVIDENCE_COUNT && explainRank[i]! > 0; i++) spans.push([explainStart[i]!, explainEnd[i]!]);
        return [names[h]!, spans.sort((x, y) => x[0] - y[0])];
      }),
    );
  }

  return { score, explain };
}
