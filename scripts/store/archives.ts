import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Where `npm run zip` leaves the store archives (WXT's default names, under .output/). */
export function storeArchives(root = '.') {
  const version = (JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string }).version;
  const at = (suffix: string) => resolve(root, '.output', `undertone-${version}-${suffix}.zip`);
  return { version, chrome: at('chrome'), firefox: at('firefox'), sources: at('sources') };
}
