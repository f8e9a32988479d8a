import { useT } from '../i18n';

export interface Hotline {
  name: string;
  number: string;
  note?: string;
}

/**
 * Pinned above everything until the agent acknowledges it. It offers a
 * protocol, never a phrase to insert: nothing is inserted automatically.
 */
export function CrisisCard({ steps, hotlines, onAcknowledge }: { steps: readonly string[]; hotlines: readonly Hotline[]; onAcknowledge: () => void }) {
  const t = useT();
  return (
    <section class="card crisis" role="alert" aria-labelledby="crisis-heading" data-testid="crisis-card">
      <h2 id="crisis-heading">{t('crisisHeading')}</h2>
      <ol>
        {steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      {hotlines.length > 0 && (
        <ul class="hotlines" aria-label={t('crisisHotlines')}>
          {hotlines.map((line) => (
            <li key={line.number}>
              <strong>{line.number}</strong> {line.name}
              {line.note ? <span class="muted"> · {line.note}</span> : null}
            </li>
          ))}
        </ul>
      )}
      <button type="button" class="primary" onClick={onAcknowledge}>
        {t('crisisAcknowledge')}
      </button>
    </section>
  );
}
