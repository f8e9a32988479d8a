import { render } from 'preact';
import { SidebarApp } from '@/components/sidebar/SidebarApp';
import { manifestHostPatterns } from '@/utils/adapters/manifest-hosts';
import { adapterMatches } from '@/utils/adapters/match-url';
import { request } from '@/utils/protocol/client';

const site = new URLSearchParams(location.search).get('site') ?? undefined;

/**
 * sidebar.html is web-accessible on every http(s) site an agent could allow,
 * so any page can frame it. It comes up only inside a page where Undertone
 * runs: the dock sits in a tab's top-level page, which must be a built-in
 * console or a site the agent allowed. Chromium names the parent at once
 * (ancestorOrigins), so a built-in console (known from the manifest) paints
 * without waiting. Firefox has no ancestorOrigins, and a page framed there
 * cannot use the permissions API, so the background answers from the tab.
 * Elsewhere the sidebar stays blank, with nothing to show or click.
 */
async function inAllowedPage(): Promise<boolean> {
  if (window.top === window) return true; // not framed: the address bar shows the extension's own page
  if (window.parent !== window.top) return false; // the dock is never nested deeper than the console page itself
  const parent = location.ancestorOrigins?.[0];
  if (parent !== undefined && adapterMatches({ matches: manifestHostPatterns() }, `${parent}/`)) return true;
  return request('sidebar.allowedHere', {});
}

const show = () => render(<SidebarApp dock="inline" site={site} />, document.getElementById('app')!);
const refuse = () => void (document.body.hidden = true);
void inAllowedPage().then((allowed) => (allowed ? show() : refuse()));
