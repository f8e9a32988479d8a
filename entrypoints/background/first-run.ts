import { browser } from 'wxt/browser';
import { database } from '@/utils/db/schema';
import { refreshStarterPacks } from '@/utils/db/starter-packs';
import { welcomedItem, whatsNewItem } from '@/utils/storage';

export type FirstRunStep = 'welcome' | 'whats-new' | 'nothing';

/**
 * What an install event calls for: the welcome page on a first install only;
 * after an update to a new version, a quiet line in options (nothing opens);
 * a reload of the same version, the browser updating itself, or an install reported again for a profile already
 * welcomed, calls for nothing.
 */
export function firstRunStep(details: { reason: string; previousVersion?: string }, version: string, welcomed: boolean): FirstRunStep {
  if (details.reason === 'install') return welcomed ? 'nothing' : 'welcome';
  if (details.reason === 'update' && details.previousVersion !== version) return 'whats-new';
  return 'nothing';
}

/** The welcome page on install; after an update, the "what's new" line and the starter packs the agent kept, in their new version. */
export function setupFirstRun(): void {
  browser.runtime.onInstalled.addListener(async (details) => {
    const version = browser.runtime.getManifest().version;
    const step = firstRunStep(details, version, await welcomedItem.getValue());
    if (step === 'welcome') {
      await welcomedItem.setValue(true);
      void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
    }
    if (step === 'whats-new') void whatsNewItem.setValue(version);
    if (details.reason === 'update') {
      void refreshStarterPacks(database()).then((refused) => {
        if (refused.length) console.warn(`Undertone kept the installed starter packs: ${refused.join('; ')}`);
      });
    }
  });
}
