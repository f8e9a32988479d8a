import en from '../../packs/starter/undertone-starter-en.json';
import zhHans from '../../packs/starter/undertone-starter-zh-hans.json';
import zhHant from '../../packs/starter/undertone-starter-zh-hant.json';
import { STARTER_LANGUAGES, starterPackId, type StarterLanguage } from '../packs/starter';
import { importPack, type ImportResult } from './pack-importer';
import type { UndertoneDb } from './schema';

const shipped: Record<StarterLanguage, unknown> = { en, 'zh-Hans': zhHans, 'zh-Hant': zhHant };
/** Installed as an imported file would be, so removing, forking, backing up and restoring treat it like any pack. */
const sourceKey = (lang: StarterLanguage) => `file:${starterPackId(lang)}`;

/** Installs (or re-installs) the starter pack in one language, validated like any pack. */
export function installStarterPack(db: UndertoneDb, lang: StarterLanguage): Promise<ImportResult> {
  return importPack(db, new TextEncoder().encode(JSON.stringify(shipped[lang])), { source: { key: sourceKey(lang), origin: 'file' } });
}

/**
 * After the extension updates, each starter pack the agent kept takes the new
 * version shipped with it (forks are flagged as for any pack update); removed
 * ones stay removed. Returns what refused, for the background's log.
 */
export async function refreshStarterPacks(db: UndertoneDb): Promise<string[]> {
  const refused: string[] = [];
  for (const lang of STARTER_LANGUAGES) {
    if (!(await db.packs.get(sourceKey(lang)))) continue;
    const result = await installStarterPack(db, lang);
    if (!result.ok) refused.push(`${starterPackId(lang)}: ${result.errors.join('; ')}`);
  }
  return refused;
}
