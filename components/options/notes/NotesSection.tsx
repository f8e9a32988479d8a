import { useSignal } from '@preact/signals';
import { useEffect, useMemo } from 'preact/hooks';
import type { Note } from '@/utils/db/schema';
import { createNotesLibraryModel, type NotesLibraryModel } from '@/utils/state/notes-library-model';
import { useDateFormat, useT } from '../../i18n';

export function NotesSection() {
  const t = useT();
  const model = useMemo(createNotesLibraryModel, []);
  const draft = useSignal('');
  useEffect(() => void model.load(), []);

  async function capture(event: Event) {
    event.preventDefault();
    if (await model.addFree(draft.value)) draft.value = '';
  }

  return (
    <>
      <form class="card editor" onSubmit={capture} aria-label={t('quickNote')}>
        <label class="field">
          <span>{t('notesFreeLabel')}</span>
          <textarea rows={2} value={draft.value} onInput={(e) => (draft.value = e.currentTarget.value)} data-testid="free-note-input" />
        </label>
        <div class="actions">
          <button type="submit" disabled={!draft.value.trim()}>{t('saveNote')}</button>
        </div>
      </form>
      <div class="toolbar">
        <label class="visually-hidden" for="notes-search">{t('notesSearch')}</label>
        <input id="notes-search" type="search" placeholder={t('notesSearchPlaceholder')} value={model.query.value} onInput={(e) => (model.query.value = e.currentTarget.value)} />
        <span class="hint">{t('notesCount', { shown: model.visible.value.length, total: model.notes.value.length })}</span>
      </div>
      {model.error.value && <p class="error" role="alert">{t('failedBecause', { reason: model.error.value })}</p>}
      <ul class="note-list note-table" data-testid="all-notes">
        {model.visible.value.map((note) => <NoteItem key={note.id} note={note} model={model} />)}
      </ul>
    </>
  );
}

function NoteItem({ note, model }: { note: Note; model: NotesLibraryModel }) {
  const t = useT();
  const timeFormat = useDateFormat({ dateStyle: 'medium', timeStyle: 'short' });
  const editing = useSignal<string | undefined>(undefined);
  return (
    <li>
      {editing.value === undefined ? (
        <p>{note.text}</p>
      ) : (
        <textarea aria-label={t('notesEditLabel')} rows={3} value={editing.value} onInput={(e) => (editing.value = e.currentTarget.value)} />
      )}
      <span class="actions">
        {editing.value === undefined ? (
          <button onClick={() => (editing.value = note.text)}>{t('edit')}</button>
        ) : (
          <button onClick={async () => (await model.update(note.id, editing.value!)) && (editing.value = undefined)}>{t('save')}</button>
        )}
        <button onClick={() => void model.remove(note.id)} aria-label={t('notesDeleteLabel', { text: note.text.slice(0, 40) })}>{t('delete')}</button>
      </span>
      <span class="meta">
        {note.conversationKey ? t('notesConversation', { key: note.conversationKey }) : t('notesFree')} · <time dateTime={new Date(note.updatedAt).toISOString()}>{timeFormat.format(note.updatedAt)}</time>
      </span>
    </li>
  );
}
