import { browser } from 'wxt/browser';

/** Firefox's own APIs, missing from WXT's Chromium-based types; each is undefined where the browser lacks it. */
export const firefoxOnly = browser as unknown as {
  sidebarAction?: { toggle(): Promise<void> };
  /** Firefox 137 and later. */
  commands: { openShortcutSettings?: () => Promise<void> };
};
