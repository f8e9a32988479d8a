import type { Snippet } from '../db/schema';
import { createPostings } from './postings';
import { fold, isHan, queryTerms, type Term } from './text';

/** What search needs from a snippet: the sidebar's in-memory copy carries exactly this. */
export type Searchable = Pick<Snippet, 'id' | 'title' | 'body' | 'tags' | 'shortcut' | 'updatedAt' | 'usedCount' | 'lastUsedAt'>;

/**
 * One snippet, folded for search. All fields sit in one string, separated by
 * line breaks (a search term never holds one), so one scan finds a term and
 * its position says which field it is in.
 */
interface Entry<T> {
  item: T;
  shortcut: string;
  all: string;
  titleStart: number;
  tagsStart: number;
  bodyStart: number;
  frecency: number;
}

export interface SearchHit<T> {
  item: T;
  /** Match quality; results are ordered by it, then by how recently and often the snippet was used. */
  score: number;
}

/** Match quality per field and kind. A shortcut typed exactly beats everything; the body counts least. */
const WEIGHTS = {
  shortcutExact: 12,
  shortcutPrefix: 8,
  titleWordStart: 6,
  tagExact: 5,
  titleAnywhere: 4,
  tagAnywhere: 3,
  shortcutAnywhere: 3,
  bodyWordStart: 2,
  bodyAnywhere: 1.5,
  /** A typo (Latin only): worth a fraction of what an exact word in the same field would be. */
  fuzzyFactor: 0.4,
} as const;

const DAY = 86_400_000;

/** Used often and lately ranks first among equally good matches; halves every 30 days without use. */
function frecency(item: Searchable, now: number): number {
  const last = item.lastUsedAt ?? item.updatedAt;
  const ageDays = Math.max(0, now - last) / DAY;
  return (item.usedCount + 1) * 0.5 ** (ageDays / 30);
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isLetterOrDigit(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  return LETTER_OR_DIGIT.test(char);
}

function startsAWord(text: string, at: number): boolean {
  return at === 0 || !isLetterOrDigit(text[at - 1]!) || isHan(text[at]!);
}

/** The best match quality of `needle` in the entry, looking at its first few occurrences (0 when absent). */
function exactScore(entry: Entry<unknown>, needle: string): number {
  const { all } = entry;
  let best = 0;
  let at = all.indexOf(needle);
  for (let tries = 0; at >= 0 && tries < 8 && best < WEIGHTS.titleWordStart; tries++) {
    let score: number;
    if (at < entry.titleStart) {
      score = entry.shortcut === needle ? WEIGHTS.shortcutExact : at === 0 ? WEIGHTS.shortcutPrefix : WEIGHTS.shortcutAnywhere;
    } else if (at < entry.tagsStart) {
      score = startsAWord(all, at) ? WEIGHTS.titleWordStart : WEIGHTS.titleAnywhere;
    } else if (at < entry.bodyStart) {
      const wholeTag = all[at - 1] === '\n' && all[at + needle.length] === '\n';
      score = wholeTag ? WEIGHTS.tagExact : WEIGHTS.tagAnywhere;
    } else {
      score = startsAWord(all, at) ? WEIGHTS.bodyWordStart : WEIGHTS.bodyAnywhere;
    }
    best = Math.max(best, score);
    at = all.indexOf(needle, at + 1);
  }
  return best;
}

/**
 * A searchable copy of the library, held in memory (the embedded sidebar
 * cannot open IndexedDB; it rebuilds this when the Port says snippets changed).
 *
 * Latin terms match as substrings, preferring word starts; a term found in
 * no word of the library is taken for a typo and matches words one edit away
 * (two for long words). Chinese queries are split with Intl.Segmenter: the whole query
 * typed as one run scores highest, otherwise every multi-character word must
 * appear, and single characters only add to the score.
 */
export function createSnippetIndex<T extends Searchable>(items: readonly T[], now = Date.now()) {
  const entries: Entry<T>[] = items.map((item) => {
    const shortcut = item.shortcut ? fold(item.shortcut) : '';
    const title = fold(item.title);
    const tags = item.tags.map(fold).join('\n');
    const titleStart = shortcut.length + 1;
    const tagsStart = titleStart + title.length + 1;
    const bodyStart = tagsStart + tags.length + 1;
    const all = `${shortcut}\n${title}\n${tags}\n${fold(item.body)}`;
    return { item, shortcut, all, titleStart, tagsStart, bodyStart, frecency: frecency(item, now) };
  });

  const postings = createPostings(entries.map((entry) => entry.all));

  type Near = Map<string, Map<number, string[]>>;

  function termScore(term: Term, near: Near, index: number): number {
    const entry = entries[index]!;
    const exact = exactScore(entry, term.text);
    if (exact > 0) return term.parts ? exact * 2 : exact;
    if (term.parts) {
      // A Chinese run not found whole: every multi-character word in it must appear; single characters only add.
      let total = 0;
      for (const part of term.parts) {
        const score = exactScore(entry, part.text);
        if (score === 0 && part.required) return 0;
        total += score;
      }
      return total / term.parts.length;
    }
    const words = term.fuzzy ? near.get(term.text)?.get(index) : undefined;
    if (!words) return 0;
    let best = 0;
    for (const word of words) best = Math.max(best, exactScore(entry, word));
    return best * WEIGHTS.fuzzyFactor;
  }

  // A term's score per snippet never changes, and typing repeats terms ("refund d" after "refund "), so the last few are kept.
  const termCache = new Map<string, Float32Array>();
  function cachedScores(term: string): Float32Array {
    let scores = termCache.get(term);
    if (!scores) {
      if (termCache.size >= 8) termCache.delete(termCache.keys().next().value!);
      scores = new Float32Array(entries.length).fill(Number.NaN);
      termCache.set(term, scores);
    }
    return scores;
  }

  function scoreTerms(terms: Term[], scores: Float32Array[], near: Near, index: number): number {
    let total = 0;
    for (let i = 0; i < terms.length; i++) {
      let score = scores[i]![index]!;
      if (Number.isNaN(score)) score = scores[i]![index] = termScore(terms[i]!, near, index);
      if (score === 0) return 0;
      total += score;
    }
    return total;
  }

  return {
    size: entries.length,

    search(query: string, limit = 50): SearchHit<T>[] {
      const terms = queryTerms(query);
      if (terms.length === 0) {
        return [...entries].sort((a, b) => b.frecency - a.frecency).slice(0, limit).map((e) => ({ item: e.item, score: 0 }));
      }
      const near: Near = new Map();
      for (const term of terms) {
        const typos = term.fuzzy ? postings.typoWords(term.text) : undefined;
        if (typos) near.set(term.text, typos);
      }
      const scores = terms.map((term) => cachedScores(term.text));
      const candidates = postings.candidates(terms.map((term) => ({ term, near: near.get(term.text) }))) ?? entries.keys();
      // One number per hit orders by quality, then frecency (below 1e6 for any real use); only the best `limit` are kept as they come.
      const best = createTopList(limit);
      for (const index of candidates) {
        const score = scoreTerms(terms, scores, near, index);
        if (score > 0) best.offer(score * 1e6 + Math.min(entries[index]!.frecency, 999_999), index, score);
      }
      const shown = best.list().map(({ index, score }) => ({ item: entries[index]!.item, score }));
      return shown;
    },
  };
}

/** The `size` highest-ranked entries offered, best first: a short sorted array for the few a picker shows, a full sort when all are wanted. */
function createTopList(size: number) {
  const kept: { rank: number; index: number; score: number }[] = [];
  const bounded = size <= 200;
  return {
    offer(rank: number, index: number, score: number): void {
      if (bounded && kept.length === size && rank <= kept[size - 1]!.rank) return;
      if (!bounded) {
        kept.push({ rank, index, score });
        return;
      }
      let at = kept.length;
      while (at > 0 && kept[at - 1]!.rank < rank) at--;
      kept.splice(at, 0, { rank, index, score });
      if (kept.length > size) kept.pop();
    },
    list() {
      return bounded ? kept : kept.sort((a, b) => b.rank - a.rank).slice(0, size);
    },
  };
}

export type SnippetIndex<T extends Searchable> = ReturnType<typeof createSnippetIndex<T>>;
