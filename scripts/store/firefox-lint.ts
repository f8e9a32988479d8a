import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

interface Finding {
  code: string;
  file?: string;
  message: string;
}

/**
 * The warnings the README explains, and no others: data_collection_permissions
 * is newer than Firefox 128 (desktop 140, Android 142; older versions ignore
 * the key), and the innerHTML assignment inside Preact's own renderer, behind
 * dangerouslySetInnerHTML, which Undertone's lint rules forbid in its code.
 */
export const EXPLAINED_WARNINGS = [
  'KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION manifest.json',
  'KEY_FIREFOX_UNSUPPORTED_BY_MIN_VERSION manifest.json',
  'UNSAFE_VAR_ASSIGNMENT chunks/sidebar.js',
];

/** web-ext lint (Mozilla's add-on linter) on an unpacked Firefox build: its errors, and its warnings as sorted "CODE file" lines. */
export async function lintFirefox(dir: string): Promise<{ errors: Finding[]; warnings: string[] }> {
  const { stdout } = await promisify(execFile)('npx', ['web-ext', 'lint', '-s', dir, '-o', 'json', '--no-config-discovery'], {
    maxBuffer: 10_000_000,
  }).catch((failed: { stdout: string }) => failed); // web-ext exits non-zero on errors; the report says which
  const report = JSON.parse(stdout) as { errors: Finding[]; warnings: Finding[] };
  return { errors: report.errors, warnings: report.warnings.map(({ code, file }) => `${code} ${file?.replace(/-[\w-]{8}\.js$/, '.js')}`).sort() };
}
