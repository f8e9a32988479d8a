import type { ShiftSummary as Summary } from '@/utils/db/people';
import type { Language } from '@/utils/i18n';
import { useT } from '../i18n';
import { timeFormat } from './format';

/** What went well this shift, opened only when the agent asks for it: counts and the customers' own words of thanks, never a score. */
export function ShiftSummary({ summary, language, onClose }: { summary: Summary; language: Language; onClose: () => void }) {
  const t = useT();
  const format = timeFormat(language);
  return (
    <section class="card shift-summary" aria-labelledby="summary-heading" data-testid="shift-summary">
      <h2 id="summary-heading">{t('summaryHeading')}</h2>
      <p class="hint">{t('summaryPrivate')}</p>
      <ul class="summary-counts">
        <li>{t('summaryConversations', { count: summary.conversations })}</li>
        <li>{t('summaryCooled', { count: summary.cooled })}</li>
        <li>{t('summaryThanks', { count: summary.wins.length })}</li>
        <li>{t('summaryKept', { count: summary.promisesKept.length })}</li>
      </ul>
      {summary.wins.length === 0 ? (
        <p class="muted">{t('summaryNoThanks')}</p>
      ) : (
        <ul class="wins" data-testid="wins">
          {summary.wins.map((win) => (
            <li key={win.id}>
              <blockquote>{win.text}</blockquote>
              <p class="muted">
                {win.customerLabel ? `${win.customerLabel} · ` : ''}
                {format.format(win.at)}
              </p>
            </li>
          ))}
        </ul>
      )}
      <button type="button" onClick={onClose}>
        {t('summaryClose')}
      </button>
    </section>
  );
}
