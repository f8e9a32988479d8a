import { useSignal } from '@preact/signals';
import { useEffect, useMemo } from 'preact/hooks';
import type { Snippet } from '@/utils/db/schema';
import { createLibraryModel, type LibraryModel } from '@/utils/state/library-model';
import { useDateFormat, useT } from '../../i18n';
import { SnippetEditor } from './SnippetEditor';
import { TriggerSetting } from './TriggerSetting';
import { TryPicker } from './TryPicker';
import { VirtualList } from './VirtualList';

const ROW_HEIGHT = 40;

export function SnippetsSection() {
  const t = useT();
  const model = useMemo(createLibraryModel, []);
  const editing = useSignal<Snippet | 'new' | undefined>(undefined);
  useEffect(() => void model.load(), []);

  return (
    <>
      <div class="toolbar">
        <label class="visually-hidden" for="library-search">{t('snippetsSearch')}</label>
        <input
          id="library-search"
          type="search"
          placeholder={t('librarySearchPlaceholder')}
          value={model.query.value}
          onInput={(e) => (model.query.value = e.currentTarget.value)}
        />
        <button class="primary" onClick={() => (editing.value = 'new')}>{t('libraryNew')}</button>
      </div>
      {editing.value && (
        <SnippetEditor
          key={editing.value === 'new' ? 'new' : editing.value.id}
          snippet={editing.value === 'new' ? undefined : editing.value}
          onSave={(draft) => model.save(draft, editing.value === 'new' ? undefined : editing.value?.id)}
          onCancel={() => (editing.value = undefined)}
        />
      )}
      <Messages model={model} />
      {model.selected.value.size > 0 && <BulkBar model={model} />}
      <SnippetTable model={model} onEdit={(snippet) => (editing.value = snippet)} />
      <TryPicker snippets={model.snippets.value} />
      <TriggerSetting />
    </>
  );
}

function Messages({ model }: { model: LibraryModel }) {
  const t = useT();
  return (
    <>
      {model.error.value && <p class="error" role="alert">{model.error.value(t)}</p>}
      <div role="status" class={model.status.value ? 'banner' : 'visually-hidden'}>
        <span>{model.status.value?.(t)}</span>
        {model.lastDeleted.value && <button onClick={() => void model.undoDelete()}>{t('undo')}</button>}
      </div>
    </>
  );
}

function BulkBar({ model }: { model: LibraryModel }) {
  const t = useT();
  const tag = useSignal('');
  const count = model.selected.value.size;
  return (
    <div class="toolbar card" aria-label={t('librarySelection')} role="group">
      <strong>{t('librarySelectedCount', { count })}</strong>
      <label class="visually-hidden" for="bulk-tag">{t('libraryTag')}</label>
      <input id="bulk-tag" type="text" placeholder={t('libraryTag')} value={tag.value} onInput={(e) => (tag.value = e.currentTarget.value)} />
      <button disabled={!tag.value.trim()} onClick={() => void model.retagSelected(tag.value, 'add')}>{t('libraryAddTag')}</button>
      <button disabled={!tag.value.trim()} onClick={() => void model.retagSelected(tag.value, 'remove')}>{t('libraryRemoveTag')}</button>
      <button onClick={() => void model.deleteSelected()}>{t('libraryDeleteSelected')}</button>
    </div>
  );
}

function SnippetTable({ model, onEdit }: { model: LibraryModel; onEdit: (snippet: Snippet) => void }) {
  const t = useT();
  const dateFormat = useDateFormat({ dateStyle: 'medium' });
  const visible = model.visible.value;
  const selected = model.selected.value;
  return (
    <div class="grid-table" role="table" aria-label={t('snippetsHeading')} aria-rowcount={visible.length + 1} data-testid="snippet-table">
      <div class="grid-row grid-head" role="row" aria-rowindex={1}>
        <span role="columnheader">
          <input type="checkbox" aria-label={t('librarySelectAll')} checked={model.allVisibleSelected.value} onChange={() => model.toggleAllVisible()} />
        </span>
        <span role="columnheader">{t('columnTitle')}</span>
        <span role="columnheader">{t('columnText')}</span>
        <span role="columnheader">{t('columnTags')}</span>
        <span role="columnheader">{t('columnShortcut')}</span>
        <span role="columnheader">{t('columnUsed')}</span>
        <span role="columnheader">{t('columnUpdated')}</span>
      </div>
      {visible.length === 0 && <p class="hint" style={{ padding: '12px' }}>{model.snippets.value.length === 0 ? t('libraryEmpty') : t('snippetsNoMatch')}</p>}
      <VirtualList
        items={visible}
        rowHeight={ROW_HEIGHT}
        height={480}
        label={t('libraryRows')}
        resetOn={model.query.value}
        keyOf={(s) => s.id}
        renderRow={(snippet, index) => (
          <div class="grid-row" role="row" aria-rowindex={index + 2} style={{ height: `${ROW_HEIGHT}px` }} data-testid="snippet-row">
            <span role="cell">
              <input type="checkbox" aria-label={t('librarySelectOne', { title: snippet.title })} disabled={model.isReadOnly(snippet)} checked={selected.has(snippet.id)} onChange={() => model.toggle(snippet.id)} />
            </span>
            <span role="cell">
              {model.isReadOnly(snippet) ? (
                <span data-testid="read-only-title">{snippet.title} <span class="tag">{t('libraryLocked')}</span></span>
              ) : (
                <button class="link" onClick={() => onEdit(snippet)}>{snippet.title}</button>
              )}
            </span>
            <span role="cell" title={snippet.body}>{snippet.body.replace(/\s+/g, ' ').slice(0, 160)}</span>
            <span role="cell">{snippet.tags.map((tag) => <span key={tag} class="tag">{tag}</span>)}</span>
            <span role="cell">{snippet.shortcut && <kbd>{snippet.shortcut}</kbd>}</span>
            <span role="cell">{snippet.usedCount}</span>
            <span role="cell">{dateFormat.format(snippet.updatedAt)}</span>
          </div>
        )}
      />
    </div>
  );
}
