import { describe, expect, it } from 'vitest';
import { consoleScriptFiles } from './manifest-scripts';

const base = { manifest_version: 2, name: 'Undertone', version: '0.1.0' } as const;
const matches = ['http://localhost/*'];

describe('consoleScriptFiles', () => {
  it('keeps the relative paths Chromium reports', () => {
    const manifest = { ...base, content_scripts: [{ matches, js: ['content-scripts/console.js'] }] };
    expect(consoleScriptFiles(manifest, 'chrome-extension://abc/')).toEqual(['content-scripts/console.js']);
  });

  it("makes Firefox's full moz-extension URLs relative to the extension's root", () => {
    const manifest = { ...base, content_scripts: [{ matches, js: ['moz-extension://1234-uuid/content-scripts/console.js'] }] };
    expect(consoleScriptFiles(manifest, 'moz-extension://1234-uuid/')).toEqual(['content-scripts/console.js']);
  });

  it('finds none in a manifest without content scripts', () => {
    expect(consoleScriptFiles(base, 'moz-extension://1234-uuid/')).toEqual([]);
  });
});
