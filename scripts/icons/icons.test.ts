import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pngSize } from '../store/archive-checks';
import { ICON_MASTER, ICON_SIZES, ICON_STAMP, iconFile, manifestIcons, TOOLBAR_SIZES, toolbarFile, toolbarSvg } from './icon-set';

const master = readFileSync(ICON_MASTER, 'utf8');
const sizeOf = (file: string) => pngSize(new Uint8Array(readFileSync(join('public', file))));

describe('icons', () => {
  it('were rendered from the master as it is now (run `npm run icons` after editing it)', () => {
    const stamp = JSON.parse(readFileSync(ICON_STAMP, 'utf8')) as { sha256: string };
    expect(stamp.sha256).toBe(createHash('sha256').update(master).digest('hex'));
  });

  it('exist at every size the manifests list, each at its own size', () => {
    for (const size of ICON_SIZES) expect(sizeOf(iconFile(size)), iconFile(size)).toEqual({ width: size, height: size });
    for (const ink of ['light', 'dark'] as const) {
      for (const size of TOOLBAR_SIZES) expect(sizeOf(toolbarFile(ink, size)), toolbarFile(ink, size)).toEqual({ width: size, height: size });
    }
  });

  it('give Firefox light and dark toolbar variants, and every browser the same sizes', () => {
    const files = (icons: object) => JSON.stringify(icons).match(/icon\/[\w-]+\.png/g) ?? [];
    for (const file of [...files(manifestIcons('chrome')), ...files(manifestIcons('firefox'))]) expect(existsSync(join('public', file)), file).toBe(true);
    expect(manifestIcons('chrome')).not.toHaveProperty('toolbar.theme_icons');
    expect(manifestIcons('firefox').toolbar).toMatchObject({ theme_icons: TOOLBAR_SIZES.map((size) => ({ size, light: toolbarFile('light', size), dark: toolbarFile('dark', size) })) });
  });

  it('draw the toolbar variants from the master: the tile dropped, the strokes in the ink', () => {
    const light = toolbarSvg(master, 'light');
    expect(light).not.toContain('id="tile"');
    expect(light).toContain('id="wave"');
    expect(new Set(light.match(/stroke="[^"]+"/g))).toEqual(new Set(['stroke="#f4efe6"']));
    expect(() => toolbarSvg('<svg></svg>', 'dark')).toThrow(/no <rect id="tile"/);
  });
});
