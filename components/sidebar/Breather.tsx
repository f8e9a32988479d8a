import { useT } from '../i18n';

/** A short, optional nudge for the agent after heat: emotional labour is the job's hidden cost. */
export function Breather({ onDismiss }: { onDismiss: () => void }) {
  const t = useT();
  return (
    <section class="card breather" aria-labelledby="breather-heading" data-testid="breather">
      <h2 id="breather-heading">{t('breatherHeading')}</h2>
      <p>{t('breatherBody')}</p>
      <button type="button" onClick={onDismiss}>
        {t('breatherDone')}
      </button>
    </section>
  );
}
