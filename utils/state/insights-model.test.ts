import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { InsightsView } from '../db/insights';
import { figuresOf } from '../insights/figures';
import { summaryOf } from '../insights/summary';
import { outcomeRetentionDaysItem, teamSummariesItem } from '../storage';
import { createInsightsModel } from './insights-model';

const PACK = 'com.example.team';
const use = (after: number[], before = 0.8) => ({ kind: 'suggestion' as const, itemId: 'coaching:ack', packId: PACK, packVersion: '1.0.0', itemKey: 'coaching:ack', temperatureBefore: before, temperaturesAfter: after });
const view = (items: ReturnType<typeof figuresOf>): InsightsView => ({ from: 0, to: 86_400_001, inserts: items.reduce((n, i) => n + i.uses, 0), items });
const labels = async () => ({ names: { [PACK]: 'Team pack' }, items: { [`${PACK}|coaching:ack`]: 'I hear you.' } });

beforeEach(() => fakeBrowser.reset());

describe('insights model', () => {
  it('marks items with too few answered uses instead of giving them a median', async () => {
    const periods: number[] = [];
    const figures = figuresOf([use([0.4]), use([0.5]), use([0.6]), use([0.3]), use([]), { ...use([0.2]), itemId: 'mine', packId: undefined, itemKey: undefined }]);
    const model = createInsightsModel(async (from) => (periods.push(from), view(figures)), labels);
    await model.start();
    expect(model.rows.value.map((row) => [row.itemId, row.uses, row.followed, row.median])).toEqual([
      ['coaching:ack', 5, 4, undefined],
      ['mine', 1, 1, undefined],
    ]);
    await model.choosePeriod(0);
    expect(periods.at(-1)).toBe(0);
  });

  it('the retention setting is stored for the background to prune by', async () => {
    const model = createInsightsModel(async () => view([]), labels);
    await model.setRetention(30);
    expect(await outcomeRetentionDaysItem.getValue()).toBe(30);
  });

  it('imports agents’ summaries all or nothing, counts a repeated file once, and merges them per pack item', async () => {
    const model = createInsightsModel(async () => view([]), labels);
    await model.start();
    const one = JSON.stringify(summaryOf(figuresOf([use([0.4]), use([0.5]), use([0.6])]), 0, 86_400_000));
    const two = JSON.stringify(summaryOf(figuresOf([use([0.3]), use([0.9]), use([])]), 0, 86_400_000));

    await model.importSummaries([{ name: 'ana.json', text: one }, { name: 'bad.json', text: '{"format":"undertone-insight-summary"}' }]);
    expect(model.teamError.value).toMatch(/^bad\.json: /);
    expect(await teamSummariesItem.getValue()).toEqual([]);

    await model.importSummaries([{ name: 'ana.json', text: one }, { name: 'ben.json', text: two }, { name: 'ana-again.json', text: one }]);
    expect(model.teamError.value).toBe('');
    expect(model.team.value).toHaveLength(2);
    const [row] = model.teamItems.value;
    expect(row).toMatchObject({ packId: PACK, itemKey: 'coaching:ack', agents: 2, uses: 6, followed: 5 });
    // −0.4, −0.3, −0.2, −0.5, +0.1 → median −0.3
    expect(row!.median).toBe(-0.3);
    expect(model.packLabels.value.items[`${PACK}|coaching:ack`]).toBe('I hear you.');

    await model.forgetSummaries();
    expect(model.teamItems.value).toEqual([]);
  });
});
