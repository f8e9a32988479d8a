import { computed, signal } from '@preact/signals';
import type { Snippet, SnippetDraft } from '../db/schema';
import type { MessageKey, Wording } from '../i18n';
import { request, RequestError } from '../protocol/client';
import { createSnippetIndex } from '../snippets/search';

/** English needs its own words for one; the other languages say both the same way. */
const counted = (count: number, one: MessageKey, many: MessageKey): Wording => (t) => (count === 1 ? t(one) : t(many, { count }));

/** A full disk is said in the agent's language; other refusals keep the background's own words, framed. */
function failure(cause: unknown): Wording {
  if (cause instanceof RequestError && cause.code === 'storage-full') return (t) => t('libraryStorageFull');
  const reason = (cause as Error).message;
  return (t) => t('failedBecause', { reason });
}

/** The options page's snippet table: the whole library, a filter, a selection, and Undo for the last delete. */
export function createLibraryModel() {
  const snippets = signal<Snippet[]>([], { name: 'library.snippets' });
  const query = signal('', { name: 'library.query' });
  const selected = signal<ReadonlySet<string>>(new Set(), { name: 'library.selected' });
  const lastDeleted = signal<Snippet[] | undefined>(undefined, { name: 'library.lastDeleted' });
  const error = signal<Wording | undefined>(undefined, { name: 'library.error' });
  const status = signal<Wording | undefined>(undefined, { name: 'library.status' });
  /** Sources the administrator locked: their snippets are shown, never offered for editing. */
  const readOnly = signal<ReadonlySet<string>>(new Set(), { name: 'library.readOnly' });
  const isReadOnly = (snippet: Snippet) => readOnly.value.has(snippet.source);

  const index = computed(() => createSnippetIndex(snippets.value));
  /** Newest first when no filter; otherwise by match quality. */
  const visible = computed(() => (query.value.trim() ? index.value.search(query.value, Infinity).map((hit) => hit.item) : snippets.value));
  const selectable = computed(() => visible.value.filter((s) => !isReadOnly(s)));
  const allVisibleSelected = computed(() => selectable.value.length > 0 && selectable.value.every((s) => selected.value.has(s.id)));

  async function run<T>(action: () => Promise<T>, done?: (value: T) => Wording | undefined): Promise<T | undefined> {
    try {
      const value = await action();
      error.value = undefined;
      if (done) status.value = done(value);
      return value;
    } catch (cause) {
      error.value = failure(cause);
      return undefined;
    }
  }

  async function load(): Promise<void> {
    const loaded = await run(() => Promise.all([request('snippets.list', {}), request('snippets.readOnlySources', {})]));
    if (!loaded) return;
    readOnly.value = new Set(loaded[1]);
    snippets.value = loaded[0];
    const present = new Set(loaded[0].filter((s) => !isReadOnly(s)).map((s) => s.id));
    selected.value = new Set([...selected.value].filter((id) => present.has(id)));
  }

  async function save(draft: SnippetDraft, id?: string): Promise<boolean> {
    const saved = await run(() => (id ? request('snippets.update', { id, draft }) : request('snippets.create', { draft })), (s) => (t) => t('librarySaved', { title: s.title }));
    if (saved) await load();
    return saved !== undefined;
  }

  function toggle(id: string): void {
    const next = new Set(selected.value);
    if (!next.delete(id)) next.add(id);
    selected.value = next;
  }

  function toggleAllVisible(): void {
    selected.value = allVisibleSelected.value ? new Set() : new Set(selectable.value.map((s) => s.id));
  }

  async function deleteSelected(): Promise<void> {
    const ids = [...selected.value];
    if (ids.length === 0) return;
    const deleted = await run(() => request('snippets.delete', { ids }), (d) => counted(d.length, 'libraryDeletedOne', 'libraryDeleted'));
    if (!deleted) return;
    lastDeleted.value = deleted;
    selected.value = new Set();
    await load();
  }

  async function undoDelete(): Promise<void> {
    const deleted = lastDeleted.value;
    if (!deleted || deleted.length === 0) return;
    const restored = await run(() => request('snippets.restore', { snippets: deleted }).then(() => deleted.length), (n) => counted(n, 'libraryRestoredOne', 'libraryRestored'));
    if (restored === undefined) return;
    lastDeleted.value = undefined;
    await load();
  }

  async function retagSelected(tag: string, mode: 'add' | 'remove'): Promise<void> {
    const ids = [...selected.value];
    const tags = [tag.trim()];
    if (ids.length === 0 || !tags[0]) return;
    const input = mode === 'add' ? { ids, add: tags, remove: [] } : { ids, add: [], remove: tags };
    const changed = await run(() => request('snippets.retag', input), (n) =>
      mode === 'add' ? counted(n, 'libraryTaggedOne', 'libraryTagged') : counted(n, 'libraryUntaggedOne', 'libraryUntagged'),
    );
    if (changed !== undefined) await load();
  }

  return { snippets, query, selected, isReadOnly, lastDeleted, error, status, visible, allVisibleSelected, load, save, toggle, toggleAllVisible, deleteSelected, undoDelete, retagSelected };
}

export type LibraryModel = ReturnType<typeof createLibraryModel>;
