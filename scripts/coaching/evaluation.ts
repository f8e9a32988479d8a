/**
 * Scores the engine on labelled lines (a corpus split or the old dev set), as
 * `npm run eval:coaching` prints it and the quality gates read it. Errors are
 * listed only when asked, and never for the test split (see evaluate.ts).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeMessage, type AnalyzeOptions } from '@/utils/coaching/analyze';
import { checkDraft } from '@/utils/coaching/draft';
import { CUSTOMER_KINDS, type Lang } from '@/utils/coaching/types';
import { LANGS, needsDeEscalation } from './corpus';
import { score, type Score } from './score';
export { fromCounts, score, type Score } from './score';
export { loadGoEmotions } from './goemotions';

export interface LabelledLine {
  id: string;
  role: 'customer' | 'agent';
  lang: Lang;
  labels: Set<string>;
  text: string;
}

/** The engine's results: rows keyed like "needs de-escalation (en)", "crisis (zh-Hant)" or "anger". */
export function evaluateLines(lines: readonly LabelledLine[], options: AnalyzeOptions = {}) {
  const customers = lines.filter((l) => l.role === 'customer').map((line) => ({ line, fired: new Set<string>(analyzeMessage(line.text, options).signals.map((s) => s.kind)) }));
  const drafts = lines.filter((l) => l.role === 'agent').map((line) => ({ line, fired: checkDraft(line.text).length > 0 }));
  const rows: Record<string, Score> = {};
  for (const lang of LANGS) {
    const mine = customers.filter((c) => c.line.lang === lang);
    if (!mine.length) continue;
    rows[`needs de-escalation (${lang})`] = score(mine.map((c) => ({ gold: needsDeEscalation(c.line.labels), predicted: needsDeEscalation(c.fired) })));
    for (const kind of ['crisis', 'repeat_contact', 'churn_threat']) rows[`${kind} (${lang})`] = score(mine.map((c) => ({ gold: c.line.labels.has(kind), predicted: c.fired.has(kind) })));
  }
  for (const kind of CUSTOMER_KINDS) rows[kind] = score(customers.map((c) => ({ gold: c.line.labels.has(kind), predicted: c.fired.has(kind) })));
  for (const lang of LANGS) {
    const mine = drafts.filter((d) => d.line.lang === lang);
    if (mine.length) rows[`escalating drafts (${lang})`] = score(mine.map((d) => ({ gold: d.line.labels.has('escalating'), predicted: d.fired })));
  }
  if (drafts.length) rows['escalating drafts'] = score(drafts.map((d) => ({ gold: d.line.labels.has('escalating'), predicted: d.fired })));
  const errors = [
    ...customers.flatMap((c) => {
      const missed = [...c.line.labels].filter((k) => !c.fired.has(k));
      const extra = [...c.fired].filter((k) => !c.line.labels.has(k));
      return missed.length || extra.length ? [`${c.line.id} missed=${missed.join(',')} extra=${extra.join(',')} ${c.line.text}`] : [];
    }),
    ...drafts.flatMap((d) => (d.line.labels.has('escalating') !== d.fired ? [`${d.line.id} escalating gold=${d.line.labels.has('escalating')} ${d.line.text}`] : [])),
  ];
  return { rows, errors };
}

/** Plain customer lines (no label at all) that raise a crisis check-in: what an agent would see as false alarms. */
export function plainCheckIns(lines: readonly LabelledLine[]): { lines: number; checkIns: number } {
  const plain = lines.filter((l) => l.role === 'customer' && !l.labels.size);
  return { lines: plain.length, checkIns: plain.filter((l) => analyzeMessage(l.text).signals.some((s) => s.kind === 'crisis')).length };
}

/** The old hand-labelled dev set (data/dev-set.tsv), now a regression check rather than the target. */
export function loadDevSet(path = resolve('data/dev-set.tsv')): LabelledLine[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line, index) => {
      const [id, role, lang, labels, text, extra] = line.split('\t');
      if (!id || (role !== 'customer' && role !== 'agent') || !LANGS.includes(lang as Lang) || !labels || text === undefined || extra !== undefined) {
        throw new Error(`dev-set.tsv data line ${index + 1}: expected 5 tab-separated columns id, role, lang, labels, text`);
      }
      return { id, role, lang: lang as Lang, labels: new Set(labels === '-' ? [] : labels.split(',')), text };
    });
}

/** The engine's "needs attention" on real comments: anger or distress fires. */
export function engineOnGoEmotions(items: readonly { text: string; gold: boolean }[]): Score {
  return score(items.map((i) => ({ gold: i.gold, predicted: analyzeMessage(i.text, { lang: 'en' }).signals.some((s) => s.kind === 'anger' || s.kind === 'distress') })));
}

/** Best F1 over every threshold on a negativity score (higher = more negative): a baseline at its most favourable. */
export function bestThreshold(values: readonly { gold: boolean; negativity: number }[]): { s: Score; threshold: number } {
  const sorted = [...values].sort((a, b) => b.negativity - a.negativity);
  const positives = values.filter((v) => v.gold).length;
  let best = { s: score([]), threshold: 0 };
  best.s.f1 = -1;
  let tp = 0;
  let fp = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (sorted[i]!.gold) tp++;
    else fp++;
    if (i + 1 < sorted.length && sorted[i + 1]!.negativity === sorted[i]!.negativity) continue;
    const precision = tp / (tp + fp);
    const recall = positives ? tp / positives : 1;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    if (f1 > best.s.f1) best = { s: { n: values.length, positives, tp, fp, precision, recall, f1 }, threshold: sorted[i]!.negativity };
  }
  return best;
}
