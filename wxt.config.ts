import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { manifestIcons } from './scripts/icons/icon-set';
import { consoleMatchPatterns } from './utils/adapters/match-patterns.node';

/**
 * The coaching engine's weights get a chunk of their own: they have their own
 * size budget (coachingEngineKbGzip in budgets.json), and the sidebar's code budget is measured
 * without them. Content scripts are single-file builds, so they are left alone.
 */
function coachingWeightsChunk(): Plugin {
  return {
    name: 'undertone:coaching-weights-chunk',
    outputOptions(options) {
      if (options.inlineDynamicImports || options.format === 'iife') return null;
      return { ...options, manualChunks: (id: string) => (id.endsWith('/utils/coaching/weights.json') ? 'coaching-weights' : undefined) };
    },
  };
}

/** Sites beyond the built-in consoles, each granted by the agent at run time (optional host permissions). */
const OTHER_SITES = ['https://*/*', 'http://*/*'];

// The public half of a throwaway key: it pins the unpacked extension's id
// (ijnkicpkfikbgempmefpgdlogoomodmj) so enterprise-policy tests and admins can
// address it. The private half was never kept; the Web Store assigns its own id.
// Store archives (`npm run zip`, mode "store") leave it out: a store upload may not carry a key, and the store's id replaces it.
const FIXED_ID_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAuTtRh36Lz3q/h+b2HygsDprFgro3+QxuegwHLtexImKDl0hkw4HIrT/intjdfA49XPSzxvVXgHTFoyRFAQeWlDDauPwbvhXm9rXRPxHXY4+GE6D7TP1DQ6fdegi8uuALCGkDOz8RqX3MOw9XEmM95TxwUcuFd+rKRR4Hg9RLq92frfH6BE8bp0NQA2zblmcbxmZGSyLRbxPr+A9nj8Mli4PElvq5sCxtuaiqdkb/Xtbt+TBfZSCnGaXSwk3NEoj7wt4yOsuHvJkSY+vtGx70zyGAcl//coERzbtwD6ZnuEspT+pLyvZso1PyWIJ19qB5Ntr4gbztzLqRzCQ/fxjgqQIDAQAB';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    // WXT 0.20 drops optional_host_permissions from an MV2 manifest without moving them, which would leave Sites unable to ask
    // for any site in Firefox; MV2 lists optional hosts among optional_permissions.
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.manifestVersion === 2) manifest.optional_permissions = [...(manifest.optional_permissions ?? []), ...OTHER_SITES];
    },
  },
  imports: false,
  // `npm run zip`: the store archives, built apart (mode "store", into .output/*-store) so the dev and test builds keep their key.
  zip: {
    // The Firefox sources archive is what a reviewer rebuilds from: the code, its lockfile and the committed weights, not the
    // training corpus, the browser tests or the README's pictures.
    excludeSources: ['data/**', 'e2e/**', 'e2e-firefox/**', 'docs/**/*.png', 'test-results/**', 'playwright-report/**'],
  },
  // NOMINIFY=1 (readable names) and SOURCEMAP=1 are for reading benchmark profiles (BENCH_PROFILE in scripts/bench).
  vite: () => ({ plugins: [preact(), coachingWeightsChunk()], build: { sourcemap: !!process.env.SOURCEMAP, minify: !process.env.NOMINIFY } }),
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    key: browser === 'firefox' || mode === 'store' ? undefined : FIXED_ID_PUBLIC_KEY,
    icons: manifestIcons(browser).icons,
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'scripting', 'contextMenus', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: consoleMatchPatterns,
    optional_host_permissions: OTHER_SITES,
    // WXT turns `action` into Firefox's browser_action, theme_icons (light and dark toolbars) included.
    action: { default_title: '__MSG_actionTitle__', ...manifestIcons(browser).toolbar },
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+U' },
        description: '__MSG_commandToggle__',
      },
    },
    // Enterprise policy for team packs; Chromium only (Firefox warns on the key and reads its 3rdparty policy unchecked).
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed-schema.json' } }),
    // The docked sidebar is an iframe of this page: it must load on every site the agent may allow (Sites, custom adapters), not only the built-in consoles.
    web_accessible_resources: [{ resources: ['sidebar.html'], matches: OTHER_SITES }],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // Nothing leaves the device (see README, Privacy); Firefox asks add-ons to say so.
            gecko: { id: 'undertone@undertone.dev', strict_min_version: '128.0', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
