import type { Span } from './types';

/** All non-empty matches of a global regex; the regex's own state is reset first. */
export function matchSpans(re: RegExp, text: string): Span[] {
  const spans: Span[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

export const overlaps = (a: Span, b: Span) => a[0] < b[1] && b[0] < a[1];

/** Sorted, de-duplicated, with overlapping spans merged. */
export function mergeSpans(spans: Span[], limit = 8): Span[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Span[] = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last && s[0] < last[1]) last[1] = Math.max(last[1], s[1]);
    else merged.push([s[0], s[1]]);
  }
  return merged.slice(0, limit);
}

/** Spans (sorted by start) that touch none of the blockers; one linear sweep, as both lists can be long in a 100 KB message. */
export function withoutOverlaps(spans: Span[], blockers: readonly Span[]): Span[] {
  if (!blockers.length) return spans;
  const merged = mergeSpans([...blockers], Infinity);
  const kept: Span[] = [];
  let b = 0;
  for (const span of spans) {
    while (b < merged.length && merged[b]![1] <= span[0]) b++;
    const blocker = merged[b];
    if (!blocker || blocker[0] >= span[1]) kept.push(span);
  }
  return kept;
}
