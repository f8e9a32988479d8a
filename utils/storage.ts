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
}

export const suggestionModifiers = ['Alt', 'Alt+Shift', 'Ctrl+Alt'] as const;
export type SuggestionModifier = (typeof suggestionModifiers)[number];

export const defaultSettings: Settings = {
  uiLanguage: 'auto',
  dock: 'inline',
  hotlineRegion: 'auto',
  hiddenSignals: [],
  breather: true,
  suggestionModifier: 'Alt',
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

/** The version Undertone was last updated to, until the agent dismisses the options page's quiet "what's new" line (null then). */
export const whatsNewItem = storage.defineItem<string | null>('local:whatsNew', { fallback: null });
