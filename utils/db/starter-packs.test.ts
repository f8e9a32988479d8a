import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STARTER_LANGUAGES, isStarterPack, starterPackId } from '../packs/starter';
import { removeSource } from './pack-store';
import { UndertoneDb } from './schema';
import { installStarterPack, refreshStarterPacks } from './starter-packs';

type Snippet = { id: string; body: string; lang: string; tags: string[] };
const file = { en: 'en', 'zh-Hans': 'zh-hans', 'zh-Hant': 'zh-hant' } as const;
const shipped = (lang: (typeof STARTER_LANGUAGES)[number]) =>
  JSON.parse(readFileSync(`packs/starter/undertone-starter-${file[lang]}.json`, 'utf8')) as { id: string; locales: string[]; snippets: Snippet[] };

let db: UndertoneDb;
beforeEach(async () => {
  db = new UndertoneDb(`starter-${crypto.randomUUID()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('the starter library', () => {
  it('is written so every reply can be sent as it is, or asks only through an explicit fill-in', () => {
    for (const lang of STARTER_LANGUAGES) {
      const pack = shipped(lang);
      expect(pack.id).toBe(starterPackId(lang));
      expect(pack.locales).toEqual([lang]);
      for (const snippet of pack.snippets) {
        expect(snippet.lang, snippet.id).toBe(lang);
        expect(snippet.body, `${lang} ${snippet.id}`).toMatch(/[.?!。？！]$/);
        for (const placeholder of snippet.body.match(/\{\{[^}]*\}\}/g) ?? []) expect(placeholder, `${lang} ${snippet.id}`).toMatch(/^\{\{input:[^}]+\}\}$/);
      }
    }
  });

  it('says the same things in each language: the same replies, under the same five headings', () => {
    const shape = (lang: (typeof STARTER_LANGUAGES)[number]) => shipped(lang).snippets.map((s) => s.id);
    expect(shape('zh-Hans')).toEqual(shape('en'));
    expect(shape('zh-Hant')).toEqual(shape('en'));
    for (const lang of STARTER_LANGUAGES) expect(new Set(shipped(lang).snippets.map((s) => s.tags[0])).size).toBe(5);
  });

  it('installs through the pack path: the snippets reach the library as pack snippets', async () => {
    for (const lang of STARTER_LANGUAGES) {
      const result = await installStarterPack(db, lang);
      expect(result).toMatchObject({ ok: true, packId: starterPackId(lang), changed: true });
      expect(await db.snippets.where('source').equals(`pack:${starterPackId(lang)}`).count()).toBe(shipped(lang).snippets.length);
    }
    expect(isStarterPack(starterPackId('zh-Hant'))).toBe(true);
    expect(isStarterPack('dev.undertone.essentials-en')).toBe(false);
  });

  it('installs once: adding it again changes nothing', async () => {
    await installStarterPack(db, 'en');
    expect(await installStarterPack(db, 'en')).toMatchObject({ ok: true, changed: false });
    expect(await db.packs.count()).toBe(1);
  });

  it('refreshes with the extension only the packs the agent kept', async () => {
    await installStarterPack(db, 'en');
    await installStarterPack(db, 'zh-Hans');
    await removeSource(db, `file:${starterPackId('zh-Hans')}`);
    expect(await refreshStarterPacks(db)).toEqual([]);
    expect((await db.packs.toArray()).map((source) => source.packId)).toEqual([starterPackId('en')]);
  });
});
