import { useSignal } from '@preact/signals';
import { useEffect, useMemo } from 'preact/hooks';
import type { Snippet } from '@/utils/db/schema';
import { createLibraryModel, type LibraryModel } from '@/utils/snippets/library-model';
import { SnippetEditor } from './SnippetEditor';
import { TriggerSetting } from './TriggerSetting';
import { TryPicker } from './TryPicker';
import { VirtualList } from './VirtualList';

const ROW_HEIGHT = 40;
const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export function SnippetsSection() {
  const model = useMemo(createLibraryModel, []);
  const editing = useSignal<Snippet | 'new' | undefined>(undefined);
  useEffect(() => void model.load(), []);

  return (
    <>
      <div class="toolbar">
        <label class="visually-hidden" for="library-search">Search snippets</label>
        <input
          id="library-search"
          type="search"
          placeholder="Search title, text, tags, shortcut…"
          value={model.query.value}
          onInput={(e) => (model.query.value = e.currentTarget.value)}
        />
        <button class="primary" onClick={() => (editing.value = 'new')}>New snippet</button>
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
  return (
    <>
      {model.error.value && <p class="error" role="alert">{model.error.value}</p>}
      <div role="status" class={model.status.value ? 'banner' : 'visually-hidden'}>
        <span>{model.status.value}</span>
        {model.lastDeleted.value && <button onClick={() => void model.undoDelete()}>Undo</button>}
      </div>
    </>
  );
}

function BulkBar({ model }: { model: LibraryModel }) {
  const tag = useSignal('');
  const count = model.selected.value.size;
  return (
    <div class="toolbar card" aria-label="Selected snippets" role="group">
      <strong>{count} selected</strong>
      <label class="visually-hidden" for="bulk-tag">Tag</label>
      <input id="bulk-tag" type="text" placeholder="Tag" value={tag.value} onInput={(e) => (tag.value = e.currentTarget.value)} />
      <button disabled={!tag.value.trim()} onClick={() => void model.retagSelected(tag.value, 'add')}>Add tag</button>
      <button disabled={!tag.value.trim()} onClick={() => void model.retagSelected(tag.value, 'remove')}>Remove tag</button>
      <button onClick={() => void model.deleteSelected()}>Delete selected</button>
    </div>
  );
}

function SnippetTable({ model, onEdit }: { model: LibraryModel; onEdit: (snippet: Snippet) => void }) {
  const visible = model.visible.value;
  const selected = model.selected.value;
  return (
    <div class="grid-table" role="table" aria-label="Snippets" aria-rowcount={visible.length + 1} data-testid="snippet-table">
      <div class="grid-row grid-head" role="row" aria-rowindex={1}>
        <span role="columnheader">
          <input type="checkbox" aria-label="Select all shown" checked={model.allVisibleSelected.value} onChange={() => model.toggleAllVisible()} />
        </span>
        <span role="columnheader">Title</span>
        <span role="columnheader">Text</span>
        <span role="columnheader">Tags</span>
        <span role="columnheader">Shortcut</span>
        <span role="columnheader">Used</span>
        <span role="columnheader">Updated</span>
      </div>
      {visible.length === 0 && <p class="hint" style={{ padding: '12px' }}>{model.snippets.value.length === 0 ? 'No snippets yet: add your first with “New snippet”.' : 'No snippet matches.'}</p>}
      <VirtualList
        items={visible}
        rowHeight={ROW_HEIGHT}
        height={480}
        label="Snippet rows"
        resetOn={model.query.value}
        keyOf={(s) => s.id}
        renderRow={(snippet, index) => (
          <div class="grid-row" role="row" aria-rowindex={index + 2} style={{ height: `${ROW_HEIGHT}px` }} data-testid="snippet-row">
            <span role="cell">
              <input type="checkbox" aria-label={`Select ${snippet.title}`} disabled={model.isReadOnly(snippet)} checked={selected.has(snippet.id)} onChange={() => model.toggle(snippet.id)} />
            </span>
            <span role="cell">
              {model.isReadOnly(snippet) ? (
                <span data-testid="read-only-title">{snippet.title} <span class="tag">locked (read-only)</span></span>
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
