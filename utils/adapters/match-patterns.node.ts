import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The same union as match-patterns.ts, read with Node's fs for wxt.config.ts,
 * which is loaded outside Vite (no import.meta.glob). A unit test checks the
 * two agree.
 */
const folder = join(dirname(fileURLToPath(import.meta.url)), 'consoles');

export const consoleMatchPatterns: string[] = [
  ...new Set(
    readdirSync(folder)
      .filter((file) => file.endsWith('.json'))
      .sort()
      .flatMap((file) => (JSON.parse(readFileSync(join(folder, file), 'utf8')) as { matches: string[] }).matches),
  ),
];
