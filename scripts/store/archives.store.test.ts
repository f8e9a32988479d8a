import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkExtensionArchive, checkSourcesArchive, type StoreBrowser } from './archive-checks';
import { storeArchives } from './archives';
import { EXPLAINED_WARNINGS, lintFirefox } from './firefox-lint';
import { unzip } from './unzip';

const archives = storeArchives();
const budgets = (JSON.parse(readFileSync('budgets.json', 'utf8')) as { storeArchiveKb: Record<StoreBrowser, number> }).storeArchiveKb;

/** The real archives, built as `npm run zip` builds them, then unpacked and read. */
describe('npm run zip', () => {
  beforeAll(() => {
    execFileSync('npx', ['wxt', 'zip', '--mode', 'store'], { stdio: 'pipe' });
    execFileSync('npx', ['wxt', 'zip', '-b', 'firefox', '--mode', 'store'], { stdio: 'pipe' });
  });

  for (const browser of ['chrome', 'firefox'] as const) {
    it(`writes a ${browser} archive ready for its store`, () => {
      const bytes = readFileSync(archives[browser]);
      const files = unzip(bytes);
      expect(checkExtensionArchive(files, { browser, version: archives.version, archiveBytes: bytes.length, budgetKb: budgets[browser] })).toEqual([]);
      // The checks above must have had something to check: the built entrypoints are all there.
      expect([...files.keys()]).toEqual(expect.arrayContaining(['sidebar.html', 'options.html', 'welcome.html', 'icon/128.png']));
    });
  }

  it('keeps the fixed id in the development build it leaves alone', () => {
    const devManifest = JSON.parse(readFileSync('.output/chrome-mv3/manifest.json', 'utf8')) as { key?: string };
    expect(devManifest.key).toMatch(/^MIIB/);
  });

  it('writes a Firefox sources archive a reviewer can build from', () => {
    expect(checkSourcesArchive(unzip(readFileSync(archives.sources)))).toEqual([]);
  });

  it('passes web-ext lint on the Firefox archive with only the explained warnings', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'undertone-firefox-archive-'));
    for (const [path, bytes] of unzip(readFileSync(archives.firefox))) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), bytes);
    }
    const report = await lintFirefox(dir);
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual(EXPLAINED_WARNINGS);
  });
});
