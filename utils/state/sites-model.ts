import { signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { manifestHostPatterns } from '../adapters/manifest-hosts';
import { translator, type Wording } from '../i18n';

/** A refused address; its message is English for logs and tests, its wording follows the UI language. */
export class SiteAddressError extends Error {
  constructor(readonly wording: Wording) {
    super(wording(translator('en')));
  }
}

/**
 * `https://desk.example.com/anything` → `https://desk.example.com/*`; anything that is not an http(s) address is refused.
 * The port is left out: Firefox's match patterns cannot hold one (a pattern with a port matches nothing there), and
 * without one Chromium matches every port of the host.
 */
export function sitePattern(address: string): string {
  let url: URL;
  try {
    url = new URL(address.includes('://') ? address.trim() : `https://${address.trim()}`);
  } catch {
    throw new SiteAddressError((t) => t('sitesNotAnAddress', { address: address.slice(0, 80) }));
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new SiteAddressError((t) => t('sitesOnlyWeb'));
  return `${url.protocol}//${url.hostname}/*`;
}

/**
 * Sites beyond the built-in consoles where the agent lets Undertone run. Each
 * one is an optional host permission the browser asks the agent to confirm;
 * the background then runs the console reader there (see background/adapters.ts).
 */
export function createSitesModel() {
  const sites = signal<string[]>([], { name: 'sites.list' });
  const error = signal<Wording | undefined>(undefined, { name: 'sites.error' });
  const builtIn = new Set(manifestHostPatterns());

  async function refresh(): Promise<void> {
    sites.value = ((await browser.permissions.getAll()).origins ?? []).filter((origin) => !builtIn.has(origin)).sort();
  }

  /** Must run inside the click that asked for it: the browser only shows its prompt for a user gesture. */
  async function add(address: string): Promise<boolean> {
    try {
      const pattern = sitePattern(address);
      const granted = await browser.permissions.request({ origins: [pattern] });
      error.value = granted ? undefined : (t) => t('sitesNotGranted');
      await refresh();
      return granted;
    } catch (cause) {
      const reason = (cause as Error).message;
      error.value = cause instanceof SiteAddressError ? cause.wording : (t) => t('failedBecause', { reason });
      return false;
    }
  }

  async function remove(pattern: string): Promise<void> {
    await browser.permissions.remove({ origins: [pattern] });
    await refresh();
  }

  return { sites, error, refresh, add, remove };
}
