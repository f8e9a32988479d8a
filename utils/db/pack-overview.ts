import type { UndertoneDb } from './schema';
// Only the type: the background builds overviews and must not carry the UI's dictionaries.
import type { Translate } from '../i18n';
import type { PackDiff } from '../packs/diff';
import { provenanceOf, type KeyOrigin, type Provenance } from '../packs/provenance';
import type { PackFork, PackOrigin, ShortcutConflict } from '../packs/records';
import { fingerprint } from '../packs/signing';
import { ITEM_KINDS, type ItemKind } from '../packs/schema';
import { isStarterPack } from '../packs/starter';

/** What the options page shows about packs: built by the background, plain data, plain text. */

export interface PackView {
  key: string;
  origin: PackOrigin;
  url?: string;
  locked: boolean;
  intervalHours: number;
  /** Who signed the installed copy (verified when it was installed), or that it is unsigned. */
  provenance: Provenance;
  /** Who chose the pinned key; absent while no key is pinned. */
  keyFrom?: KeyOrigin;
  /** A successor key the signer announced, shown so the agent can expect the change. */
  nextFingerprint?: string;
  /** One of the starter packs shipped inside Undertone. */
  builtIn: boolean;
  pinned: boolean;
  packId?: string;
  name?: string;
  version?: string;
  description?: string;
  author?: string;
  counts: Partial<Record<ItemKind, number>>;
  checkedAt?: number;
  okAt?: number;
  updatedAt?: number;
  error?: string;
  lastDiff?: PackDiff;
  conflicts: ShortcutConflict[];
}

export interface ForkView extends PackFork {
  title: string;
  body: string;
}

export interface PacksOverview {
  sources: PackView[];
  forks: ForkView[];
  /** False when the administrator's policy forbids agents' own packs. */
  allowUserPacks: boolean;
}

export async function buildOverview(db: UndertoneDb, allowUserPacks: boolean): Promise<PacksOverview> {
  const sources = await Promise.all((await db.packs.toArray()).map(async ({ pack, trust, conflicts, ...source }): Promise<PackView> => ({
    key: source.key,
    origin: source.origin,
    url: source.url,
    locked: source.locked,
    intervalHours: source.intervalHours,
    provenance: pack ? await provenanceOf(pack, trust) : { signed: false },
    ...(trust.publicKey ? { keyFrom: trust.keyFrom ?? 'agent' } : {}),
    ...(trust.nextPublicKey && trust.keyFrom !== 'policy' ? { nextFingerprint: await fingerprint(trust.nextPublicKey) } : {}),
    builtIn: isStarterPack(source.packId),
    pinned: Boolean(trust.sha256),
    packId: source.packId,
    name: pack?.name,
    version: pack?.version,
    description: pack?.description,
    author: pack?.author,
    counts: Object.fromEntries(ITEM_KINDS.filter((kind) => pack?.[kind]?.length).map((kind) => [kind, pack![kind]!.length])),
    checkedAt: source.checkedAt,
    okAt: source.okAt,
    updatedAt: source.updatedAt,
    error: source.error,
    lastDiff: source.lastDiff,
    conflicts: conflicts ?? [],
  })));
  const forks: ForkView[] = [];
  for (const fork of await db.packForks.toArray()) {
    const snippet = await db.snippets.get(fork.snippetId);
    if (snippet) forks.push({ ...fork, title: snippet.title, body: snippet.body });
  }
  return { sources, forks, allowUserPacks };
}

export type PackStatus = { kind: 'ok' | 'failed' | 'stale' | 'waiting'; text: string };

/** "updated N ago", "failed: reason" or "out of date", as uBlock Origin shows its lists; in the UI language of the translator given. */
export function packStatus(view: PackView, now: number, t: Translate): PackStatus {
  if (view.error) return { kind: 'failed', text: t('packStatus_failed', { reason: view.error }) };
  if (view.origin === 'file') return { kind: 'ok', text: t('packStatus_imported', { ago: ago(view.updatedAt ?? now, now, t) }) };
  if (!view.okAt) return { kind: 'waiting', text: t('packStatus_waiting') };
  if (now - view.okAt > 2 * view.intervalHours * 3_600_000) return { kind: 'stale', text: t('packStatus_stale', { ago: ago(view.okAt, now, t) }) };
  return { kind: 'ok', text: t('packStatus_updated', { ago: ago(view.okAt, now, t) }) };
}

export function ago(then: number, now: number, t: Translate): string {
  const minutes = Math.max(0, Math.round((now - then) / 60_000));
  if (minutes < 1) return t('agoNow');
  if (minutes < 60) return t('agoMinutes', { n: minutes });
  const hours = Math.round(minutes / 60);
  if (hours < 48) return t('agoHours', { n: hours });
  return t('agoDays', { n: Math.round(hours / 24) });
}
