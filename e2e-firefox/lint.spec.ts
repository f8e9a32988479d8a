import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';
import { extensionDir } from './firefox';

interface Finding {
  code: string;
  file?: string;
  message: string;
}

/**
 * web-ext lint (Mozilla's add-on linter) on the Firefox build: no errors, and
 * no warnings but the ones the README explains: data_collection_permissions
 * is newer than Firefox 128 (desktop 140, Android 142; older versions ignore
 * the key), and the innerHTML assignment inside Preact's own renderer, behind
 * dangerouslySetInnerHTML, which Undertone's lint rules forbid in its code.
 */
test('web-ext lint finds no errors and only the explained warnings', async () => {
  const { stdout } = await promisify(execFile)('npx', ['web-ext', 'lint', '-s', extensionDir, '-o', 'json', '--no-config-discovery'], {
    maxBuffer: 10_000_000,
  }).catch((failed: { stdout: string }) => failed); // web-ext exits non-zero on errors; the report says which
  const report = JSON.parse(stdout) as { errors: Finding[]; warnings: Finding[] };
  expect(report.errors).toEqual([]);
  const warnings = report.warnings.map(({ code, file }) => `${code} ${file?.replace(/-[\w-]{8}\.js$/, '.js')}`);
  expect(warnings.sort()).toEqual([
    'KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION manifest.json',
    'KEY_FIREFOX_UNSUPPORTED_BY_MIN_VERSION manifest.json',
    'UNSAFE_VAR_ASSIGNMENT chunks/sidebar.js',
  ]);
});
