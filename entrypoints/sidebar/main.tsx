import { render } from 'preact';
import { browser } from 'wxt/browser';
import { SidebarApp } from '@/components/sidebar/SidebarApp';

const site = new URLSearchParams(location.search).get('site') ?? undefined;

/**
 * sidebar.html is web-accessible on every http(s) site an agent could allow,
 * so any page can frame it. It comes up only inside a page where Undertone
 * runs (a built-in console, or a site the agent allowed); elsewhere it stays
 * blank, with nothing to show or click.
 */
async function inAllowedPage(): Promise<boolean> {
  const parent = location.ancestorOrigins?.[0];
  if (parent === undefined) return true; // not framed: the address bar shows the extension's own page
  if (!/^https?:\/\//.test(parent)) return false;
  return browser.permissions.contains({ origins: [`${parent}/*`] });
}

void inAllowedPage().then((allowed) => {
  if (allowed) render(<SidebarApp dock="inline" site={site} />, document.getElementById('app')!);
  else document.body.hidden = true;
});
