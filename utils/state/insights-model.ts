import { computed, signal } from '@preact/signals';
import * as v from 'valibot';
import type { InsightsView } from '../db/insights';
import type { Wording } from '../i18n';
import { FEW_USES, followedOf, medianChange, type ItemFigures } from '../insights/figures';
import { mergeSummaries, readSummary, summaryOf, summarySchema, type InsightSummary } from '../insights/summary';
import { labelOf } from '../packs/items';
import { request } from '../protocol/client';
import { outcomeRetentionDaysItem, readOutcomeRetentionDays, teamSummariesItem } from '../storage';

/** The periods Insights offers, in days; 0 is everything still kept. */
export const INSIGHT_PERIODS = [7, 30, 90, 0] as const;
export type InsightPeriod = (typeof INSIGHT_PERIODS)[number];
export const RETENTION_CHOICES = [30, 90, 180, 365] as const;

/** One row of the Insights table: the figures and what may honestly be said from them. */
export interface InsightRow extends ItemFigures {
  packName?: string;
  followed: number;
  /** Undefined when too few uses were answered to say anything. */
  median?: number;
}

export function rowOf<T extends Pick<ItemFigures, 'changes'>>(item: T): T & { followed: number; median?: number } {
  const followed = followedOf(item);
  const median = followed >= FEW_USES ? medianChange(item.changes) : undefined;
  return { ...item, followed, ...(median === undefined ? {} : { median }) };
}

const storedSummarySchema = v.object({ id: v.string(), summary: summarySchema });
type StoredSummary = { id: string; summary: InsightSummary };

/** What the team's figures are shown beside: each installed pack's name and its items' own words. */
export interface PackLabels {
  names: Record<string, string>;
  items: Record<string, string>;
}

async function loadPackLabels(): Promise<PackLabels> {
  const { sources } = await request('packs.overview', {});
  const labels: PackLabels = { names: {}, items: {} };
  for (const source of sources) {
    if (!source.packId) continue;
    labels.names[source.packId] = source.name ?? source.packId;
    for (const item of await request('packs.items', { packId: source.packId })) labels.items[`${source.packId}|${item.key}`] = labelOf(item.data);
  }
  return labels;
}

/**
 * The options page's Insights: the period chosen, the background's figures
 * for it, the retention setting, the anonymous summary this browser can
 * export, and the summaries a lead imported from agents.
 */
export function createInsightsModel(
  load: (from: number, to: number) => Promise<InsightsView> = (from, to) => request('outcomes.insights', { from, to }),
  labels: () => Promise<PackLabels> = loadPackLabels,
) {
  const period = signal<InsightPeriod>(30, { name: 'insights.period' });
  const view = signal<InsightsView | undefined>(undefined, { name: 'insights.view' });
  const retentionDays = signal<number>(180, { name: 'insights.retention' });
  const error = signal('', { name: 'insights.error' });
  const rows = computed<InsightRow[]>(() => (view.value?.items ?? []).map(rowOf));
  /** Exactly what an exported summary file holds, shown before it is saved. */
  const summary = computed(() => (view.value ? summaryOf(view.value.items, view.value.from, Math.max(view.value.from, view.value.to - 1)) : undefined));
  const summaryText = computed(() => (summary.value ? `${JSON.stringify(summary.value, null, 2)}\n` : ''));
  const previewing = signal(false, { name: 'insights.previewing' });
  const team = signal<StoredSummary[]>([], { name: 'insights.team' });
  const teamItems = computed(() => mergeSummaries(team.value.map((stored) => stored.summary)).map(rowOf));
  const packLabels = signal<PackLabels>({ names: {}, items: {} }, { name: 'insights.packLabels' });
  const teamMessage = signal<Wording | undefined>(undefined, { name: 'insights.teamMessage' });
  const teamError = signal('', { name: 'insights.teamError' });

  /** Stored summaries are checked again as they are read: anything that no longer parses is left out. */
  async function loadTeam(): Promise<void> {
    team.value = (await teamSummariesItem.getValue()).flatMap((entry) => {
      const parsed = v.safeParse(storedSummarySchema, entry);
      return parsed.success ? [parsed.output] : [];
    });
    packLabels.value = await labels().catch(() => packLabels.value);
  }

  async function refresh(now = Date.now()): Promise<void> {
    const days = period.value;
    try {
      view.value = await load(days ? now - days * 86_400_000 : 0, now + 1);
      error.value = '';
    } catch (caught) {
      error.value = caught instanceof Error ? caught.message : String(caught);
    }
  }

  return {
    period,
    view,
    rows,
    retentionDays,
    error,
    refresh,
    summary,
    summaryText,
    previewing,
    team,
    teamItems,
    packLabels,
    teamMessage,
    teamError,
    async start() {
      retentionDays.value = await readOutcomeRetentionDays();
      await Promise.all([refresh(), loadTeam()]);
    },
    /**
     * Agents' summary files, all or nothing: one malformed file refuses the
     * whole import with its name and the reason, and nothing is written.
     * A file already imported is counted once.
     */
    async importSummaries(files: { name: string; text: string }[]): Promise<void> {
      teamMessage.value = undefined;
      teamError.value = '';
      const read = files.map((file) => ({ name: file.name, result: readSummary(file.text) }));
      const refused = read.filter((entry) => !entry.result.ok);
      if (refused.length) {
        teamError.value = refused.map((entry) => `${entry.name}: ${entry.result.ok ? '' : entry.result.error}`).join('; ');
        return;
      }
      const known = new Set(team.value.map((stored) => stored.id));
      const fresh: StoredSummary[] = [];
      for (const { result } of read) {
        if (result.ok && !known.has(result.id)) {
          known.add(result.id);
          fresh.push({ id: result.id, summary: result.summary });
        }
      }
      await teamSummariesItem.setValue([...team.value, ...fresh]);
      await loadTeam();
      const skipped = files.length - fresh.length;
      teamMessage.value = (t) => t('insightsTeamImported', { count: fresh.length, skipped });
    },
    async forgetSummaries(): Promise<void> {
      await teamSummariesItem.setValue([]);
      teamMessage.value = undefined;
      await loadTeam();
    },
    choosePeriod(days: InsightPeriod) {
      period.value = days;
      return refresh();
    },
    /** Older records are pruned by the background as soon as this is stored. */
    async setRetention(days: number) {
      retentionDays.value = days;
      await outcomeRetentionDaysItem.setValue(days);
      await refresh();
    },
  };
}

export type InsightsModel = ReturnType<typeof createInsightsModel>;
