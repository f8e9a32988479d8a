import { signal } from '@preact/signals';
import { browser } from 'wxt/browser';

/** `https://desk.example.com/anything` → `https://desk.example.com/*`; anything that is not an http(s) address is refused. */
export function sitePattern(address: string): string {
  let url: URL;
  try {
    url = new URL(address.includes('://') ? address.trim() : `https://${address.trim()}`);
  } catch {
    throw new Error(`"${address.slice(0, 80)}" is not a web address`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('Only http and https sites can be added');
  return `${url.protocol}//${url.host}/*`;
}

/**
 * Sites beyond the built-in consoles where the agent lets Undertone run. Each
 * one is an optional host permission the browser asks the agent to confirm;
 * the background then runs the console reader there (see background/adapters.ts).
 */
export function createSitesModel() {
  const sites = signal<string[]>([], { name: 'sites.list' });
  const error = signal<string | undefined>(undefined, { name: 'sites.error' });
  const builtIn = new Set(browser.runtime.getManifest().host_permissions ?? []);

  async function refresh(): Promise<void> {
    sites.value = ((await browser.permissions.getAll()).origins ?? []).filter((origin) => !builtIn.has(origin)).sort();
  }

  /** Must run inside the click that asked for it: the browser only shows its prompt for a user gesture. */
  async function add(address: string): Promise<boolean> {
    try {
      const pattern = sitePattern(address);
      const granted = await browser.permissions.request({ origins: [pattern] });
      error.value = granted ? undefined : 'The browser did not grant access to that site';
      await refresh();
      return granted;
    } catch (cause) {
      error.value = (cause as Error).message;
      return false;
    }
  }

  async function remove(pattern: string): Promise<void> {
    await browser.permissions.remove({ origins: [pattern] });
    await refresh();
  }

  return { sites, error, refresh, add, remove };
}
