import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';

/** One measured figure, beside its budget and, where one exists, a peer measured in the same run. */
export interface Row {
  area: string;
  metric: string;
  value: number;
  unit: 'ms' | 'KB' | 'MB' | 'count';
  /** Name of the budget in budgets.json (timesMs or bundlesKbGzip), if it has one. */
  budget?: number;
  peer?: { name: string; value: number };
}

export const budgets = JSON.parse(readFileSync('budgets.json', 'utf8')) as {
  timesMs: Record<string, number>;
  bundlesKbGzip: Record<string, number>;
};

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export function machine(): string {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `${cpus().length} cores (${cpu}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load ${loadavg()[0]!.toFixed(2)}`;
}

const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 1 ? n.toFixed(2) : n.toFixed(4));

/** A Markdown table, so the same output goes into the README. */
export function table(rows: readonly Row[]): string {
  const lines = ['| Area | Measure | Value | Budget | Peer (×: peer time ÷ ours) |', '|---|---|---|---|---|'];
  for (const r of rows) {
    const budget = r.budget === undefined ? '' : `${fmt(r.budget)} ${r.unit} ${r.value <= r.budget ? 'ok' : '**over**'}`;
    const peer = r.peer ? `${r.peer.name} ${fmt(r.peer.value)} ${r.unit} (×${fmt(r.peer.value / r.value)})` : '';
    lines.push(`| ${r.area} | ${r.metric} | ${fmt(r.value)} ${r.unit} | ${budget} | ${peer} |`);
  }
  return lines.join('\n');
}

/** Sub-benchmarks print their own table when run alone, or write rows where the orchestrator asks. */
export function report(rows: Row[]): void {
  const out = process.env.BENCH_JSON;
  if (out) writeFileSync(out, JSON.stringify(rows));
  else console.log(table(rows));
}
