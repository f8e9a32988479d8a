import { useSignal } from '@preact/signals';
import { useEffect, useMemo } from 'preact/hooks';
import type { Note } from '@/utils/db/schema';
import { createNotesLibraryModel, type NotesLibraryModel } from '@/utils/snippets/notes-library-model';

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function NotesSection() {
  const model = useMemo(createNotesLibraryModel, []);
  const draft = useSignal('');
  useEffect(() => void model.load(), []);

  async function capture(event: Event) {
    event.preventDefault();
    if (await model.addFree(draft.value)) draft.value = '';
  }

  return (
    <>
      <form class="card editor" onSubmit={capture} aria-label="Quick note">
        <label class="field">
          <span>Quick note (not tied to a conversation)</span>
          <textarea rows={2} value={draft.value} onInput={(e) => (draft.value = e.currentTarget.value)} data-testid="free-note-input" />
        </label>
        <div class="actions">
          <button type="submit" disabled={!draft.value.trim()}>Save note</button>
        </div>
      </form>
      <div class="toolbar">
        <label class="visually-hidden" for="notes-search">Search notes</label>
        <input id="notes-search" type="search" placeholder="Search notes and conversations…" value={model.query.value} onInput={(e) => (model.query.value = e.currentTarget.value)} />
        <span class="hint">{model.visible.value.length} of {model.notes.value.length}</span>
      </div>
      {model.error.value && <p class="error" role="alert">{model.error.value}</p>}
      <ul class="note-list note-table" data-testid="all-notes">
        {model.visible.value.map((note) => <NoteItem key={note.id} note={note} model={model} />)}
      </ul>
    </>
  );
}

function NoteItem({ note, model }: { note: Note; model: NotesLibraryModel }) {
  const editing = useSignal<string | undefined>(undefined);
  return (
    <li>
      {editing.value === undefined ? (
        <p>{note.text}</p>
      ) : (
        <textarea aria-label="Edit note" rows={3} value={editing.value} onInput={(e) => (editing.value = e.currentTarget.value)} />
      )}
      <span class="actions">
        {editing.value === undefined ? (
          <button onClick={() => (editing.value = note.text)}>Edit</button>
        ) : (
          <button onClick={async () => (await model.update(note.id, editing.value!)) && (editing.value = undefined)}>Save</button>
        )}
        <button onClick={() => void model.remove(note.id)} aria-label={`Delete note: ${note.text.slice(0, 40)}`}>Delete</button>
      </span>
      <span class="meta">
        {note.conversationKey ? `Conversation ${note.conversationKey}` : 'Free note'} · <time dateTime={new Date(note.updatedAt).toISOString()}>{timeFormat.format(note.updatedAt)}</time>
      </span>
    </li>
  );
}
