import { useT } from '../i18n';

export interface DraftWarningView {
  phrase: string;
  why: string;
  alternative: string;
}

/** Escalating phrasing in the agent's own draft, each with a gentler alternative it can swap in. */
export function DraftWarnings({ warnings, onReplace }: { warnings: readonly DraftWarningView[]; onReplace: (index: number) => void }) {
  const t = useT();
  if (warnings.length === 0) return null;
  return (
    <section class="card draft-warnings" aria-labelledby="draft-heading" data-testid="draft-warnings">
      <h2 id="draft-heading">{t('draftHeading')}</h2>
      <ul>
        {warnings.map((w, i) => (
          <li key={`${w.phrase}-${i}`}>
            <p>{t('draftWarning', { phrase: w.phrase, why: w.why })}</p>
            <p class="alternative">
              {t('draftTry')} <q>{w.alternative}</q>
            </p>
            <button type="button" aria-label={t('replace')} title={t('replaceTitle', { phrase: w.phrase })} onClick={() => onReplace(i)}>
              {t('replace')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
