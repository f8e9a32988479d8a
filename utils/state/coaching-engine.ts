import type * as Coaching from '../coaching';
import { CUSTOMER_KINDS, type DraftWarning, type NeedQuestion, type Phrasing } from '../coaching/types';
import type { CoachingEngine } from './coaching-model';

export interface TeamAdditions {
  phrasings: () => readonly Phrasing[];
  /** Literal phrases a team asks agents to avoid, each with what to say instead. */
  draftChecks: () => readonly { avoid: string; suggest: string; reason?: string }[];
  /** The team's wording of the underlying-need questions. */
  needQuestions: () => readonly NeedQuestion[];
}

const none: TeamAdditions = { phrasings: () => [], draftChecks: () => [], needQuestions: () => [] };

/** The real engine behind the sidebar's narrow interface; the agent's and team's phrasings join the built-in library. */
export function createEngine(coaching: typeof Coaching, team: TeamAdditions = none): CoachingEngine {
  return {
    createCoach: () => coaching.createConversationCoach({ extraPhrasings: team.phrasings(), needQuestions: team.needQuestions }),
    checkDraft: (text) => [...coaching.checkDraft(text), ...teamDraftWarnings(text, team.draftChecks())].sort((a, b) => a.start - b.start),
  };
}

/** The engine and its weights load as chunks of their own, after the sidebar's first paint. */
export async function loadEngine(team: TeamAdditions = none): Promise<CoachingEngine> {
  return createEngine(await import('../coaching'), team);
}

/** Case-insensitive literal matches of the team's phrases: no patterns, nothing evaluated. */
export function teamDraftWarnings(text: string, checks: readonly { avoid: string; suggest: string; reason?: string }[]): DraftWarning[] {
  const lower = text.toLowerCase();
  const warnings: DraftWarning[] = [];
  for (const check of checks) {
    const at = lower.indexOf(check.avoid.toLowerCase());
    if (at >= 0) warnings.push({ start: at, end: at + check.avoid.length, phrase: text.slice(at, at + check.avoid.length), why: check.reason ?? 'is on your team\'s list of phrases to avoid', alternative: check.suggest });
  }
  return warnings;
}

export const signalKinds = CUSTOMER_KINDS;
