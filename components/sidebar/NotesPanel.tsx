import { useSignal } from '@preact/signals';
import type { NotesModel } from '@/utils/state/notes-model';
import { useT } from '../i18n';

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', day: 'numeric', month: 'short' });

export function NotesPanel({ model, enabled }: { model: NotesModel; enabled: boolean }) {
  const t = useT();
  const draft = useSignal('');
  const saving = useSignal(false);

  async function save(event: Event) {
    event.preventDefault();
    if (!draft.value.trim() || saving.value) return;
    saving.value = true;
    if (await model.add(draft.value)) draft.value = '';
    saving.value = false;
  }

  return (
    <section class="card notes" aria-labelledby="notes-heading">
      <h2 id="notes-heading">{t('notesHeading')}</h2>
      <form onSubmit={save}>
        <label class="visually-hidden" for="note-input">{t('quickNote')}</label>
        <textarea
          id="note-input"
          data-testid="note-input"
          rows={2}
          placeholder={t('notePlaceholder')}
          value={draft.value}
          disabled={!enabled}
          onInput={(e) => (draft.value = e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save(e);
          }}
        />
        <button type="submit" disabled={!enabled || saving.value || !draft.value.trim()}>{t('saveNote')}</button>
      </form>
      {model.error.value && (
        <p class="error" role="alert" data-testid="notes-error">
          {model.error.value.storageFull ? t('noteStorageFull') : model.error.value.message}
        </p>
      )}
      <ul class="note-list" data-testid="note-list">
        {model.notes.value.map((note) => (
          <li key={note.id}>
            <p>{note.text}</p>
            <time dateTime={new Date(note.updatedAt).toISOString()}>{timeFormat.format(note.updatedAt)}</time>
          </li>
        ))}
      </ul>
    </section>
  );
}
