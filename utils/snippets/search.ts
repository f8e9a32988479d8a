import type { Snippet } from '../db/schema';
import { boundedEditDistance, fold, isHan, queryTerms, wordsOf, type Term } from './text';

/** What search needs from a snippet: the sidebar's in-memory copy carries exactly this. */
export type Searchable = Pick<Snippet, 'id' | 'title' | 'body' | 'tags' | 'shortcut' | 'updatedAt' | 'usedCount' | 'lastUsedAt'>;

interface Entry<T> {
  item: T;
  shortcut: string;
  title: string;
  tags: string[];
  body: string;
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

function startsAWord(text: string, at: number): boolean {
  if (at === 0) return true;
  const before = text[at - 1]!;
  return !/[\p{L}\p{N}]/u.test(before) || isHan(text[at]!);
}

/** Finds the best position of `needle`: a word start if there is one, else anywhere (-1 when absent). */
function bestMatch(text: string, needle: string): 'start' | 'anywhere' | undefined {
  let at = text.indexOf(needle);
  if (at < 0) return undefined;
  while (at >= 0) {
    if (startsAWord(text, at)) return 'start';
    at = text.indexOf(needle, at + 1);
  }
  return 'anywhere';
}

function exactScore(entry: Entry<unknown>, needle: string): number {
  let score = 0;
  if (entry.shortcut) {
    if (entry.shortcut === needle) score = WEIGHTS.shortcutExact;
    else if (entry.shortcut.startsWith(needle)) score = WEIGHTS.shortcutPrefix;
    else if (entry.shortcut.includes(needle)) score = WEIGHTS.shortcutAnywhere;
  }
  const inTitle = bestMatch(entry.title, needle);
  if (inTitle) score = Math.max(score, inTitle === 'start' ? WEIGHTS.titleWordStart : WEIGHTS.titleAnywhere);
  for (const tag of entry.tags) {
    if (tag === needle) score = Math.max(score, WEIGHTS.tagExact);
    else if (tag.includes(needle)) score = Math.max(score, WEIGHTS.tagAnywhere);
  }
  if (score >= WEIGHTS.titleWordStart) return score;
  const inBody = bestMatch(entry.body, needle);
  if (inBody) score = Math.max(score, inBody === 'start' ? WEIGHTS.bodyWordStart : WEIGHTS.bodyAnywhere);
  return score;
}

/**
 * A searchable copy of the library, held in memory (the embedded sidebar
 * cannot open IndexedDB; it rebuilds this when the Port says snippets changed).
 *
 * Latin terms match as substrings, preferring word starts, and tolerate one
 * typo (two for long words) through a vocabulary of every word in the
 * library. Chinese queries are split with Intl.Segmenter: the whole query
 * typed as one run scores highest, otherwise every multi-character word must
 * appear, and single characters only add to the score.
 */
export function createSnippetIndex<T extends Searchable>(items: readonly T[], now = Date.now()) {
  const entries: Entry<T>[] = items.map((item) => ({
    item,
    shortcut: item.shortcut ? fold(item.shortcut) : '',
    title: fold(item.title),
    tags: item.tags.map(fold),
    body: fold(item.body),
    frecency: frecency(item, now),
  }));

  // Vocabulary for typo tolerance: word → the entries whose title, tags, shortcut or body contain it.
  const vocabulary = new Map<string, number[]>();
  entries.forEach((entry, index) => {
    const words = new Set([...wordsOf(entry.title), ...entry.tags.flatMap(wordsOf), ...wordsOf(entry.shortcut), ...wordsOf(entry.body)]);
    for (const word of words) {
      const list = vocabulary.get(word);
      if (list) list.push(index);
      else vocabulary.set(word, [index]);
    }
  });

  /** Entry index → score for one term that had no exact match there, through near-miss vocabulary words. */
  function fuzzyScores(term: string): Map<number, number> {
    const scores = new Map<number, number>();
    const allowed = term.length >= 8 ? 2 : 1;
    for (const [word, list] of vocabulary) {
      if (Math.abs(word.length - term.length) > allowed) continue;
      if (boundedEditDistance(word, term, allowed) > allowed) continue;
      for (const index of list) {
        const score = exactScore(entries[index]!, word) * WEIGHTS.fuzzyFactor;
        if (score > (scores.get(index) ?? 0)) scores.set(index, score);
      }
    }
    return scores;
  }

  function scoreTerm(term: Term, fuzzy: Map<string, Map<number, number>>, index: number): number {
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
    return term.fuzzy ? (fuzzy.get(term.text)?.get(index) ?? 0) : 0;
  }

  function scoreTerms(terms: Term[], fuzzy: Map<string, Map<number, number>>, index: number): number {
    let total = 0;
    for (const term of terms) {
      const score = scoreTerm(term, fuzzy, index);
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
      const fuzzy = new Map<string, Map<number, number>>();
      for (const term of terms) if (term.fuzzy && !fuzzy.has(term.text)) fuzzy.set(term.text, fuzzyScores(term.text));
      const hits: { entry: Entry<T>; score: number }[] = [];
      for (let index = 0; index < entries.length; index++) {
        const score = scoreTerms(terms, fuzzy, index);
        if (score > 0) hits.push({ entry: entries[index]!, score });
      }
      hits.sort((a, b) => b.score - a.score || b.entry.frecency - a.entry.frecency);
      return hits.slice(0, limit).map((hit) => ({ item: hit.entry.item, score: hit.score }));
    },
  };
}

export type SnippetIndex<T extends Searchable> = ReturnType<typeof createSnippetIndex<T>>;
