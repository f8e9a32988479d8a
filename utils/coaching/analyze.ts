import { model, normalise, profile } from './engine-data';
import { GUARDS, RULES } from './rules';
import { matchSpans, mergeSpans, withoutOverlaps } from './spans';
import { isHanPattern } from './text';
import { CUSTOMER_KINDS, type Analysis, type CustomerKind, type Lang, type Signal, type Span } from './types';

const NONE: Span[] = [];

/** Each kind's patterns as two regexes, Latin and Han, so a message skips the script it does not use. */
interface ScriptRegexes {
  latin?: RegExp;
  han?: RegExp;
}

function compile(patterns: readonly string[] = []): ScriptRegexes {
  const join = (list: string[]) => (list.length ? new RegExp(list.map((p) => `(?:${p})`).join('|'), 'g') : undefined);
  return { latin: join(patterns.filter((p) => !isHanPattern(p))), han: join(patterns.filter(isHanPattern)) };
}

function matchScripts(res: ScriptRegexes, norm: string, scripts: { latin: boolean; han: boolean }): Span[] {
  const latin = scripts.latin && res.latin ? matchSpans(res.latin, norm) : NONE;
  const han = scripts.han && res.han ? matchSpans(res.han, norm) : NONE;
  if (!han.length) return latin === NONE ? [] : latin;
  if (!latin.length) return han;
  return [...latin, ...han].sort((a, b) => a[0] - b[0]);
}

const STRONG = new Map(CUSTOMER_KINDS.map((kind) => [kind, compile(RULES[kind].strong)]));
const WEAK = new Map(CUSTOMER_KINDS.map((kind) => [kind, compile(RULES[kind].weak)]));
const GUARD_RES = GUARDS.map((g) => ({ re: new RegExp(g.pattern, 'g'), suppress: new Set(g.suppress) }));

/** Kinds with a statistical head; the others are rules only (crisis never uses a model). */
const MODELLED = ['anger', 'distress', 'confusion'] as const;

/**
 * Firing thresholds, calibrated on the dev set (scripts/coaching/evaluate.ts
 * prints the sweep). A strong rule alone scores RULE_SCORE; a statistical head
 * alone has to be confident.
 */
export const THRESHOLDS: Record<CustomerKind, number> = {
  anger: 0.7,
  distress: 0.7,
  confusion: 0.7,
  urgency: 0.5,
  repeat_contact: 0.5,
  churn_threat: 0.5,
  crisis: 0.5,
};
const RULE_SCORE = 0.7;
const WEAK_SCORE = 0.15;

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

/** Two or more consecutive all-capital words (6+ letters in all) read as shouting. */
const SHOUTING = /\b[A-Z]{2,}(?:[ ,!?']+[A-Z]{2,})+\b/g;

function shoutingSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const [start, end] of matchSpans(SHOUTING, text)) {
    let letters = 0;
    for (let i = start; i < end; i++) if (text.charCodeAt(i) >= 0x41 && text.charCodeAt(i) <= 0x5a) letters++;
    if (letters >= 6) spans.push([start, end]);
  }
  return spans;
}

const round = (x: number) => Math.round(x * 100) / 100;

export interface AnalyzeOptions {
  /** Skip language detection when the caller already knows it. */
  lang?: Lang;
  /** Override firing thresholds (used by the calibration sweep in scripts/coaching/evaluate.ts). */
  thresholds?: Partial<Record<CustomerKind, number>>;
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

  const blockers = new Map<CustomerKind, Span[]>();
  const mask: Span[] = [];
  for (const guard of GUARD_RES) {
    const spans = matchSpans(guard.re, norm);
    if (!spans.length) continue;
    mask.push(...spans);
    for (const kind of guard.suppress) blockers.set(kind, [...(blockers.get(kind) ?? []), ...spans]);
  }
  const heads = model.score(norm, mask.length ? mergeSpans(mask, Infinity) : mask);

  const signals: Signal[] = [];
  let coolness = 1;
  for (const kind of CUSTOMER_KINDS) {
    const blocked = blockers.get(kind) ?? NONE;
    const strong = withoutOverlaps(matchScripts(STRONG.get(kind)!, norm, scripts), blocked);
    if (kind === 'anger') strong.push(...shoutingSpans(raw));
    const weak = withoutOverlaps(matchScripts(WEAK.get(kind)!, norm, scripts), blocked);
    let ruleScore = strong.length ? Math.min(1, RULE_SCORE + 0.1 * (strong.length - 1)) : 0;
    ruleScore = Math.min(1, ruleScore + WEAK_SCORE * Math.min(2, weak.length));
    const head = (MODELLED as readonly string[]).includes(kind) ? heads[kind] : undefined;
    const probability = head?.probability ?? 0;
    const score = kind === 'crisis' ? ruleScore && 1 : 1 - (1 - ruleScore) * (1 - probability);
    if (score < (options.thresholds?.[kind] ?? THRESHOLDS[kind])) continue;
    const evidence = [...strong, ...weak, ...(head && probability >= 0.5 ? head.evidence : [])];
    signals.push({ kind, score: round(score), evidence: mergeSpans(evidence) });
    coolness *= 1 - HEAT[kind] * score;
  }
  const background = Math.max(heads.anger?.probability ?? 0, heads.distress?.probability ?? 0) * 0.3;
  const temperature = round(1 - coolness * (1 - background));
  return { lang, signals, temperature };
}
