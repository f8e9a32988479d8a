import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { chromium } from '@playwright/test';

const candidates = ['/usr/bin/chromium', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/usr/bin/chromium-browser'];

/**
 * A Chromium-family browser to drive: $UNDERTONE_BROWSER first, then the
 * usual system installs, then Playwright's own download if there is one.
 * Throws with instructions rather than letting browser tests skip silently.
 * `search` narrows where it looks (the preflight tests use it to find nothing).
 */
export function findBrowser(search = { paths: candidates, bundled: true }) {
  const override = process.env.UNDERTONE_BROWSER;
  if (override) {
    if (!existsSync(override)) throw new Error(`UNDERTONE_BROWSER points at ${override}, which does not exist: point it at a browser's executable, or unset it so Undertone looks for one.`);
    return override;
  }
  for (const path of search.paths) if (existsSync(path)) return path;
  for (const name of ['chromium', 'google-chrome', 'chromium-browser']) {
    try {
      const found = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (found) return found;
    } catch {
      // not on PATH; try the next name
    }
  }
  try {
    const bundled = search.bundled ? chromium.executablePath() : '';
    if (bundled && existsSync(bundled)) return bundled;
  } catch {
    // Playwright has no browser of its own here
  }
  throw new Error(
    'No Chromium-family browser was found: install one (Debian/Ubuntu: `sudo apt-get install -y chromium`, ' +
      'anywhere: `npx playwright install chromium`), or point UNDERTONE_BROWSER at its executable.',
  );
}

/**
 * Firefox for the Firefox suite, found the same way: $UNDERTONE_FIREFOX, then
 * firefox-esr and firefox on PATH. Throws with instructions, never skips.
 */
export function findFirefox() {
  const override = process.env.UNDERTONE_FIREFOX;
  if (override) {
    if (!existsSync(override)) throw new Error(`UNDERTONE_FIREFOX points at ${override}, which does not exist: point it at Firefox's executable, or unset it so Undertone looks for one.`);
    return override;
  }
  for (const name of ['firefox-esr', 'firefox']) {
    try {
      const found = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (found) return found;
    } catch {
      // not on PATH; try the next name
    }
  }
  throw new Error(
    'No Firefox was found for the Firefox browser tests: install it (Debian/Ubuntu: `sudo apt-get install -y firefox-esr`), ' +
      'or point UNDERTONE_FIREFOX at its executable.',
  );
}

/** Flags that keep a test or demo browser quiet and offline-friendly. */
export function browserArgs(extensionPath) {
  const args = [
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
    '--disable-default-apps',
    `--disable-extensions-except=${extensionPath}`,
    `--load-extension=${extensionPath}`,
  ];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return args;
}
