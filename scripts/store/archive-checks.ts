import { ICON_SIZES, TOOLBAR_SIZES } from '../icons/icon-set';

export type StoreBrowser = 'chrome' | 'firefox';

interface Manifest {
  manifest_version?: number;
  name?: string;
  version?: string;
  description?: string;
  default_locale?: string;
  key?: string;
  icons?: Record<string, string>;
  action?: Toolbar;
  browser_action?: Toolbar;
  background?: { service_worker?: string; scripts?: string[] };
  content_scripts?: { js?: string[]; css?: string[] }[];
  options_ui?: { page?: string };
  side_panel?: { default_path?: string };
  sidebar_action?: { default_panel?: string };
  web_accessible_resources?: (string | { resources: string[] })[];
}

interface Toolbar {
  default_icon?: Record<string, string>;
  theme_icons?: { light: string; dark: string; size: number }[];
}

/** Width and height from a PNG's IHDR chunk, or undefined when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Test pages, fixtures and specs that must never reach a store upload. */
const TEST_MATERIAL = /(^|\/)(e2e|e2e-firefox|fixtures|__tests__|\.fixtures-build)\/|\.(test|spec)\.[cm]?[jt]sx?$/;

/**
 * What is wrong with an unpacked store archive, in sentences (empty when it is
 * ready): a valid manifest for the browser, with every file it names present,
 * every icon size at its size, no development key, no source maps, no test
 * material, and the archive within its size budget.
 */
export function checkExtensionArchive(
  files: ReadonlyMap<string, Uint8Array>,
  expected: { browser: StoreBrowser; version: string; archiveBytes: number; budgetKb: number },
): string[] {
  const problems: string[] = [];
  const raw = files.get('manifest.json');
  if (!raw) return ['the archive has no manifest.json at its root'];
  let manifest: Manifest;
  try {
    manifest = JSON.parse(new TextDecoder().decode(raw)) as Manifest;
  } catch (error) {
    return [`manifest.json is not JSON: ${(error as Error).message}`];
  }
  const manifestVersion = expected.browser === 'chrome' ? 3 : 2;
  if (manifest.manifest_version !== manifestVersion) problems.push(`manifest_version is ${manifest.manifest_version}, not ${manifestVersion}`);
  if (manifest.version !== expected.version) problems.push(`the manifest's version is ${manifest.version}, package.json says ${expected.version}`);
  for (const field of ['name', 'description'] as const) if (!manifest[field]) problems.push(`the manifest has no ${field}`);
  if ('key' in manifest) problems.push('the manifest carries the development "key": store uploads must not');
  problems.push(...missingMessages(files, manifest));

  for (const size of ICON_SIZES) {
    const path = manifest.icons?.[String(size)];
    if (!path) problems.push(`the manifest lists no ${size}px icon`);
    else problems.push(...iconProblems(files, path, size));
  }
  const toolbar = manifest.action ?? manifest.browser_action;
  for (const size of TOOLBAR_SIZES) {
    const path = toolbar?.default_icon?.[String(size)];
    if (!path) problems.push(`the toolbar button has no ${size}px icon`);
    else problems.push(...iconProblems(files, path, size));
  }
  if (expected.browser === 'firefox') {
    if (!toolbar?.theme_icons?.length) problems.push('the Firefox toolbar button has no theme_icons (light and dark variants)');
    for (const theme of toolbar?.theme_icons ?? []) problems.push(...iconProblems(files, theme.light, theme.size), ...iconProblems(files, theme.dark, theme.size));
  }
  for (const path of referencedFiles(manifest)) if (!files.has(path.replace(/^\//, ''))) problems.push(`the manifest names ${path}, which is not in the archive`);

  for (const [path, bytes] of files) {
    if (path.endsWith('.map')) problems.push(`${path} is a source map`);
    else if (path.endsWith('.js') && /\/\/# sourceMappingURL=/.test(new TextDecoder().decode(bytes))) problems.push(`${path} points at a source map`);
    if (TEST_MATERIAL.test(path)) problems.push(`${path} is test material`);
  }
  const kb = expected.archiveBytes / 1024;
  if (kb > expected.budgetKb) problems.push(`the archive is ${kb.toFixed(0)} KB, over its budget of ${expected.budgetKb} KB`);
  return problems;
}

/** The sources archive a Firefox reviewer rebuilds from: the project's files and lockfile, nothing built or installed. */
export function checkSourcesArchive(files: ReadonlyMap<string, Uint8Array>): string[] {
  const problems: string[] = [];
  for (const needed of ['package.json', 'package-lock.json', 'wxt.config.ts', 'README.md', 'utils/coaching/weights.json']) {
    if (!files.has(needed)) problems.push(`the sources archive lacks ${needed}`);
  }
  for (const path of files.keys()) {
    if (/^(node_modules|\.output|\.wxt)\//.test(path)) problems.push(`the sources archive holds ${path}, which is built or installed, not source`);
    if (TEST_MATERIAL.test(path)) problems.push(`the sources archive holds ${path}, which is test material`);
  }
  return problems;
}

function iconProblems(files: ReadonlyMap<string, Uint8Array>, path: string, size: number): string[] {
  const bytes = files.get(path.replace(/^\//, ''));
  if (!bytes) return [`the ${size}px icon ${path} is not in the archive`];
  const found = pngSize(bytes);
  if (!found) return [`${path} is not a PNG`];
  return found.width === size && found.height === size ? [] : [`${path} is ${found.width}×${found.height}, not ${size}×${size}`];
}

/** Every __MSG_name__ the manifest uses must be in the default locale's messages. */
function missingMessages(files: ReadonlyMap<string, Uint8Array>, manifest: Manifest): string[] {
  const names = [...JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
  if (names.length === 0) return [];
  const locale = manifest.default_locale;
  const raw = locale ? files.get(`_locales/${locale}/messages.json`) : undefined;
  if (!raw) return [`the manifest uses __MSG_…__ names but has no _locales/${locale ?? '?'}/messages.json`];
  const messages = JSON.parse(new TextDecoder().decode(raw)) as Record<string, unknown>;
  return names.filter((name) => !Object.hasOwn(messages, name)).map((name) => `the message "${name}" is missing from _locales/${locale}/messages.json`);
}

function referencedFiles(manifest: Manifest): string[] {
  return [
    manifest.background?.service_worker,
    ...(manifest.background?.scripts ?? []),
    ...(manifest.content_scripts ?? []).flatMap((script) => [...(script.js ?? []), ...(script.css ?? [])]),
    manifest.options_ui?.page,
    manifest.side_panel?.default_path,
    manifest.sidebar_action?.default_panel,
    ...(manifest.web_accessible_resources ?? []).flatMap((entry) => (typeof entry === 'string' ? [entry] : entry.resources)),
  ].filter((path): path is string => typeof path === 'string' && !path.includes('*'));
}
