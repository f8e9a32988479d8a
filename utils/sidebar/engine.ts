import { checkDraft, createConversationCoach, CUSTOMER_KINDS, HOTLINES, type Phrasing } from '../coaching';
import type { CoachingEngine } from '../state/coaching-model';

/** The real engine behind the sidebar's narrow interface; the agent's and team's phrasings join the built-in library. */
export function createEngine(extraPhrasings: () => readonly Phrasing[] = () => []): CoachingEngine {
  return {
    createCoach: ({ region }) => createConversationCoach({ region, extraPhrasings: extraPhrasings() }),
    checkDraft: (text) => checkDraft(text),
  };
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
