import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ICON_SIZES, iconFile, manifestIcons, TOOLBAR_SIZES, toolbarFile } from '../icons/icon-set';
import { checkExtensionArchive, checkSourcesArchive, pngSize } from './archive-checks';

const text = (value: string) => new TextEncoder().encode(value);
const icon = (file: string) => new Uint8Array(readFileSync(join('public', file)));

/** A small archive that passes, for each case below to break in one way. */
function goodFirefoxArchive(edit: (manifest: Record<string, unknown>) => void = () => undefined): Map<string, Uint8Array> {
  const { icons, toolbar } = manifestIcons('firefox');
  const manifest: Record<string, unknown> = {
    manifest_version: 2,
    name: '__MSG_extName__',
    description: 'A coaching sidebar',
    version: '0.2.0',
    default_locale: 'en',
    icons,
    browser_action: toolbar,
    background: { scripts: ['background.js'] },
  };
  edit(manifest);
  const files = new Map<string, Uint8Array>([
    ['manifest.json', text(JSON.stringify(manifest))],
    ['_locales/en/messages.json', text(JSON.stringify({ extName: { message: 'Undertone' } }))],
    ['background.js', text('console.log(1)')],
  ]);
  for (const size of ICON_SIZES) files.set(iconFile(size), icon(iconFile(size)));
  for (const size of TOOLBAR_SIZES) for (const ink of ['light', 'dark'] as const) files.set(toolbarFile(ink, size), icon(toolbarFile(ink, size)));
  return files;
}
const check = (files: Map<string, Uint8Array>, archiveBytes = 500_000) =>
  checkExtensionArchive(files, { browser: 'firefox', version: '0.2.0', archiveBytes, budgetKb: 1000 });

describe('store archive checks', () => {
  it('pass a complete archive', () => {
    expect(check(goodFirefoxArchive())).toEqual([]);
  });

  it('refuse the development key, a wrong version and a missing message', () => {
    expect(check(goodFirefoxArchive((m) => (m.key = 'MIIB…')))).toEqual(['the manifest carries the development "key": store uploads must not']);
    expect(check(goodFirefoxArchive((m) => (m.version = '0.1.0')))).toEqual(["the manifest's version is 0.1.0, package.json says 0.2.0"]);
    expect(check(goodFirefoxArchive((m) => (m.name = '__MSG_appTitle__')))).toEqual(['the message "appTitle" is missing from _locales/en/messages.json']);
  });

  it('refuse a missing icon, an icon at the wrong size and a missing theme variant', () => {
    const files = goodFirefoxArchive();
    files.delete(iconFile(48));
    files.set(iconFile(96), icon(iconFile(128)));
    files.delete(toolbarFile('dark', 16));
    expect(check(files)).toEqual([
      'the 48px icon icon/48.png is not in the archive',
      'icon/96.png is 128×128, not 96×96',
      'the 16px icon icon/toolbar-dark-16.png is not in the archive',
    ]);
    expect(check(goodFirefoxArchive((m) => delete (m.browser_action as { theme_icons?: unknown }).theme_icons))).toEqual([
      'the Firefox toolbar button has no theme_icons (light and dark variants)',
    ]);
  });

  it('refuse source maps, test material, files the manifest names but lacks, and an archive over budget', () => {
    const files = goodFirefoxArchive((m) => (m.options_ui = { page: 'options.html' }));
    files.set('chunks/sidebar.js.map', text('{}'));
    files.set('chunks/options.js', text('x()\n//# sourceMappingURL=options.js.map'));
    files.set('e2e/fixtures/consoles/zendesk.html', text('<p>'));
    expect(check(files, 2_000_000)).toEqual([
      'the manifest names options.html, which is not in the archive',
      'chunks/sidebar.js.map is a source map',
      'chunks/options.js points at a source map',
      'e2e/fixtures/consoles/zendesk.html is test material',
      'the archive is 1953 KB, over its budget of 1000 KB',
    ]);
  });

  it('refuse a sources archive without its lockfile or with installed modules', () => {
    const files = new Map([['package.json', text('{}')], ['node_modules/dexie/package.json', text('{}')]]);
    expect(checkSourcesArchive(files)).toEqual([
      'the sources archive lacks package-lock.json',
      'the sources archive lacks wxt.config.ts',
      'the sources archive lacks README.md',
      'the sources archive lacks utils/coaching/weights.json',
      'the sources archive holds node_modules/dexie/package.json, which is built or installed, not source',
    ]);
  });

  it('read a PNG size and nothing from other bytes', () => {
    expect(pngSize(icon(iconFile(32)))).toEqual({ width: 32, height: 32 });
    expect(pngSize(text('GIF89a……………………………'))).toBeUndefined();
  });
});
