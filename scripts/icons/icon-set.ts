/**
 * Undertone's icons: one SVG master (assets/icon/icon.svg) and the PNGs
 * rendered from it into public/icon/ by `npm run icons`. The manifest, the
 * renderer and the tests all read the sizes from here.
 */
export const ICON_MASTER = 'assets/icon/icon.svg';
export const ICON_DIR = 'public/icon';
/** Records which master the committed PNGs were rendered from, so a changed master without new PNGs fails a test. */
export const ICON_STAMP = 'assets/icon/rendered.json';

/** Chrome wants 16, 32, 48 and 128; Firefox 48 and 96. */
export const ICON_SIZES = [16, 32, 48, 96, 128] as const;
/** The toolbar button's sizes (1× and 2×). */
export const TOOLBAR_SIZES = [16, 32] as const;

/**
 * Toolbar variants for Firefox's theme_icons: the bare mark, without its tile,
 * in a light ink for dark toolbars and a dark ink for light ones.
 */
export const TOOLBAR_INKS = { light: '#f4efe6', dark: '#24484a' } as const;
export type Ink = keyof typeof TOOLBAR_INKS;

export const iconFile = (size: number) => `icon/${size}.png`;
export const toolbarFile = (ink: Ink, size: number) => `icon/toolbar-${ink}-${size}.png`;

const bySize = (sizes: readonly number[], file: (size: number) => string) => Object.fromEntries(sizes.map((size) => [String(size), file(size)]));

/** The manifest's icon fields for one browser (paths relative to the extension's root). */
export function manifestIcons(browser: string) {
  const icons = bySize(ICON_SIZES, iconFile);
  const default_icon = bySize(TOOLBAR_SIZES, iconFile);
  if (browser !== 'firefox') return { icons, toolbar: { default_icon } };
  // Firefox's "light" icon is the one drawn on dark themes, its "dark" icon on light ones.
  const theme_icons = TOOLBAR_SIZES.map((size) => ({ light: toolbarFile('light', size), dark: toolbarFile('dark', size), size }));
  return { icons, toolbar: { default_icon, theme_icons } };
}

/**
 * The bare mark for a toolbar variant: the master without its tile, its
 * strokes in `ink`. Done on the master's own ids, so the two never drift apart.
 */
export function toolbarSvg(master: string, ink: Ink): string {
  const withoutTile = master.replace(/<rect id="tile"[^>]*\/>/, '');
  if (withoutTile === master) throw new Error(`${ICON_MASTER} has no <rect id="tile" …/> to drop for the toolbar variant`);
  return withoutTile.replace(/stroke="#[0-9a-f]{3,6}"/gi, `stroke="${TOOLBAR_INKS[ink]}"`);
}
