import { render } from 'preact';
import { browser } from 'wxt/browser';
import { SidebarApp } from '@/components/sidebar/SidebarApp';
import { matchesPattern } from '@/utils/adapters/match-url';

const site = new URLSearchParams(location.search).get('site') ?? undefined;

/**
 * sidebar.html is web-accessible on every http(s) site an agent could allow,
 * so any page can frame it. It comes up only inside a page where Undertone
 * runs: a built-in console (known at once from the manifest, so the first
 * paint waits for nothing) or a site the agent allowed (asked of the
 * browser). Elsewhere it stays blank, with nothing to show or click.
 */
async function inAllowedPage(): Promise<boolean> {
  const parent = location.ancestorOrigins?.[0];
  if (parent === undefined) return true; // not framed: the address bar shows the extension's own page
  if (!/^https?:\/\//.test(parent)) return false;
  const builtIn = browser.runtime.getManifest().host_permissions ?? [];
  if (builtIn.some((pattern: string) => matchesPattern(pattern, `${parent}/`))) return true;
  return browser.permissions.contains({ origins: [`${parent}/*`] });
}

const show = () => render(<SidebarApp dock="inline" site={site} />, document.getElementById('app')!);
const refuse = () => void (document.body.hidden = true);
void inAllowedPage().then((allowed) => (allowed ? show() : refuse()));
