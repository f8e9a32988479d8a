import { browser, type Browser } from 'wxt/browser';

/**
 * The console content script's files as `scripting.registerContentScripts` and
 * `executeScript` take them: relative to the extension's root. Firefox's
 * getManifest() gives them as full moz-extension URLs, which both refuse.
 */
export function consoleScriptFiles(manifest: Browser.runtime.Manifest = browser.runtime.getManifest(), root = browser.runtime.getURL('/')): string[] {
  return (manifest.content_scripts ?? []).flatMap((script) => script.js ?? []).map((file) => (file.startsWith(root) ? file.slice(root.length) : file));
}
