import * as v from 'valibot';
import { defineRequest } from './define';

/**
 * What the sidebar asks of the browser itself. In Firefox a moz-extension page
 * framed in a web page gets only content-script-level APIs (no permissions,
 * tabs or commands: w3c/webextensions#787), so the docked sidebar asks the
 * background; every dock asks the same way, so there is one path to test.
 */
export const browserUiRequests = {
  /**
   * Whether the page the asking sidebar is docked in (its tab's page, from the
   * browser's own sender record) is a built-in console or a site the agent allowed.
   */
  'sidebar.allowedHere': defineRequest<boolean>()(v.strictObject({}), 'extension-pages'),
  /** The toggle command's shortcut as the browser has it bound ('' when unset). */
  'commands.toggleShortcut': defineRequest<string>()(v.strictObject({}), 'extension-pages'),
  /** Opens the browser's own page for rebinding extension shortcuts; false where the browser offers none to open. */
  'commands.openShortcutSettings': defineRequest<boolean>()(v.strictObject({}), 'extension-pages'),
  /**
   * Whether a crisis card is pinned, for the badge on the toolbar button in that tab: the docked sidebar's own tab
   * (from the browser's sender record), or the tab the side panel follows. The button's title comes in the
   * sidebar's UI language: the service worker's own message lookup has come back empty under load.
   */
  'badge.crisis': defineRequest<void>()(
    v.strictObject({ pinned: v.boolean(), title: v.pipe(v.string(), v.minLength(1), v.maxLength(200)), tabId: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))) }),
    'extension-pages',
  ),
};
