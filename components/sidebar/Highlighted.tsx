/** The message with the words that triggered coaching marked. Built from text nodes only: never HTML. */
export function Highlighted({ text, spans }: { text: string; spans: readonly (readonly [number, number])[] }) {
  const sorted = [...spans].filter(([s, e]) => e > s && s >= 0 && e <= text.length).sort((a, b) => a[0] - b[0]);
  const parts: preact.ComponentChildren[] = [];
  let at = 0;
  for (const [start, end] of sorted) {
    if (start < at) continue; // overlapping evidence: the first span wins
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}
