import { useSignal } from '@preact/signals';
import { useT } from '../i18n';

export interface TemperaturePoint {
  id: string;
  /** 0 calm … 1 very heated. */
  temperature: number;
  text: string;
}

const WIDTH = 280;
const HEIGHT = 56;
const PAD = 6;

/** One dot per customer message; hover or focus a dot to read the message it stands for. Plain SVG. */
export function TemperatureTimeline({ points }: { points: readonly TemperaturePoint[] }) {
  const t = useT();
  const active = useSignal<string | undefined>(undefined);
  if (points.length === 0) return null;
  const step = points.length > 1 ? (WIDTH - 2 * PAD) / (points.length - 1) : 0;
  const xy = points.map((p, i) => [PAD + i * step, PAD + (1 - Math.min(1, Math.max(0, p.temperature))) * (HEIGHT - 2 * PAD)] as const);
  const shown = points.find((p) => p.id === active.value) ?? points.at(-1)!;

  return (
    <section class="card timeline" aria-labelledby="timeline-heading" data-testid="timeline">
      <h2 id="timeline-heading">{t('timelineHeading')}</h2>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" height={HEIGHT} role="group" aria-label={t('timelineHeading')}>
        <line x1={PAD} x2={WIDTH - PAD} y1={HEIGHT / 2} y2={HEIGHT / 2} class="midline" />
        {xy.length > 1 && <polyline points={xy.map(([x, y]) => `${x},${y}`).join(' ')} class="trend" />}
        {points.map((p, i) => (
          <circle
            key={p.id}
            cx={xy[i]![0]}
            cy={xy[i]![1]}
            r={p.id === shown.id ? 5 : 3.5}
            class={`point ${p.temperature >= 0.6 ? 'hot' : p.temperature >= 0.3 ? 'warm' : 'calm'}`}
            tabIndex={0}
            role="img"
            aria-label={t('timelinePoint', { n: i + 1, score: Math.round(p.temperature * 100), text: p.text.slice(0, 140) })}
            onMouseEnter={() => (active.value = p.id)}
            onFocus={() => (active.value = p.id)}
            data-testid="timeline-point"
          />
        ))}
      </svg>
      <p class="timeline-message" data-testid="timeline-message">
        {shown.text}
      </p>
    </section>
  );
}
