import { boundedEditDistance, hanRunsOf, isHan, isWordlike, wordsOf, type Term } from './text';

/**
 * Which snippets could contain a term, without scanning every snippet's text:
 * each distinct word maps to the snippets holding it, and each Chinese
 * character and character pair likewise. Search scores only the candidates of
 * its most selective term; the scoring itself stays exact.
 */
export function createPostings(texts: readonly string[]) {
  const words = new Map<string, number[]>();
  const han = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, index: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [index]);
    else if (list.at(-1) !== index) list.push(index);
  };
  texts.forEach((text, index) => {
    for (const word of wordsOf(text)) add(words, word, index);
    for (const run of hanRunsOf(text)) {
      for (let i = 0; i < run.length; i++) {
        add(han, run[i]!, index);
        if (i + 1 < run.length) add(han, run.slice(i, i + 2), index);
      }
    }
  });

  // Typo candidates differ in length by at most two, so the vocabulary is also kept by length.
  const wordsByLength = new Map<number, string[]>();
  for (const word of words.keys()) {
    const list = wordsByLength.get(word.length);
    if (list) list.push(word);
    else wordsByLength.set(word.length, [word]);
  }

  /** Marks instead of a Set: unions of long lists stay cheap. */
  function union(lists: readonly number[][]): number[] {
    const marked = new Uint8Array(texts.length);
    for (const list of lists) for (const index of list) marked[index] = 1;
    const found: number[] = [];
    marked.forEach((mark, index) => mark && found.push(index));
    return found;
  }

  /** The lists of snippets whose words contain the term, for terms of two or more letters or digits. */
  function wordLists(term: string): number[][] {
    const lists: number[][] = [];
    for (const [word, list] of words) if (word.includes(term)) lists.push(list);
    return lists;
  }

  /** Snippet → the words near `term` (a typo away) it holds; words containing the term match exactly already. */
  function nearWords(term: string): Map<number, string[]> {
    const near = new Map<number, string[]>();
    const allowed = term.length >= 8 ? 2 : 1;
    for (let length = term.length - allowed; length <= term.length + allowed; length++) {
      for (const word of wordsByLength.get(length) ?? []) {
        if (boundedEditDistance(word, term, allowed) > allowed) continue;
        for (const index of words.get(word)!) {
          const found = near.get(index);
          if (found) found.push(word);
          else near.set(index, [word]);
        }
      }
    }
    return near;
  }

  /** A Chinese run whole needs its first pair; found apart, its first two-character word's first pair. */
  function hanLists(term: Term): number[][] | undefined {
    const whole = han.get(term.text.slice(0, 2)) ?? [];
    if (!term.parts) return [whole];
    const required = term.parts.find((part) => part.required);
    return required ? [whole, han.get(required.text.slice(0, 2)) ?? []] : undefined;
  }

  function lists(term: Term, near: Map<number, string[]> | undefined): number[][] | undefined {
    if (isHan(term.text[0]!)) return hanLists(term);
    if (term.text.length < 2 || !isWordlike(term.text)) return undefined;
    const found = wordLists(term.text);
    if (near && near.size > 0) found.push([...near.keys()]);
    return found;
  }

  /**
   * The snippets that could match every term: those of the most selective
   * term, or undefined when no term narrows things down enough to beat a scan.
   */
  function candidates(terms: readonly { term: Term; near?: Map<number, string[]> }[]): number[] | undefined {
    let best: number[][] | undefined;
    let bestSize = texts.length / 2;
    for (const { term, near } of terms) {
      const found = lists(term, near);
      const size = found?.reduce((sum, list) => sum + list.length, 0) ?? Infinity;
      if (found && size < bestSize) [best, bestSize] = [found, size];
    }
    return best && union(best);
  }

  /**
   * Typo tolerance only where it is needed: a term found inside some word is
   * no typo (the agent is still typing it). Cached, as typing repeats terms.
   */
  const typoCache = new Map<string, Map<number, string[]> | undefined>();
  function typoWords(term: string): Map<number, string[]> | undefined {
    if (typoCache.has(term)) return typoCache.get(term);
    let found = false;
    for (const word of words.keys()) if ((found = word.includes(term))) break;
    const near = found ? undefined : nearWords(term);
    if (typoCache.size >= 32) typoCache.delete(typoCache.keys().next().value!);
    typoCache.set(term, near);
    return near;
  }

  return { typoWords, candidates };
}
