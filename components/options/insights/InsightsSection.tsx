import { useEffect, useMemo } from 'preact/hooks';
import type { Translate } from '@/utils/i18n';
import { FEW_USES } from '@/utils/insights/figures';
import { createInsightsModel, INSIGHT_PERIODS, RETENTION_CHOICES, type InsightRow } from '@/utils/state/insights-model';
import { useT } from '../../i18n';
import { ChangeDots, spreadCounts } from './ChangeDots';
import { signed } from './figures-text';
import { SummaryExport, TeamInsights } from './TeamInsights';
import './insights.css';


function sourceOf(row: InsightRow, t: Translate): string {
  if (row.packId) return row.packName ?? row.packId;
  return t(row.itemId.startsWith('builtin:') ? 'insightsBuiltIn' : 'insightsYours');
}

/** What calmed customers: per phrasing and snippet, uses and the median temperature change after, each figure with its count. */
export function InsightsSection() {
  const t = useT();
  const model = useMemo(() => createInsightsModel(), []);
  useEffect(() => void model.start(), []);
  const rows = model.rows.value;
  return (
    <section aria-labelledby="insights-heading" data-testid="insights">
      <h2 id="insights-heading">{t('insightsHeading')}</h2>
      <p class="hint">{t('insightsHint', { few: FEW_USES })}</p>
      <div class="toolbar">
        <label>
          {t('insightsPeriod')}{' '}
          <select value={model.period.value} onChange={(event) => void model.choosePeriod(Number(event.currentTarget.value) as (typeof INSIGHT_PERIODS)[number])}>
            {INSIGHT_PERIODS.map((days) => (
              <option key={days} value={days}>{days ? t('insightsLastDays', { days }) : t('insightsAllKept')}</option>
            ))}
          </select>
        </label>
        <label>
          {t('insightsRetention')}{' '}
          <select value={model.retentionDays.value} onChange={(event) => void model.setRetention(Number(event.currentTarget.value))}>
            {[...new Set([...RETENTION_CHOICES, model.retentionDays.value])].sort((a, b) => a - b).map((days) => (
              <option key={days} value={days}>{t('insightsDays', { days })}</option>
            ))}
          </select>
        </label>
        {model.view.value && <span class="hint" data-testid="insights-total">{t('insightsTotal', { count: model.view.value.inserts })}</span>}
      </div>
      {model.error.value && <p class="error" role="alert">{t('failedBecause', { reason: model.error.value })}</p>}
      {model.view.value && rows.length === 0 && <p class="empty">{t('insightsEmpty')}</p>}
      {rows.length > 0 && (
        <table class="preview-table insights-table">
          <thead>
            <tr>
              <th scope="col">{t('insightsItem')}</th>
              <th scope="col">{t('insightsSource')}</th>
              <th scope="col">{t('insightsUsed')}</th>
              <th scope="col">{t('insightsAnswered')}</th>
              <th scope="col">{t('insightsMedian')}</th>
              <th scope="col">{t('insightsSpread')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => <Row key={row.key} row={row} />)}
          </tbody>
        </table>
      )}
      <SummaryExport model={model} />
      <TeamInsights model={model} />
    </section>
  );
}

function Row({ row }: { row: InsightRow }) {
  const t = useT();
  const spread = spreadCounts(row.changes);
  return (
    <tr data-testid="insight-row" data-item={row.itemKey ?? row.itemId} data-few={String(row.median === undefined)}>
      <td>{row.label ?? row.itemId}</td>
      <td>{sourceOf(row, t)}{row.versions.length > 0 && <span class="hint"> {row.versions.map((version) => `v${version}`).join(', ')}</span>}</td>
      <td>{row.uses}</td>
      <td>{t('insightsAnsweredOf', { followed: row.followed, uses: row.uses })}</td>
      <td data-testid="insight-median">
        {row.median === undefined ? <span class="few">{t('insightsTooFew', { count: row.followed })}</span> : t('insightsMedianValue', { value: signed(row.median), count: row.followed })}
      </td>
      <td>{row.followed > 0 && <ChangeDots changes={row.changes} label={t('insightsSpreadLabel', spread)} />}</td>
    </tr>
  );
}
