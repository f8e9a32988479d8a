import { expect, test } from 'vitest';
import { EXPLAINED_WARNINGS, lintFirefox } from '../scripts/store/firefox-lint';
import { extensionDir } from './firefox';

/** web-ext lint on the Firefox build: no errors, and no warnings but the ones the README explains (see EXPLAINED_WARNINGS). */
test('web-ext lint finds no errors and only the explained warnings', async () => {
  const report = await lintFirefox(extensionDir);
  expect(report.errors).toEqual([]);
  expect(report.warnings).toEqual(EXPLAINED_WARNINGS);
}, 120_000); // the linter reads every bundle; on a shared 2-core machine that can take over a minute
