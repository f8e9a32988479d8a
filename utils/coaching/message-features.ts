import { CRISIS_GUARDS, CRISIS_RULES } from './crisis-rules';
import { createMatcher } from './prefilter';
import { GUARDS, RULES } from './rules';
import { matchSpans, mergeSpans, withoutOverlaps } from './spans';
import { isHanPattern } from './text';
import { CUSTOMER_KINDS, type CrisisDanger, type CrisisTier, type CustomerKind, type Lang, type Span } from './types';

/**
 * Everything the rules see in one customer message, shared by the trainer and
 * the on-device scorer: rule spans for evidence, and named features for the
 * statistical heads, which learn from the corpus how far to trust each rule.
 */
export interface RuleFindings {
  strong: Map<CustomerKind, Span[]>;
  weak: Map<CustomerKind, Span[]>;
  crisis: { tier: CrisisTier; danger: CrisisDanger; span: Span }[];
  /** Named features for the heads: `rule:anger`, `guard:crisis`, `crisis:possible`, `lang:zh-Hant`… */
  named: string[];
}

const NONE: Span[] = [];

/** Each rule set as two regexes, Latin and Han, so a message skips the script it does not use: their indices in ALL_REGEXES. */
interface ScriptRegexes {
  latin?: number;
  han?: number;
}

/** Exported for the prefilter's test, which checks them against plain global scans. */
export const ALL_REGEXES: RegExp[] = [];

function compile(patterns: readonly string[] = []): ScriptRegexes {
  const join = (list: string[]) => (list.length ? ALL_REGEXES.push(new RegExp(list.map((p) => `(?:${p})`).join('|'), 'g')) - 1 : undefined);
  return { latin: join(patterns.filter((p) => !isHanPattern(p))), han: join(patterns.filter(isHanPattern)) };
}

type Scripts = { latin: boolean; han: boolean };

function matchScripts(res: ScriptRegexes, scripts: Scripts): Span[] {
  const latin = scripts.latin && res.latin !== undefined ? matcher.spans(res.latin) : NONE;
  const han = scripts.han && res.han !== undefined ? matcher.spans(res.han) : NONE;
  if (!han.length) return latin === NONE ? [] : latin;
  if (!latin.length) return han;
  return [...latin, ...han].sort((a, b) => a[0] - b[0]);
}

const STRONG = new Map(CUSTOMER_KINDS.filter((k) => k !== 'crisis').map((kind) => [kind, compile(RULES[kind].strong)]));
const WEAK = new Map(CUSTOMER_KINDS.filter((k) => k !== 'crisis').map((kind) => [kind, compile(RULES[kind].weak)]));
const GUARD_RES = GUARDS.map((g) => ({ res: compile([g.pattern]), suppress: g.suppress }));
const CRISIS_RES = CRISIS_RULES.map((rule) => ({ rule, res: compile([rule.pattern]) }));
const CRISIS_GUARD_RES = compile(CRISIS_GUARDS);
/** Every rule regex, tried only where one of its matches can start (see prefilter.ts). */
const matcher = createMatcher(ALL_REGEXES);

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

/** A message is "long" past this many characters: long rants read differently from one-liners. */
const LONG = 200;

export function findRules(raw: string, norm: string, lang: Lang, scripts: Scripts): RuleFindings {
  matcher.prepare(norm);
  const named = [`lang:${lang}`];
  if (raw.length > LONG) named.push('long');

  const blockers = new Map<CustomerKind, Span[]>();
  for (const guard of GUARD_RES) {
    const spans = matchScripts(guard.res, scripts);
    if (!spans.length) continue;
    for (const kind of guard.suppress) {
      blockers.set(kind, [...(blockers.get(kind) ?? []), ...spans]);
      named.push(`guard:${kind}`);
    }
  }

  const strong = new Map<CustomerKind, Span[]>();
  const weak = new Map<CustomerKind, Span[]>();
  for (const [kind, res] of STRONG) {
    const blocked = blockers.get(kind) ?? NONE;
    const found = withoutOverlaps(matchScripts(res, scripts), blocked);
    if (kind === 'anger') found.push(...shoutingSpans(raw));
    const soft = withoutOverlaps(matchScripts(WEAK.get(kind)!, scripts), blocked);
    if (found.length) named.push(`rule:${kind}`, ...(found.length > 1 ? [`rules:${kind}`] : []));
    if (soft.length) named.push(`weak:${kind}`);
    strong.set(kind, mergeSpans(found));
    weak.set(kind, mergeSpans(soft));
  }

  const crisisGuards = matchScripts(CRISIS_GUARD_RES, scripts);
  if (crisisGuards.length) named.push('guard:crisis');
  const crisis: RuleFindings['crisis'] = [];
  for (const { rule, res } of CRISIS_RES) {
    for (const span of withoutOverlaps(matchScripts(res, scripts), crisisGuards)) crisis.push({ tier: rule.tier, danger: rule.danger, span });
  }
  for (const c of crisis) named.push(`crisis:${c.tier}`, `danger:${c.danger}`);
  return { strong, weak, crisis, named: [...new Set(named)] };
}
