import type { InsightsModel } from '@/utils/state/insights-model';
import { useT } from '../../i18n';
import { ChangeDots, spreadCounts } from './ChangeDots';
import { signed } from './figures-text';
import { saveFile } from '@/utils/save-file';

/** An agent's side: the anonymous summary, shown exactly as it will be saved, then saved. */
export function SummaryExport({ model }: { model: InsightsModel }) {
  const t = useT();
  const summary = model.summary.value;
  if (!summary) return null;
  return (
    <section class="card editor" aria-labelledby="summary-heading" data-testid="summary-export">
      <h3 id="summary-heading">{t('insightsSummaryHeading')}</h3>
      <p class="hint">{t('insightsSummaryHint', { count: summary.items.length })}</p>
      <div class="actions">
        <button onClick={() => (model.previewing.value = !model.previewing.value)} aria-expanded={model.previewing.value}>
          {t(model.previewing.value ? 'insightsSummaryHide' : 'insightsSummaryShow')}
        </button>
        {model.previewing.value && (
          <button class="primary" onClick={() => saveFile(`undertone-insights-${summary.to}.json`, model.summaryText.value)}>
            {t('insightsSummarySave')}
          </button>
        )}
      </div>
      {model.previewing.value && (
        <pre class="summary-preview" data-testid="summary-preview" tabIndex={0} aria-label={t('insightsSummaryPreview')}>
          {model.summaryText.value}
        </pre>
      )}
    </section>
  );
}

/** A lead's side: agents' summaries imported here, their figures per pack item beside the pack's own words. */
export function TeamInsights({ model }: { model: InsightsModel }) {
  const t = useT();
  const { names, items: labels } = model.packLabels.value;
  const rows = model.teamItems.value;
  return (
    <section class="card editor" aria-labelledby="team-heading" data-testid="team-insights">
      <h3 id="team-heading">{t('insightsTeamHeading')}</h3>
      <p class="hint">{t('insightsTeamHint')}</p>
      <label class="field">
        <span>{t('insightsTeamImport')}</span>
        <input
          type="file"
          multiple
          accept=".json,application/json"
          data-testid="summary-files"
          onChange={async (event) => {
            const input = event.currentTarget;
            const files = await Promise.all([...(input.files ?? [])].map(async (file) => ({ name: file.name, text: await file.text() })));
            input.value = '';
            if (files.length) await model.importSummaries(files);
          }}
        />
      </label>
      {model.teamError.value && <p class="error" role="alert" data-testid="team-error">{t('insightsTeamRefused', { reasons: model.teamError.value })}</p>}
      {model.teamMessage.value && <p role="status" data-testid="team-message">{model.teamMessage.value(t)}</p>}
      {rows.length > 0 && (
        <>
          <p class="hint" data-testid="team-count">{t('insightsTeamCount', { count: model.team.value.length })}</p>
          <table class="preview-table insights-table">
            <thead>
              <tr>
                <th scope="col">{t('insightsTeamPack')}</th>
                <th scope="col">{t('insightsItem')}</th>
                <th scope="col">{t('insightsTeamAgents')}</th>
                <th scope="col">{t('insightsUsed')}</th>
                <th scope="col">{t('insightsAnswered')}</th>
                <th scope="col">{t('insightsMedian')}</th>
                <th scope="col">{t('insightsSpread')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const key = `${row.packId}|${row.itemKey}`;
                return (
                  <tr key={key} data-testid="team-row" data-item={row.itemKey} data-few={String(row.median === undefined)}>
                    <td>{names[row.packId] ?? row.packId}</td>
                    <td>{labels[key] ?? row.itemKey}</td>
                    <td>{row.agents}</td>
                    <td>{row.uses}</td>
                    <td>{t('insightsAnsweredOf', { followed: row.followed, uses: row.uses })}</td>
                    <td data-testid="team-median">
                      {row.median === undefined ? <span class="few">{t('insightsTooFew', { count: row.followed })}</span> : t('insightsMedianValue', { value: signed(row.median), count: row.followed })}
                    </td>
                    <td>{row.followed > 0 && <ChangeDots changes={row.changes} label={t('insightsSpreadLabel', spreadCounts(row.changes))} />}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <div class="actions">
            <button onClick={() => void model.forgetSummaries()}>{t('insightsTeamForget')}</button>
          </div>
        </>
      )}
    </section>
  );
}
