/**
 * Hashed features shared by the offline trainer and the on-device scorer, so
 * both see exactly the same buckets. Each feature is visited with the span it
 * came from and its kind, for evidence.
 *
 * Latin script: word unigrams and bigrams, plus character 4-grams inside longer
 * words so that typos and inflections ("ridiculus", "cancelling") still share
 * weight with the word they spell. Chinese: character unigrams, bigrams and
 * trigrams of each Han run (no segmentation, so 不想活了 is never split).
 * Emoji and runs of ! or ? are tokens of their own.
 */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** What a feature is, so evidence can prefer whole words and phrases over fragments. */
export const enum FeatureKind {
  Word = 0,
  WordPair = 1,
  WordPiece = 2,
  Han1 = 3,
  Han2 = 4,
  Han3 = 5,
  Symbol = 6,
  /** A word or Chinese phrase found in the sentiment lexicon: its valence bin, negated or not. */
  Lexicon = 7,
}

function hashRange(text: string, start: number, end: number, seed: number): number {
  let h = (FNV_OFFSET ^ seed) >>> 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

function combine(a: number, b: number): number {
  return Math.imul(a ^ (b >>> 7) ^ (b << 13), FNV_PRIME) >>> 0;
}

/** A named feature that is not read from the text (a rule that fired, shouting): one bucket per name. */
export function namedBucket(name: string, bits: number): number {
  return hashRange(name, 0, name.length, 5) & ((1 << bits) - 1);
}

const isWordChar = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x27;
const isHan = (c: number) => c >= 0x3400 && c <= 0x9fff;
const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
/** Symbols that carry feeling on their own: ☹ ♥ ✋ and the like, beside astral-plane emoji. */
const isSymbol = (c: number) => (c >= 0x2600 && c <= 0x27bf) || (c >= 0x2190 && c <= 0x21ff);

const PIECE = 4;
/** Words shorter than this are left to their unigram: pieces of "the" or "my" would only add noise. */
const PIECED_WORD = 5;

export type FeatureVisitor = (bucket: number, start: number, end: number, kind: FeatureKind) => void;

/** Valence bins of the lexicon table: -4..4, stored as the bin (never 0 for a listed word). */
const BINS = 9;
const lexiconBuckets = new Map<number, Uint32Array>();
/** One named bucket per valence bin and negation state, computed once per table size. */
function lexiconBucketsFor(bits: number): Uint32Array {
  let table = lexiconBuckets.get(bits);
  if (!table) {
    table = new Uint32Array(BINS * 2);
    for (let v = -4; v <= 4; v++) for (let n = 0; n < 2; n++) table[(v + 4) * 2 + n] = namedBucket(`lex${n ? '!' : ''}${v}`, bits);
    lexiconBuckets.set(bits, table);
  }
  return table;
}

/** Words that flip the valence of what follows within a few words: not happy, never again, 不满意, 没意思. */
const NEGATORS = new Set(['not', 'no', 'never', 'nothing', 'nobody', 'none', 'cannot', 'without', "don't", 'dont', "didn't", 'didnt', "isn't", "wasn't", "can't", 'cant', "won't", 'wont', "doesn't", "aren't", "couldn't", "wouldn't", "haven't", "hasn't"]);
const NEGATION_SPAN = 3;
/** Negators by the low bits of their word hash: most words are ruled out without building a string. */
const NEGATOR_HASHES = new Uint8Array(0x10000);
for (const word of NEGATORS) NEGATOR_HASHES[hashRange(word, 0, word.length, 1) & 0xffff] = 1;
const isHanNegator = (c: number) => c === 0x4e0d || c === 0x6ca1 || c === 0x522b || c === 0x672a || c === 0x65e0; // 不 没 别 未 无

/**
 * A sentiment lexicon folded into the feature space: `table[bucket]` holds the
 * valence bin (-4..4) of the word or phrase that hashes to that bucket (VADER
 * words, NTUSD phrases), 0 elsewhere. A listed feature adds its bin's shared
 * feature, so a negative word never seen in training still counts as negative.
 */
export interface Lexicon {
  table: Int8Array;
}

/** Visits the features of normalised text without allocating. */
export function forEachFeature(text: string, bits: number, visit: FeatureVisitor, lexicon?: Lexicon): void {
  const size = 1 << bits;
  const bucket = (h: number) => h & (size - 1);
  const lexBuckets = lexicon ? lexiconBucketsFor(bits) : undefined;
  let wordIndex = 0;
  let negatedUntil = -1;
  const listed = (b: number, start: number, end: number, negated: boolean) => {
    const bin = lexicon!.table[b]!;
    if (bin) visit(lexBuckets![(bin + 4) * 2 + (negated ? 1 : 0)]!, start, end, FeatureKind.Lexicon);
  };
  let prevWord = -1;
  let prevStart = 0;
  let han1 = -1;
  let han2 = -1;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isWordChar(c)) {
      let j = i + 1;
      while (j < text.length && isWordChar(text.charCodeAt(j))) j++;
      const h = hashRange(text, i, j, 1);
      visit(bucket(h), i, j, FeatureKind.Word);
      if (lexicon) {
        if (NEGATOR_HASHES[h & 0xffff] && NEGATORS.has(text.slice(i, j))) negatedUntil = wordIndex + NEGATION_SPAN;
        else listed(bucket(h), i, j, wordIndex <= negatedUntil);
        wordIndex++;
      }
      if (prevWord >= 0) visit(bucket(combine(prevWord, h)), prevStart, j, FeatureKind.WordPair);
      if (j - i >= PIECED_WORD) for (let k = i; k + PIECE <= j; k++) visit(bucket(hashRange(text, k, k + PIECE, 3)), i, j, FeatureKind.WordPiece);
      prevWord = h;
      prevStart = i;
      han1 = han2 = -1;
      i = j;
    } else if (isHan(c)) {
      const h = hashRange(text, i, i + 1, 2);
      visit(bucket(h), i, i + 1, FeatureKind.Han1);
      if (han1 >= 0) {
        const b2 = bucket(combine(han1, h));
        visit(b2, i - 1, i + 1, FeatureKind.Han2);
        if (lexicon) listed(b2, i - 1, i + 1, i >= 2 && isHanNegator(text.charCodeAt(i - 2)));
      }
      if (han2 >= 0) {
        const b3 = bucket(combine(combine(han2, han1), h));
        visit(b3, i - 2, i + 1, FeatureKind.Han3);
        if (lexicon) listed(b3, i - 2, i + 1, i >= 3 && isHanNegator(text.charCodeAt(i - 3)));
      }
      han2 = han1;
      han1 = h;
      prevWord = -1;
      i++;
    } else if (isHighSurrogate(c) || isSymbol(c) || c === 0x21 || c === 0x3f) {
      // An emoji (a surrogate pair), a feeling symbol, or a run of two or more ! or ?.
      let j = i + (isHighSurrogate(c) ? 2 : 1);
      if (c === 0x21 || c === 0x3f) {
        while (j < text.length && (text.charCodeAt(j) === 0x21 || text.charCodeAt(j) === 0x3f)) j++;
        if (j - i >= 2) visit(bucket(hashRange(text, i, i + 2, 4)), i, j, FeatureKind.Symbol);
      } else visit(bucket(hashRange(text, i, Math.min(j, text.length), 4)), i, j, FeatureKind.Symbol);
      prevWord = han1 = han2 = -1;
      i = j;
    } else {
      // Spaces keep word bigrams alive; punctuation ends a phrase.
      if (c !== 0x20) prevWord = -1;
      han1 = han2 = -1;
      i++;
    }
  }
}

/** The bucket a lexicon entry (one word, or a 2–3 character Chinese phrase) occupies, for building the table; undefined if it has no single feature. */
export function entryBucket(entry: string, bits: number): number | undefined {
  let found: number | undefined;
  let count = 0;
  forEachFeature(entry, bits, (b, start, end, kind) => {
    if (start === 0 && end === entry.length && (kind === FeatureKind.Word || kind === FeatureKind.Han2 || kind === FeatureKind.Han3)) {
      found = b;
      count++;
    }
  });
  return count === 1 ? found : undefined;
}
