import { describe, expect, it } from 'vitest';
import { evaluateEngine } from './fixtures/dev-set';

// The quality gates, over the committed hand-labelled dev set (fixtures/dev-set.tsv).
describe('quality on the dev set', () => {
  const { rows } = evaluateEngine();

  it.each(['en', 'zh-Hans', 'zh-Hant'])('needs de-escalation F1 ≥ 0.90 in %s', (lang) => {
    const row = rows[`needs de-escalation (${lang})`]!;
    expect(row.n).toBeGreaterThanOrEqual(100);
    expect(row.f1).toBeGreaterThanOrEqual(0.9);
  });

  it('crisis: recall 1.0 and precision ≥ 0.9', () => {
    expect(rows.crisis!.positives).toBeGreaterThanOrEqual(20);
    expect(rows.crisis!.recall).toBe(1);
    expect(rows.crisis!.precision).toBeGreaterThanOrEqual(0.9);
  });

  it.each(['repeat_contact', 'churn_threat'])('%s F1 ≥ 0.85', (kind) => {
    expect(rows[kind]!.f1).toBeGreaterThanOrEqual(0.85);
  });

  it('agent drafts: escalating F1 ≥ 0.90', () => {
    expect(rows['escalating (agent drafts)']!.n).toBeGreaterThanOrEqual(60);
    expect(rows['escalating (agent drafts)']!.f1).toBeGreaterThanOrEqual(0.9);
  });
});
