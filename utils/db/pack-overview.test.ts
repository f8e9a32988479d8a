import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UndertoneDb } from './schema';
import { translator } from '../i18n';
import { packContent } from './pack-content';
import { importPack } from './pack-importer';
import { ago, buildOverview, packStatus, type PackView } from './pack-overview';

const HOUR = 3_600_000;
const view = (over: Partial<PackView>): PackView => ({ key: 'k', origin: 'url', locked: false, intervalHours: 6, provenance: { signed: false }, builtIn: false, pinned: false, counts: {}, conflicts: [], ...over });

describe('pack status', () => {
  const now = 1_800_000_000_000;
  const en = translator('en');
  it('reads "updated N ago", "failed: reason" or "out of date"', () => {
    expect(packStatus(view({ okAt: now - 5 * 60_000 }), now, en)).toEqual({ kind: 'ok', text: 'updated 5 min ago' });
    expect(packStatus(view({ okAt: now - HOUR, error: 'the server answered 404 Not Found' }), now, en)).toEqual({ kind: 'failed', text: 'failed: the server answered 404 Not Found' });
    expect(packStatus(view({ okAt: now - 13 * HOUR }), now, en)).toEqual({ kind: 'stale', text: 'out of date (last checked 13 h ago)' });
    expect(packStatus(view({}), now, en)).toEqual({ kind: 'waiting', text: 'not fetched yet' });
    expect(packStatus(view({ origin: 'file', updatedAt: now - 72 * HOUR }), now, en)).toEqual({ kind: 'ok', text: 'imported 3 days ago' });
    expect(ago(now - 20_000, now, en)).toBe('just now');
  });

  it('says the same in the other UI languages', () => {
    expect(packStatus(view({ okAt: now - 5 * 60_000 }), now, translator('zh-Hans')).text).toBe('5 分钟前更新');
    expect(packStatus(view({ okAt: now - 13 * HOUR }), now, translator('zh-Hant')).text).toBe('已過期（上次檢查：13 小時前）');
    expect(packStatus(view({ origin: 'file', updatedAt: now }), now, translator('zh-Hant')).text).toBe('剛剛匯入');
  });
});

describe('overview and content', () => {
  let db: UndertoneDb;
  beforeEach(() => {
    db = new UndertoneDb(`overview-${crypto.randomUUID()}`);
  });
  afterEach(async () => {
    db.close();
    await Dexie.delete(db.name);
  });

  it('summarises installed packs and hands their coaching data to the engines, locked packs first', async () => {
    for (const [path, locked] of [['packs/undertone-essentials-en.json', false], ['packs/undertone-essentials-zh-hans.json', true]] as const) {
      const result = await importPack(db, new Uint8Array(readFileSync(path)), { source: { locked } });
      expect(result.ok).toBe(true);
    }
    const overview = await buildOverview(db, true);
    expect(overview.sources.map((s) => [s.name, s.version, s.counts.snippets, s.locked])).toEqual([
      ['Undertone essentials (English)', '1.0.0', 12, false],
      ['Undertone 基础话术（简体中文）', '1.0.0', 12, true],
    ]);
    const content = await packContent(db);
    expect(content.draftChecks[0]).toMatchObject({ packId: 'dev.undertone.essentials-zh-hans', avoid: '您冷静一下' });
    expect(content.coaching).toHaveLength(28);
    expect(content.hotlines.map((h) => h.region).sort()).toEqual(['CN', 'CN', 'GB', 'US']);
  });
});
