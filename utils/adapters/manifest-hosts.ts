import { browser, type Browser } from 'wxt/browser';

/**
 * The built-in consoles' host patterns as the manifest grants them, read
 * without bundling the adapters: MV3 lists them in host_permissions, while an
 * MV2 manifest (the Firefox build) lists hosts among its permissions.
 */
export function manifestHostPatterns(manifest: Browser.runtime.Manifest = browser.runtime.getManifest()): string[] {
  return manifest.host_permissions ?? (manifest.permissions ?? []).filter((permission) => permission.includes('://'));
}
