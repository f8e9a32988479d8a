/**
 * Firing thresholds from the calibration split (never the test split): each
 * kind at its best F1; crisis recall-first (the lowest threshold that keeps
 * precision at PRECISION_FLOOR, a clear crisis rule counting as detected), and
 * the clear tier at its best F1 among the crisis lines.
 */
import { sentenceProbability, type createModel } from '@/utils/coaching/model';
import type { Lang } from '@/utils/coaching/types';
import { needsDeEscalation, type CorpusLine } from './corpus';
import { score } from './score';
import { HEADS, featuresOf, type Head, type Normaliser } from './training-data';

export interface Scored {
  line: CorpusLine;
  p: Record<Head, number>;
  named: string[];
  /** The crisis head where a clear rule fired: the whole message or the rule's own sentence, whichever is higher (as analyze judges a veto). */
  clearCrisis: number;
}

type Model = ReturnType<typeof createModel>;

/** Every head's probability for each line, as the engine computes it: what thresholds are chosen from. */
export function scoreLines(model: Model, normaliser: Normaliser, lines: readonly CorpusLine[]): Scored[] {
  return lines.map((line) => {
    const { norm, named, clearCrisis } = featuresOf(line.text, line.role, normaliser);
    const scores = model.score(norm, named);
    const p = Object.fromEntries(HEADS.map((h) => [h, scores[h]!.probability])) as Record<Head, number>;
    return { line, p, named, clearCrisis: Math.max(p.crisis, ...clearCrisis.map((span) => sentenceProbability(model, norm, span, named, 'crisis'))) };
  });
}

/** The whole-message head on real comments with their gold, for the English threshold (see chooseThresholds). */
export function scoreRealText(model: Model, normaliser: Normaliser, comments: readonly { text: string; gold: boolean }[]): { p: number; gold: boolean }[] {
  return comments.map((comment) => {
    const { norm, named } = featuresOf(comment.text, 'customer', normaliser);
    return { p: model.score(norm, named).attention!.probability, gold: comment.gold };
  });
}

export interface Thresholds {
  anger: number;
  distress: number;
  confusion: number;
  urgency: number;
  repeat_contact: number;
  churn_threat: number;
  /** `possible` per language: each language's writers veil risk differently. */
  /** `ruled`: how sure the head must be when only a possible-tier rule (a farewell, a veiled phrase) fired. */
  crisis: { possible: Record<Lang, number>; crisis: number; veto: number; ruled: number };
  /** Per language: English also has to serve real comments (see chooseThresholds). */
  attention: Record<Lang, number>;
  escalating: number;
}

const CANDIDATES = Array.from({ length: 95 }, (_, i) => Number((0.03 + i * 0.01).toFixed(2)));
/**
 * The possible tier is a gentle check-in, never an alarm: a missed crisis costs far more than a question
 * to someone who is fine, so its threshold keeps recall high and lets precision fall this far.
 */
const PRECISION_FLOOR = 0.75;
const VETOES = [0, 0.005, 0.01, 0.02, 0.03, 0.05, 0.08, 0.12];

function bestF1(items: Scored[], gold: (s: Scored) => boolean, p: (s: Scored) => number): number {
  let best = { t: 0.5, f1: -1 };
  for (const t of CANDIDATES) {
    const { f1 } = score(items.map((s) => ({ gold: gold(s), predicted: p(s) >= t })));
    if (f1 > best.f1) best = { t, f1 };
  }
  return best.t;
}

/**
 * `realText` is the whole-message head's probability on real English comments
 * with their gold (GoEmotions dev, never its test split): the English attention
 * threshold serves both chat lines and real people's writing, so it is chosen on
 * the two together; each Chinese one on its own chat lines.
 */
function bestJointF1(customers: readonly Scored[], realText: readonly { p: number; gold: boolean }[]): number {
  let best = { t: 0.5, f1: -1 };
  for (const t of CANDIDATES) {
    const chat = score(customers.map((s) => ({ gold: needsDeEscalation(s.line.labels), predicted: s.p.attention >= t }))).f1;
    const real = realText.length ? score(realText.map((r) => ({ gold: r.gold, predicted: r.p >= t }))).f1 : chat;
    if (chat + real > best.f1) best = { t, f1: chat + real };
  }
  return best.t;
}

export function chooseThresholds(scored: Scored[], realText: readonly { p: number; gold: boolean }[] = [], precisionFloor = PRECISION_FLOOR): Thresholds {
  const customers = scored.filter((s) => s.line.role === 'customer');
  const drafts = scored.filter((s) => s.line.role === 'agent');
  const kind = (k: Exclude<Head, 'escalating' | 'crisis' | 'attention'>) => bestF1(customers, (s) => s.line.labels.has(k), (s) => s.p[k]);

  const clearRule = (s: Scored) => s.named.includes('crisis:crisis');
  // One veto for all languages (it overrules clear rules, which are shared), then each language's possible threshold.
  let possible = { t: 0.5, veto: 0, recall: -1, precision: 0 };
  for (const veto of VETOES) {
    for (const t of CANDIDATES) {
      const r = score(customers.map((s) => ({ gold: s.line.labels.has('crisis'), predicted: (clearRule(s) && s.clearCrisis >= veto) || s.p.crisis >= t })));
      if (r.precision >= precisionFloor && (r.recall > possible.recall || (r.recall === possible.recall && r.precision > possible.precision))) possible = { t, veto, recall: r.recall, precision: r.precision };
    }
  }
  const possibleIn = (lang: Lang) => {
    const mine = customers.filter((s) => s.line.lang === lang);
    let best = { t: possible.t, recall: -1, precision: 0 };
    for (const t of CANDIDATES) {
      const r = score(mine.map((s) => ({ gold: s.line.labels.has('crisis'), predicted: (clearRule(s) && s.clearCrisis >= possible.veto) || s.p.crisis >= t })));
      if (r.precision >= precisionFloor && (r.recall > best.recall || (r.recall === best.recall && r.precision > best.precision))) best = { t, recall: r.recall, precision: r.precision };
    }
    return best.t;
  };
  const possibleAt = { en: possibleIn('en'), 'zh-Hans': possibleIn('zh-Hans'), 'zh-Hant': possibleIn('zh-Hant') };
  const veiledRule = (s: Scored) => s.named.includes('crisis:possible');
  let ruled = { t: 1, recall: -1, precision: 0 };
  for (const t of CANDIDATES) {
    const r = score(
      customers.map((s) => ({
        gold: s.line.labels.has('crisis'),
        predicted: (clearRule(s) && s.clearCrisis >= possible.veto) || s.p.crisis >= possibleAt[s.line.lang] || (veiledRule(s) && s.p.crisis >= t),
      })),
    );
    if (r.precision >= precisionFloor && (r.recall > ruled.recall || (r.recall === ruled.recall && r.precision > ruled.precision))) ruled = { t, recall: r.recall, precision: r.precision };
  }
  const crisisLines = customers.filter((s) => s.line.labels.has('crisis'));
  const clear = bestF1(crisisLines, (s) => s.line.tier === 'crisis', (s) => (clearRule(s) && s.clearCrisis >= possible.veto ? 1 : s.p.crisis));

  return {
    anger: kind('anger'),
    distress: kind('distress'),
    confusion: kind('confusion'),
    urgency: kind('urgency'),
    repeat_contact: kind('repeat_contact'),
    churn_threat: kind('churn_threat'),
    crisis: { possible: possibleAt, crisis: Math.max(possible.t, clear), veto: possible.veto, ruled: ruled.t },
    attention: {
      en: bestJointF1(customers.filter((s) => s.line.lang === 'en'), realText),
      'zh-Hans': bestJointF1(customers.filter((s) => s.line.lang === 'zh-Hans'), []),
      'zh-Hant': bestJointF1(customers.filter((s) => s.line.lang === 'zh-Hant'), []),
    },
    escalating: bestF1(drafts, (s) => s.line.labels.has('escalating'), (s) => s.p.escalating),
  };
}
