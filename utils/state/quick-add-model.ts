import { computed, signal } from '@preact/signals';
import { request } from '../protocol/client';
import { draftFromSelection } from '../snippets/from-selection';
import type { SnippetDraft } from '../db/schema';

/**
 * "Save selection as snippet" in the sidebar: the composer's selection comes
 * over the port, the agent names it in a small form, the background checks
 * and stores it like any other new snippet.
 */
export function createQuickAddModel() {
  /** What the agent last selected in the composer. */
  const selection = signal('', { name: 'quickAdd.selection' });
  /** The open form, prefilled from the selection. */
  const form = signal<SnippetDraft | undefined>(undefined, { name: 'quickAdd.form' });
  const error = signal<string | undefined>(undefined, { name: 'quickAdd.error' });
  const saved = signal<string | undefined>(undefined, { name: 'quickAdd.saved' });
  const canSave = computed(() => selection.value.trim() !== '');

  function open(): void {
    const result = draftFromSelection(selection.value);
    saved.value = undefined;
    if ('problem' in result) {
      error.value = result.problem;
      return;
    }
    error.value = undefined;
    form.value = result.draft;
  }

  async function save(): Promise<void> {
    const draft = form.value;
    if (!draft) return;
    try {
      const snippet = await request('snippets.create', { draft });
      form.value = undefined;
      error.value = undefined;
      saved.value = snippet.title;
    } catch (cause) {
      error.value = (cause as Error).message;
    }
  }

  const edit = (change: Partial<Pick<SnippetDraft, 'title' | 'body'>>) => form.value && (form.value = { ...form.value, ...change });
  const cancel = () => ((form.value = undefined), (error.value = undefined));

  return { selection, form, error, saved, canSave, open, save, edit, cancel };
}

export type QuickAddModel = ReturnType<typeof createQuickAddModel>;
