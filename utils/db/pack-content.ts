import type { UndertoneDb } from './schema';
import type { ItemKind, Pack } from '../packs/schema';

type ItemOf<K extends ItemKind> = NonNullable<Pack[K]>[number];

/**
 * What installed packs add to coaching, draft checks, hotlines and console
 * adapters, for the engines that use them: every item tagged with its pack,
 * locked packs first (they win where items compete).
 */
export interface PackContent {
  coaching: (ItemOf<'coaching'> & { packId: string })[];
  needQuestions: (ItemOf<'needQuestions'> & { packId: string })[];
  draftChecks: (ItemOf<'draftChecks'> & { packId: string })[];
  hotlines: (ItemOf<'hotlines'> & { packId: string })[];
  adapters: (ItemOf<'adapters'> & { packId: string })[];
}

const kinds = ['coaching', 'needQuestions', 'draftChecks', 'hotlines', 'adapters'] as const;

export async function packContent(db: UndertoneDb): Promise<PackContent> {
  const sources = (await db.packs.toArray()).filter((source) => source.pack).sort((a, b) => Number(b.locked) - Number(a.locked));
  const content: PackContent = { coaching: [], needQuestions: [], draftChecks: [], hotlines: [], adapters: [] };
  for (const { pack } of sources) {
    for (const kind of kinds) {
      const items = (pack![kind] ?? []) as ItemOf<typeof kind>[];
      (content[kind] as unknown[]).push(...items.map((item) => ({ ...item, packId: pack!.id })));
    }
  }
  return content;
}
