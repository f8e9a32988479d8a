import { calibration, model, normalise, profile } from './engine-data';
import { findRules } from './message-features';
import { sentenceProbability } from './model';
import { mergeSpans } from './spans';
import { CUSTOMER_KINDS, type Analysis, type CustomerKind, type Lang, type Signal, type Span } from './types';

/**
 * Firing thresholds per kind, chosen on the corpus's calibration split by
 * scripts/coaching/train.ts (never on the blind test split). Crisis has two:
 * `possible` (recall first: the lower tier, a gentle check-in) and `crisis`;
 * `veto` is how low the crisis head must be to overrule a clear crisis rule, and
 * `ruled` how sure it must be when only a veiled-sign rule fired.
 */
export const THRESHOLDS: Readonly<Record<Exclude<CustomerKind, 'crisis'>, number>> & { crisis: { possible: Record<Lang, number>; crisis: number; veto: number; ruled: number }; attention: Record<Lang, number> } = calibration;

/** How much each signal heats the conversation, for the timeline. */
const HEAT: Record<CustomerKind, number> = {
  crisis: 1,
  anger: 0.8,
  churn_threat: 0.75,
  distress: 0.6,
  repeat_contact: 0.35,
  urgency: 0.3,
  confusion: 0.2,
};

/** A clear crisis rule scores at least this, whatever the head says: crisis is recall-first. */
const CLEAR_RULE_SCORE = 0.9;
/** After an earlier sign of risk in the conversation, a later message needs less to raise a check-in (a farewell after despair). */
const EARLIER_RISK_FACTOR = 0.5;

const round = (x: number) => Math.round(x * 100) / 100;

/**
 * For signals that fired on many small pushes: the phrases each one's head leans
 * on, else the whole-message head's, else the message itself (a short one, such as "???").
 */
function fillEvidence(raw: string, norm: string, signals: Signal[]): void {
  const bare = signals.filter((s) => !s.evidence.length);
  if (!bare.length) return;
  const explained = model.explain(norm, [...bare.map((s) => s.kind), 'attention']);
  const start = raw.length - raw.trimStart().length;
  for (const signal of bare) {
    const spans = explained.get(signal.kind)?.length ? explained.get(signal.kind)! : explained.get('attention') ?? [];
    signal.evidence = spans.length ? mergeSpans(spans) : [[start, raw.trimEnd().length]];
  }
}

export interface AnalyzeOptions {
  /** Skip language detection when the caller already knows it. */
  lang?: Lang;
  /** The conversation so far showed risk (a crisis tier, or strong distress): a later veiled sign counts for more. */
  earlierRisk?: boolean;
}

/** Detects every customer signal in one message; evidence offsets point into `text` as given. */
export function analyzeMessage(text: string, options: AnalyzeOptions = {}): Analysis {
  const raw = typeof text === 'string' ? text : '';
  return analyzeNormalised(raw, normalise(raw), options);
}

/** For callers that also need the normalised text (the coach), so it is computed once. */
export function analyzeNormalised(raw: string, norm: string, options: AnalyzeOptions = {}): Analysis {
  const scripts = profile(raw);
  const lang = options.lang ?? scripts.lang;
  if (!raw.trim()) return { lang, signals: [], temperature: 0 };
  const rules = findRules(raw, norm, lang, scripts);
  const heads = model.score(norm, rules.named);

  const signals: Signal[] = [];
  let coolness = 1;
  for (const kind of CUSTOMER_KINDS) {
    const head = heads[kind]!;
    let signal: Signal | undefined;
    if (kind === 'crisis') {
      // A clear rule raises the card unless the head, which has read the look-alikes, is all but sure it is one.
      // The head judges a clear rule by its own sentence as well as the whole message, so a complaint around
      // "I wish I was dead" cannot overrule it, while "I wish I was dead lol, this bug" is still heard as a joke.
      const clear = rules.crisis.filter((c) => c.tier === 'crisis' && (head.probability >= THRESHOLDS.crisis.veto || sentenceProbability(model, norm, c.span, rules.named, 'crisis') >= THRESHOLDS.crisis.veto));
      const possibleAt = THRESHOLDS.crisis.possible[lang] * (options.earlierRisk ? EARLIER_RISK_FACTOR : 1);
      // A veiled-sign rule (a farewell, giving things away) asks less of the head than no rule at all.
      const veiled = rules.crisis.some((c) => c.tier === 'possible') && head.probability >= THRESHOLDS.crisis.ruled * (options.earlierRisk ? EARLIER_RISK_FACTOR : 1);
      if (clear.length || veiled || head.probability >= possibleAt) {
        const tier = clear.length || head.probability >= THRESHOLDS.crisis.crisis ? 'crisis' : 'possible';
        const spans: Span[] = rules.crisis.map((c) => c.span);
        signal = {
          kind,
          score: round(Math.max(head.probability, clear.length ? CLEAR_RULE_SCORE : 0)),
          evidence: mergeSpans(spans.length ? spans : head.evidence),
          tier,
          danger: (clear[0] ?? rules.crisis[0])?.danger ?? 'suicide',
        };
      }
    } else if (head.probability >= THRESHOLDS[kind]) {
      const spans = [...rules.strong.get(kind)!, ...rules.weak.get(kind)!];
      signal = { kind, score: round(head.probability), evidence: mergeSpans(spans.length ? spans : head.evidence) };
    }
    if (signal) signals.push(signal);
  }
  // Whether the message needs de-escalation is the whole-message head's call; anger and distress say which feeling it is.
  const feelings = signals.filter((s) => s.kind === 'anger' || s.kind === 'distress');
  if (heads.attention!.probability < THRESHOLDS.attention[lang]) for (const f of feelings) signals.splice(signals.indexOf(f), 1);
  else if (!feelings.length && !signals.some((s) => s.kind === 'churn_threat' || s.kind === 'crisis')) {
    const kind = heads.anger!.probability >= heads.distress!.probability ? 'anger' : 'distress';
    const spans = [...rules.strong.get(kind)!, ...rules.weak.get(kind)!];
    signals.push({ kind, score: round(heads.attention!.probability), evidence: mergeSpans(spans.length ? spans : heads.attention!.evidence) });
    signals.sort((a, b) => CUSTOMER_KINDS.indexOf(a.kind as CustomerKind) - CUSTOMER_KINDS.indexOf(b.kind as CustomerKind));
  }
  fillEvidence(raw, norm, signals);
  for (const signal of signals) coolness *= 1 - HEAT[signal.kind as CustomerKind] * signal.score;
  const background = Math.max(heads.anger!.probability, heads.distress!.probability) * 0.3;
  const temperature = round(1 - coolness * (1 - background));
  return { lang, signals, temperature };
}
