/** Evidence spans only a space or two apart read as one phrase: "kill | myself" is marked as "kill myself". */
function asPhrases(text: string, spans: readonly (readonly [number, number])[]): [number, number][] {
  const sorted = [...spans].filter(([s, e]) => e > s && s >= 0 && e <= text.length).sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const phrases: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = phrases.at(-1);
    if (last && start <= last[1] + 2 && /^\s*$/.test(text.slice(last[1], Math.max(start, last[1])))) last[1] = Math.max(last[1], end);
    else phrases.push([start, end]);
  }
  return phrases;
}

/** The message with the words that triggered coaching marked. Built from text nodes only: never HTML. */
export function Highlighted({ text, spans }: { text: string; spans: readonly (readonly [number, number])[] }) {
  const parts: preact.ComponentChildren[] = [];
  let at = 0;
  for (const [start, end] of asPhrases(text, spans)) {
    if (start < at) continue; // overlapping evidence: the first span wins
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}
