import { mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';

/**
 * Bundles the console fixtures' editors from the real npm packages into
 * e2e/.fixtures-build/ (gitignored: nothing vendored is committed). TinyMCE
 * loads its own parts at run time, so its package folder is linked in whole.
 */
const source = 'e2e/fixtures/consoles/editors';
const out = 'e2e/.fixtures-build';

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
symlinkSync(resolve('node_modules/tinymce'), resolve(out, 'tinymce'), 'dir');

const started = Date.now();
await build({
  entryPoints: readdirSync(source)
    .filter((file) => /\.[jt]sx?$/.test(file))
    .map((file) => `${source}/${file}`),
  outdir: out,
  bundle: true,
  format: 'iife',
  target: 'chrome120',
  jsx: 'automatic',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
});
console.log(`fixtures built in ${Date.now() - started} ms → ${out}`);
