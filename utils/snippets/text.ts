/** Text helpers for search: folding, words, query terms, typo distance. */

/** Case-, width- and accent-insensitive form: "Ｃafé" and "cafe" fold alike. */
export function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '');
}

const HAN = /\p{Script=Han}/u;
export const isHan = (char: string): boolean => HAN.test(char);

const NON_HAN_WORD = /(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;
const HAN_RUN = /\p{Script=Han}+/gu;

/** Non-Chinese words: maximal runs of letters or digits. A term made of such characters lies inside one of them. */
export function wordsOf(folded: string): string[] {
  return folded.match(NON_HAN_WORD) ?? [];
}

export function hanRunsOf(folded: string): string[] {
  return folded.match(HAN_RUN) ?? [];
}

export const isWordlike = (term: string): boolean => /^(?:(?!\p{Script=Han})[\p{L}\p{N}])+$/u.test(term);

export interface Term {
  text: string;
  /** Only parts of a Chinese run may be optional (single characters). */
  required: boolean;
  /** Latin words of four or more letters forgive a typo. */
  fuzzy: boolean;
  /** A Chinese run's words (Intl.Segmenter), used when the run is not found whole. */
  parts?: Term[];
}

let segmenter: Intl.Segmenter | undefined;

function segmentHan(run: string): Term[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return [...segmenter.segment(run)]
    .filter((segment) => segment.isWordLike)
    .map((segment) => ({ text: segment.segment, required: segment.segment.length >= 2, fuzzy: false }));
}

/** Splits what the agent typed into terms; every term must match (see search.ts for Chinese runs). */
export function queryTerms(query: string): Term[] {
  const terms: Term[] = [];
  for (const token of fold(query).split(/\s+/)) {
    for (const piece of token.match(/\p{Script=Han}+|[^\p{Script=Han}]+/gu) ?? []) {
      if (!isHan(piece[0]!)) {
        terms.push({ text: piece, required: true, fuzzy: piece.length >= 4 && /^[\p{L}\p{N}]+$/u.test(piece) });
        continue;
      }
      const parts = piece.length >= 2 ? segmentHan(piece) : [];
      terms.push({ text: piece, required: true, fuzzy: false, ...(parts.length > 1 ? { parts } : {}) });
    }
  }
  return terms;
}

// Three rows reused across calls: the typo search runs this over the whole vocabulary.
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Optimal-string-alignment distance (a swap of neighbours counts as one),
 * giving up as soon as it must exceed `max`: returns max + 1 then.
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (rows[0]!.length <= b.length) rows = rows.map(() => new Int32Array(b.length * 2 + 1));
  let [before, previous, current] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) value = Math.min(value, before[j - 2]! + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(previous[b.length]!, max + 1);
}
