import { CHANGE_STEPS, changeAtStep } from '@/utils/insights/figures';

const WIDTH = 126;
const HEIGHT = 30;
const DOT = 3;

/**
 * Every answered use as one dot at its change, from calmer (left) to hotter
 * (right), stacked where several fall on one step: a reader sees how few or
 * how many there are and how they spread, which a bar or a trend line would
 * hide. Plain SVG, drawn from numbers only.
 */
export function ChangeDots({ changes, label }: { changes: readonly number[]; label: string }) {
  const x = (step: number) => 3 + (step * (WIDTH - 6)) / (CHANGE_STEPS - 1);
  const dots = changes.flatMap((count, step) =>
    Array.from({ length: Math.min(count, 4) }, (_, i) => <circle key={`${step}-${i}`} cx={x(step)} cy={HEIGHT - 4 - i * (DOT * 2 + 1)} r={DOT} />),
  );
  const more = changes.flatMap((count, step) => (count > 4 ? [<text key={`more-${step}`} x={x(step)} y={7} text-anchor="middle">+</text>] : []));
  return (
    <svg class="change-dots" width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label} data-testid="change-dots">
      <line x1={x(10)} x2={x(10)} y1={0} y2={HEIGHT} class="zero" />
      <line x1={0} x2={WIDTH} y1={HEIGHT - 0.5} y2={HEIGHT - 0.5} class="axis" />
      {dots}
      {more}
      <title>{label}</title>
    </svg>
  );
}

/** "calmer 5, about the same 2, hotter 1" from the counts, for the chart's accessible name. */
export function spreadCounts(changes: readonly number[]) {
  let calmer = 0;
  let same = 0;
  let hotter = 0;
  changes.forEach((count, step) => {
    const change = changeAtStep(step);
    if (change < 0) calmer += count;
    else if (change > 0) hotter += count;
    else same += count;
  });
  return { calmer, same, hotter };
}
