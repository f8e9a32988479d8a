import { analyzeNormalised } from './analyze';
import { checkDraft } from './draft';
import { normalise } from './engine-data';
import { NEED_ASKED, NEED_KINDS, NEED_TEXT, REQUEST_CUE } from './needs';
import { builtInPhrasings } from './phrasings';
import type { Analysis, CrisisFlag, CustomerKind, Lang, Need, NeedKind, NeedQuestion, Phrasing, Stage, Suggestion } from './types';

export interface CoachOptions {
  /** The agent's snippets and team-pack phrasings tagged by state; offered before the built-in ones. */
  extraPhrasings?: readonly Phrasing[];
  /**
   * Team wordings of the need questions, first match winning. Read on every
   * call, so a pack that arrives after the conversation opened still applies.
   */
  needQuestions?: () => readonly NeedQuestion[];
}

export interface ChatTurn {
  author: 'customer' | 'agent' | 'system';
  text: string;
}

export interface CoachingUpdate extends Analysis {
  /** Acknowledge-stage phrasings first until the agent has acknowledged these states. Empty during a crisis. */
  suggestions: Suggestion[];
  needs: Need[];
  /** True at the start of a conversation and when a stated request may hide an underlying need. */
  needsCue: boolean;
  /** Present when the message signals a crisis: which tier and which danger, from which the sidebar picks the protocol and the region's numbers. */
  crisis?: CrisisFlag;
}

/** Distress this strong counts as an earlier sign of risk for the rest of the conversation. */
const STRONG_DISTRESS = 0.8;

/** States in the order they are coached when several fire at once. */
const PRIORITY: readonly Exclude<CustomerKind, 'crisis'>[] = ['anger', 'distress', 'churn_threat', 'repeat_contact', 'urgency', 'confusion'];

const ACKNOWLEDGEMENT = new RegExp(
  [
    "\\b(?:i'?m|i am|we'?re|we are) (?:so |really |very |truly )?sorry\\b",
    '\\bapologi[sz]e',
    "\\bi (?:completely |totally )?(?:understand|hear you|can see|can hear|get it)\\b",
    '\\bthat sounds\\b',
    "\\bi'?d (?:be|feel) (?:frustrated|upset|annoyed|the same|worried|angry)",
    "\\bthat(?:'s| is| must be) (?:so |really )?(?:frustrating|annoying|worrying|stressful|confusing|awful)",
    '抱歉|对不起|不好意思|理解您|明白您|我能理解|我理解|辛苦您|让您久等|换作是我|您的心情',
  ].join('|'),
);
const REQUEST = new RegExp(REQUEST_CUE);
const ASKED = NEED_KINDS.map((kind) => ({ kind, re: new RegExp(NEED_ASKED[kind]) }));

/** One coach per conversation: remembers the language, what the agent has acknowledged and which needs they have asked. */
export function createConversationCoach(options: CoachOptions = {}) {
  const extra = options.extraPhrasings ?? [];
  let lang: Lang = 'en';
  let agentHasSpoken = false;
  let activeStates = new Set<CustomerKind>();
  /** An earlier message showed risk (a crisis tier, or strong distress): a later veiled sign, such as a farewell, counts for more. */
  let earlierRisk = false;
  const acknowledged = new Set<CustomerKind>();
  const asked = new Set<NeedKind>();

  const teamQuestions = options.needQuestions ?? (() => []);

  function needs(): Need[] {
    const team = teamQuestions();
    return NEED_KINDS.map((kind) => {
      const builtIn = NEED_TEXT[kind][lang];
      const question = team.find((q) => q.need === kind && q.lang === lang)?.question ?? builtIn.question;
      return { kind, label: builtIn.label, question, asked: asked.has(kind) };
    });
  }

  /** Where each state and stage's phrasings continue from, so a long conversation does not hear the same line twice running. */
  const rotation = new Map<string, number>();
  function phrasingsFor(state: Exclude<CustomerKind, 'crisis'>, stage: Stage, count: number): Suggestion[] {
    const own = extra.filter((p) => p.state === state && p.stage === stage && p.lang === lang);
    // The team's and the agent's own lines always come first; the built-in ones fill the places left.
    const picked = own.length >= count ? rotate(own, `own:${state}:${stage}`, count) : [...own, ...rotate(builtInPhrasings(state, stage, lang), `${state}:${stage}`, count - own.length)];
    return picked.map(({ text }) => ({ state, stage, text }));
  }
  function rotate<T>(pool: readonly T[], key: string, count: number): T[] {
    if (pool.length <= count) return [...pool];
    const from = rotation.get(key) ?? 0;
    rotation.set(key, from + count);
    return Array.from({ length: count }, (_, i) => pool[(from + i) % pool.length]!);
  }

  function suggestionsFor(analysis: Analysis): Suggestion[] {
    const fired = new Set(analysis.signals.map((s) => s.kind));
    if (fired.has('crisis')) return [];
    const states = PRIORITY.filter((s) => fired.has(s));
    const acknowledge = states.filter((s) => !acknowledged.has(s)).flatMap((s) => phrasingsFor(s, 'acknowledge', 2));
    const solve = states.flatMap((s) => phrasingsFor(s, 'solve', acknowledged.has(s) ? 2 : 1));
    const seen = new Set<string>();
    return [...acknowledge, ...solve].filter((s) => !seen.has(s.text) && seen.add(s.text));
  }

  function observeAgent(text: string): void {
    agentHasSpoken = true;
    const norm = normalise(text);
    if (ACKNOWLEDGEMENT.test(norm) && checkDraft(text).length === 0) for (const state of activeStates) acknowledged.add(state);
    for (const { kind, re } of ASKED) if (re.test(norm)) asked.add(kind);
    // A team's question need not match the built-in patterns: sending it as worded counts as asking.
    for (const { need, question } of teamQuestions()) if (norm.includes(normalise(question.trim()))) asked.add(need);
  }

  /** Feeds one sent message. Customer messages return what to show; agent and system messages update the coach's memory and return undefined. */
  function observe(message: ChatTurn): CoachingUpdate | undefined {
    const text = typeof message.text === 'string' ? message.text : '';
    if (message.author === 'agent') {
      observeAgent(text);
      return undefined;
    }
    if (message.author !== 'customer') return undefined;
    const norm = normalise(text);
    const analysis = analyzeNormalised(text, norm, { earlierRisk });
    if (text.trim()) lang = analysis.lang;
    if (analysis.signals.some((s) => s.kind === 'crisis' || (s.kind === 'distress' && s.score >= STRONG_DISTRESS))) earlierRisk = true;
    activeStates = new Set(analysis.signals.flatMap((s) => (s.kind === 'escalating' ? [] : [s.kind])));
    const update: CoachingUpdate = {
      ...analysis,
      suggestions: suggestionsFor(analysis),
      needs: needs(),
      needsCue: !agentHasSpoken || REQUEST.test(norm),
    };
    const crisis = analysis.signals.find((s) => s.kind === 'crisis');
    if (crisis) update.crisis = { tier: crisis.tier ?? 'crisis', ...(crisis.danger ? { danger: crisis.danger } : {}) };
    return update;
  }

  function reset(): void {
    lang = 'en';
    agentHasSpoken = false;
    activeStates = new Set();
    earlierRisk = false;
    acknowledged.clear();
    asked.clear();
    rotation.clear();
  }

  return { observe, needs, reset };
}

export type ConversationCoach = ReturnType<typeof createConversationCoach>;
