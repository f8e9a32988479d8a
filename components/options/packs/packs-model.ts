import { computed, signal } from '@preact/signals';
import { liveQuery } from 'dexie';
import { database } from '@/utils/db/schema';
import type { Translate, Wording } from '@/utils/i18n';
import type { FileCheck, ImportResult } from '@/utils/db/pack-importer';
import type { PacksOverview } from '@/utils/db/pack-overview';
import type { StoredPackItem } from '@/utils/packs/records';
import type { StarterLanguage } from '@/utils/packs/starter';
import { request } from '@/utils/protocol/client';

/** The packs section's state: the background's overview plus what the last action said. */
export function createPacksModel() {
  const overview = signal<PacksOverview | undefined>(undefined);
  const busy = signal(false);
  const error = signal<Wording | undefined>(undefined);
  const message = signal<Wording | undefined>(undefined);
  /** Ticks each minute so "updated N ago" stays true. */
  const now = signal(Date.now());
  const items = signal<Record<string, StoredPackItem[]>>({});
  /** A file read but not yet imported: who signed it, for the agent to confirm first. */
  const pendingFile = signal<{ text: string; publicKey?: string; check: FileCheck } | undefined>(undefined);
  const flaggedForks = computed(() => overview.value?.forks.filter((fork) => fork.upstream) ?? []);

  async function load(): Promise<void> {
    overview.value = await request('packs.overview', {});
  }

  /** Reloads whenever the background writes pack data (policy arrivals, alarm updates): Dexie tells same-origin pages. */
  function watch(): () => void {
    const db = database();
    const subscription = liveQuery(() => Promise.all([db.packs.toArray(), db.packForks.toArray()])).subscribe({
      next: () => void load().catch(() => undefined),
      error: (caught: unknown) => console.error(caught),
    });
    return () => subscription.unsubscribe();
  }

  async function loadItems(packId: string): Promise<void> {
    items.value = { ...items.value, [packId]: await request('packs.items', { packId }) };
  }

  /** Runs one action, shows its outcome in words, and reloads. */
  async function act(action: () => Promise<Wording | ImportResult | void>): Promise<void> {
    busy.value = true;
    error.value = undefined;
    message.value = undefined;
    try {
      const outcome = await action();
      if (typeof outcome === 'function') message.value = outcome;
      else if (outcome) describe(outcome);
    } catch (caught) {
      const reason = caught instanceof Error ? caught.message : String(caught);
      error.value = (t) => t('failedBecause', { reason });
    } finally {
      busy.value = false;
      now.value = Date.now();
      await load().catch(() => undefined);
    }
  }

  function describe(result: ImportResult): void {
    if (!result.ok) {
      // The validator's own words name each JSON path; they are quoted, not translated.
      const { errors } = result;
      error.value = (t) => t('packsRefused', { reasons: errors.join('; ') });
      return;
    }
    const { name, version, changed, conflicts } = result;
    message.value = (t: Translate) =>
      changed
        ? t('packsInstalled', { name, version }) + (conflicts.length ? t('packsConflicts', { count: conflicts.length }) : '')
        : t('packsUpToDate', { name, version });
  }

  /** Checks a chosen file (against `publicKey` if the agent gave one) and holds it, refused or not, so a key can still be entered. */
  async function checkFile(text: string, publicKey?: string): Promise<void> {
    await act(async () => {
      const check = await request('packs.checkFile', { text, ...(publicKey ? { publicKey } : {}) });
      pendingFile.value = { text, ...(publicKey ? { publicKey } : {}), check };
    });
  }

  async function importPending(): Promise<void> {
    const pending = pendingFile.value;
    if (!pending?.check.ok) return;
    pendingFile.value = undefined;
    await act(() => request('packs.importFile', { text: pending.text, ...(pending.publicKey ? { publicKey: pending.publicKey } : {}) }));
  }

  return {
    overview,
    pendingFile,
    checkFile,
    importPending,
    cancelFile: () => void (pendingFile.value = undefined),
    busy,
    error,
    message,
    now,
    items,
    flaggedForks,
    load,
    watch,
    loadItems,
    tick: () => (now.value = Date.now()),
    subscribe: (input: { url: string; intervalHours: number; sha256?: string; publicKey?: string }) => act(() => request('packs.subscribe', input)),
    installStarter: (lang: StarterLanguage) => act(() => request('packs.installStarter', { lang })),
    updateNow: (key: string) => act(() => request('packs.updateNow', { key })),
    remove: (key: string) => act(async () => (await request('packs.remove', { key }), (t: Translate) => t('packsRemoved'))),
    resolveFork: (snippetId: string, choice: 'keep' | 'theirs') =>
      act(async () => (await request('packs.resolveFork', { snippetId, choice }), (t: Translate) => t(choice === 'keep' ? 'packsKeptYours' : 'packsTookTheirs'))),
    fork: (packId: string, itemId: string, edit: { title?: string; body?: string }) =>
      act(async () => (await request('packs.fork', { packId, itemId, edit }), (t: Translate) => t('packsForked'))),
  };
}

export type PacksModel = ReturnType<typeof createPacksModel>;
