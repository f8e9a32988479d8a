import type * as Coaching from '../coaching';
import { HOTLINES } from '../coaching/crisis';
import { CUSTOMER_KINDS, type DraftWarning, type Hotline, type NeedQuestion, type Phrasing } from '../coaching/types';
import type { CoachingEngine } from './coaching-model';

export interface TeamAdditions {
  phrasings: () => readonly Phrasing[];
  hotlines: () => Record<string, Hotline[]>;
  /** Literal phrases a team asks agents to avoid, each with what to say instead. */
  draftChecks: () => readonly { avoid: string; suggest: string; reason?: string }[];
  /** The team's wording of the underlying-need questions. */
  needQuestions: () => readonly NeedQuestion[];
}

const none: TeamAdditions = { phrasings: () => [], hotlines: () => HOTLINES, draftChecks: () => [], needQuestions: () => [] };

/** The real engine behind the sidebar's narrow interface; the agent's and team's phrasings join the built-in library. */
export function createEngine(coaching: typeof Coaching, team: TeamAdditions = none): CoachingEngine {
  return {
    createCoach: ({ region }) => coaching.createConversationCoach({ region, extraPhrasings: team.phrasings(), hotlines: team.hotlines(), needQuestions: team.needQuestions }),
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

/** 'auto' means the region of the browser's language tag (en-GB → GB, zh-TW → TW), else the US list. */
export function resolveRegion(setting: string, languages: readonly string[]): string {
  if (setting !== 'auto') return setting;
  for (const tag of languages) {
    const region = tag.split('-').find((part, i) => i > 0 && /^[A-Z]{2}$/i.test(part))?.toUpperCase();
    if (region && Object.hasOwn(HOTLINES, region)) return region;
    if (/^zh-(hant|tw|hk|mo)/i.test(tag)) return 'TW';
    if (/^zh/i.test(tag)) return 'CN';
  }
  return 'US';
}

/** Regions with built-in hotlines, named in the UI language. */
export function hotlineRegions(uiLanguage: string): [string, string][] {
  const names = new Intl.DisplayNames([uiLanguage], { type: 'region' });
  return Object.keys(HOTLINES)
    .map((code): [string, string] => [code, names.of(code) ?? code])
    .sort((a, b) => a[1].localeCompare(b[1], uiLanguage));
}
