import type { Pack, PackSnippet } from './schema';

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
