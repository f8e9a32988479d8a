import { ITEM_KINDS, PACK_SCHEMA_VERSION, type ItemKind, type Pack, type PackSnippet } from './schema';
import { validatePackValue, type Validation } from './validate';

/** Shared by the options page and the CLI: what a lead does to a pack before publishing it. */

export type VersionPart = 'major' | 'minor' | 'patch';

export function bumpVersion(version: string, part: VersionPart): string {
  const [major = 0, minor = 0, patch = 0] = version.replace(/-.*$/s, '').split('.').map(Number);
  if (part === 'major') return `${major + 1}.0.0`;
  if (part === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

/**
 * A new release of `pack`: the version bumped, the date set, the changes at
 * the top of the changelog, and no signature or signer (the content changed,
 * so the old signature could only fail; signing names the signer again).
 */
export function release<T extends Pick<Pack, 'version' | 'publishedAt' | 'changelog'> & { signature?: unknown; signer?: unknown }>(
  pack: T,
  { bump, changes, now = new Date() }: { bump: VersionPart; changes: string[]; now?: Date },
): Omit<T, 'signature' | 'signer'> {
  const { signature: _signature, signer: _signer, ...unsigned } = pack;
  const version = bumpVersion(pack.version, bump);
  const iso = now.toISOString();
  return {
    ...unsigned,
    version,
    publishedAt: `${iso.slice(0, 19)}Z`,
    changelog: [{ version, date: iso.slice(0, 10), changes }, ...pack.changelog],
  };
}

/** The fields of a stored snippet that a pack can carry. */
type SnippetFields = Pick<PackSnippet, 'title' | 'body' | 'format' | 'lang' | 'shortcut'> & { id: string; tags: string[]; states: string[] };

/** A pack item from one of the agent's snippets: only the fields a pack carries, nothing about usage. */
export function snippetToPackItem(snippet: SnippetFields): PackSnippet {
  return {
    id: snippet.id.slice(0, 64),
    title: snippet.title,
    body: snippet.body,
    ...(snippet.format === 'light' ? { format: snippet.format } : {}),
    ...(snippet.tags.length ? { tags: snippet.tags } : {}),
    lang: snippet.lang,
    ...(snippet.states.length ? { states: snippet.states } : {}),
    ...(snippet.shortcut ? { shortcut: snippet.shortcut } : {}),
  };
}

/** A new, empty pack at 1.0.0: what `pack init` writes and a lead fills in. */
export function newPack(
  { id, name, author, description = '', locales = ['en'] }: { id: string; name: string; author: string; description?: string; locales?: Pack['locales'] },
  now = new Date(),
): Pack {
  const iso = now.toISOString();
  return {
    $schema: 'https://undertone.dev/packs/pack.schema.json',
    schemaVersion: PACK_SCHEMA_VERSION,
    id,
    name,
    description,
    version: '1.0.0',
    publishedAt: `${iso.slice(0, 19)}Z`,
    author,
    changelog: [{ version: '1.0.0', date: iso.slice(0, 10), changes: ['First release'] }],
    locales,
  };
}

/**
 * The pack with one item added (or, with `replace`, put in place of the item
 * with its id), checked by the same validator as any import. The old
 * signature and signer go: the content changed, so it must be signed again.
 */
export function withItem(pack: object, kind: ItemKind, item: unknown, { replace = false } = {}): Validation {
  if (!ITEM_KINDS.includes(kind)) return { ok: false, errors: [`the kind must be one of ${ITEM_KINDS.join(', ')}`] };
  const { signature: _signature, signer: _signer, ...unsigned } = pack as Record<string, unknown>;
  const list = Array.isArray(unsigned[kind]) ? [...(unsigned[kind] as unknown[])] : [];
  const id = (item as { id?: unknown } | null)?.id;
  const at = list.findIndex((existing) => (existing as { id?: unknown }).id === id);
  if (at >= 0 && !replace) return { ok: false, errors: [`${kind} already has an item "${String(id)}": choose another id, or replace it`] };
  if (at >= 0) list[at] = item;
  else list.push(item);
  return validatePackValue({ ...unsigned, [kind]: list });
}
