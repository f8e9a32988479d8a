import { storage } from 'wxt/utils/storage';
import { defaultTrigger, type ExpansionTrigger } from './snippets/shortcut';

export type UiLanguage = 'auto' | 'en' | 'zh-Hans' | 'zh-Hant';
export type Dock = 'inline' | 'sidepanel';

export interface Settings {
  uiLanguage: UiLanguage;
  /** Where the sidebar lives: injected beside the console, or the browser's own side panel. */
  dock: Dock;
  /** Region whose crisis hotlines the crisis card lists (ISO 3166 code, or 'auto' from the browser locale). */
  hotlineRegion: string;
  /** Coaching signals the agent chose to hide. */
  hiddenSignals: string[];
  /** The short nudge after heated conversations. */
  breather: boolean;
  /** Modifier for the insert-suggestion keys: with 'Alt', Alt+1 … Alt+4 insert suggestion 1 … 4. */
  suggestionModifier: SuggestionModifier;
  /** Keeping returning customers' history and what the agent marked about them: asked once ('ask'), then on or off; off deletes it. */
  customerMemory: CustomerMemoryChoice;
  /** The promise list: commitments heard in the agent's sent messages, surfaced when due. */
  promises: boolean;
  /** The day's wins: thanks heard in customers' messages and conversations' heat, for the shift summary. */
  wins: boolean;
  /** Fewest minutes between two breathers (0: after every heated conversation). */
  breatherSpacing: number;
}

export type CustomerMemoryChoice = 'ask' | 'on' | 'off';
export const breatherSpacings = [0, 30, 60, 120] as const;

export const suggestionModifiers = ['Alt', 'Alt+Shift', 'Ctrl+Alt'] as const;
export type SuggestionModifier = (typeof suggestionModifiers)[number];

export const defaultSettings: Settings = {
  uiLanguage: 'auto',
  dock: 'inline',
  hotlineRegion: 'auto',
  hiddenSignals: [],
  breather: true,
  suggestionModifier: 'Alt',
  customerMemory: 'ask',
  promises: true,
  wins: true,
  breatherSpacing: 0,
};

/** The agent's settings: the one place they live. */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: defaultSettings,
  version: 1,
});

export interface DockLayout {
  width: number;
  collapsed: boolean;
}

export const DOCK_MIN_WIDTH = 280;
export const DOCK_MAX_WIDTH = 640;
export const DOCK_RAIL_WIDTH = 44;
export const defaultDockLayout: DockLayout = { width: 360, collapsed: false };

/** Width and collapsed state of the injected sidebar, remembered per site (keyed by host). */
export const dockLayoutsItem = storage.defineItem<Record<string, DockLayout>>('local:dockLayouts', {
  fallback: {},
  version: 1,
});

export function clampDockWidth(width: number): number {
  if (!Number.isFinite(width)) return defaultDockLayout.width;
  return Math.round(Math.min(DOCK_MAX_WIDTH, Math.max(DOCK_MIN_WIDTH, width)));
}

export async function readDockLayout(host: string): Promise<DockLayout> {
  const layouts = await dockLayoutsItem.getValue();
  return { ...defaultDockLayout, ...(Object.hasOwn(layouts, host) ? layouts[host] : {}) };
}

export async function writeDockLayout(host: string, change: Partial<DockLayout>): Promise<DockLayout> {
  const layouts = await dockLayoutsItem.getValue();
  const next = { ...defaultDockLayout, ...(Object.hasOwn(layouts, host) ? layouts[host] : {}), ...change };
  next.width = clampDockWidth(next.width);
  await dockLayoutsItem.setValue({ ...layouts, [host]: next });
  return next;
}

/**
 * How shortcuts expand in the composer; backed up with the library. Content
 * scripts may read it (extension storage, not IndexedDB).
 */
export const expansionTriggerItem = storage.defineItem<ExpansionTrigger>('local:expansionTrigger', { fallback: defaultTrigger });

/** Adapters the agent built with the element picker or imported as JSON; written only by the background. */
export const customAdaptersItem = storage.defineItem<unknown[]>('local:customAdapters', { fallback: [] });

/** How many days insert outcomes (the Insights view's data) are kept before they are pruned; backed up with the library. */
export const OUTCOME_RETENTION_DAYS = { fallback: 180, min: 7, max: 3650 } as const;
export const outcomeRetentionDaysItem = storage.defineItem<number>('local:outcomeRetentionDays', { fallback: OUTCOME_RETENTION_DAYS.fallback });

/** The stored retention, kept in range whatever a backup or an older version left there. */
export async function readOutcomeRetentionDays(): Promise<number> {
  const days = Number(await outcomeRetentionDaysItem.getValue());
  if (!Number.isInteger(days)) return OUTCOME_RETENTION_DAYS.fallback;
  return Math.min(OUTCOME_RETENTION_DAYS.max, Math.max(OUTCOME_RETENTION_DAYS.min, days));
}

/** Anonymous insight summaries a team lead imported from agents, as `{ id, summary }`; checked against their schema whenever read. */
export const teamSummariesItem = storage.defineItem<unknown[]>('local:teamInsightSummaries', { fallback: [] });

/** The version Undertone was last updated to, until the agent dismisses the options page's quiet "what's new" line (null then). */
export const whatsNewItem = storage.defineItem<string | null>('local:whatsNew', { fallback: null });

/**
 * Whether the welcome page has opened for this profile. Some installs are reported more than once while the
 * extension's storage survives: Firefox reports a temporary add-on as installed on every launch, and Chromium has
 * reported an unpacked one again when its record was not yet written. This keeps the welcome to once; a real
 * uninstall clears storage, so a reinstall is welcomed again.
 */
export const welcomedItem = storage.defineItem<boolean>('local:welcomed', { fallback: false });
