import type { Snippet } from '@/utils/db/schema';
import type { PickerModel } from '@/utils/state/picker-model';
import type { FilledSnippet } from '@/utils/snippets/fill';
import type { InsertContext } from '@/utils/snippets/placeholders';
import { clipBlocks, parseLightMarkup, type Block } from '@/utils/snippets/rich-text';
import type { StarterLanguage } from '@/utils/packs/starter';
import { useT } from '../i18n';
import { StarterOffer } from '../StarterOffer';
import { FillInForm } from './FillInForm';
import { RichPreview } from './RichPreview';
import './snippets.css';

export interface InsertInfo {
  snippetId: string;
  /** Caret offset into the text ({{cursor}}), when the snippet marks one. */
  cursor?: number;
  /** A formatted snippet's filled blocks, for rich editors. */
  blocks?: Block[];
}

const PREVIEW_CHARS = 140;

interface Props {
  model: PickerModel;
  /** Values from the console adapter; anything missing is asked for. */
  context: InsertContext;
  /**
   * The conversation and its temperature when a snippet goes in, so the insertion's outcome can be followed.
   * Read at that moment rather than passed as a value: a value would re-render the whole sidebar on every message.
   */
  conversation?: () => { conversationKey: string; temperature: number } | undefined;
  /** With no snippets at all, the starter library in this language is offered. */
  starterLanguage?: StarterLanguage;
  onInsert: (text: string, info: InsertInfo) => void;
}

/**
 * Type to filter, arrows to move, Enter to insert; a snippet with fill-ins
 * opens a small form first. Stays open afterwards, so several snippets can go
 * into one reply. Snippet text is always rendered as text.
 */
export function SnippetPicker({ model, context, conversation, starterLanguage, onInsert }: Props) {
  const t = useT();
  const results = model.results.value;
  const active = results[model.active.value];

  function insert(filled: FilledSnippet | undefined, snippet: Snippet) {
    if (!filled) return;
    onInsert(filled.text, { snippetId: snippet.id, ...(filled.cursor === undefined ? {} : { cursor: filled.cursor }), ...(filled.blocks ? { blocks: filled.blocks } : {}) });
    model.recordUse(snippet, conversation?.());
  }

  const filling = model.filling.value;
  if (filling) {
    return <FillInForm model={model} onSubmit={() => insert(model.finish(context), filling.snippet)} />;
  }

  return (
    <section class="card snippet-picker" aria-labelledby="picker-heading">
      <h2 id="picker-heading">{t('snippetsHeading')}</h2>
      <input
        type="text"
        data-testid="snippet-search"
        role="combobox"
        aria-label={t('snippetsSearch')}
        aria-expanded={results.length > 0}
        aria-controls="picker-results"
        aria-activedescendant={active ? `picker-option-${active.id}` : undefined}
        placeholder={t('snippetsSearchPlaceholder')}
        value={model.query.value}
        onInput={(e) => model.setQuery(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.isComposing) return;
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            model.move(e.key === 'ArrowDown' ? 1 : -1);
          } else if (e.key === 'Enter' && active) {
            e.preventDefault();
            insert(model.choose(active, context), active);
          } else if (e.key === 'Escape') model.setQuery('');
        }}
      />
      {model.error.value && <p class="error" role="alert">{model.error.value}</p>}
      <ul id="picker-results" class="picker-results" role="listbox" aria-label={t('pickerResults')} data-testid="snippet-results">
        {results.map((snippet, i) => (
          <li
            key={snippet.id}
            id={`picker-option-${snippet.id}`}
            role="option"
            aria-selected={i === model.active.value}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => insert(model.choose(snippet, context), snippet)}
          >
            <span class="picker-title">{snippet.title}</span>
            {snippet.shortcut && <kbd>{snippet.shortcut}</kbd>}
            {snippet.format === 'light' ? (
              <div class="picker-preview">
                <RichPreview blocks={clipBlocks(parseLightMarkup(snippet.body), PREVIEW_CHARS)} links="text" />
              </div>
            ) : (
              <span class="picker-preview">{snippet.body.slice(0, PREVIEW_CHARS)}</span>
            )}
          </li>
        ))}
      </ul>
      {results.length === 0 && <p class="hint">{model.snippets.value.length === 0 ? t('snippetsEmpty') : t('snippetsNoMatch')}</p>}
      {model.snippets.value.length === 0 && starterLanguage && <StarterOffer lang={starterLanguage} />}
    </section>
  );
}
