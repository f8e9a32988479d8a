import type { RequestType } from './requests';

/**
 * The browser refused a write because Undertone's storage is full. With the
 * `unlimitedStorage` permission that means the disk itself is full; without
 * it, the origin's quota. IndexedDB reports it as a QuotaExceededError, which
 * Dexie may wrap (AbortError.inner, BulkError.failures), so the chain is walked.
 */
export function isStorageFull(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 4) return false;
  const { name, inner, cause, failures } = error as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (name === 'QuotaExceededError') return true;
  return [inner, cause, ...(Array.isArray(failures) ? failures : [])].some((wrapped) => isStorageFull(wrapped, depth + 1));
}

/** What the agent was doing, in the words of the message; other writes are "the change". */
const notSaved: Partial<Record<RequestType, string>> = {
  'notes.add': 'the note was not saved',
  'notes.update': 'the note was not saved',
  'snippets.create': 'the snippet was not saved',
  'snippets.update': 'the snippet was not saved',
  'snippets.retag': 'the tags were not saved',
  'snippets.restore': 'the snippets were not restored',
  'backup.import': 'the backup was not restored',
  'backup.restoreSnapshot': 'the snapshot was not restored',
  'backup.snapshot': 'the snapshot was not taken',
  'packs.importFile': 'the pack was not saved',
  'packs.subscribe': 'the pack was not saved',
  'packs.updateNow': 'the pack update was not saved',
  'adapters.save': 'the console adapter was not saved',
  'adapters.import': 'the console adapters were not saved',
};

/** Says what failed, that nothing earlier was lost (a refused transaction changes nothing), and what the agent can do. */
export function storageFullMessage(type: RequestType): string {
  return (
    `Your browser's storage for Undertone is full: ${notSaved[type] ?? 'the change was not saved'}. Everything saved before is kept. ` +
    'Free some disk space, or delete snippets and notes you no longer need, then try again; export a backup (Options › Backup) to keep a copy.'
  );
}
