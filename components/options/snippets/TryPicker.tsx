import { useSignal } from '@preact/signals';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { SnippetPicker } from '@/components/snippets/SnippetPicker';
import type { Snippet } from '@/utils/db/schema';
import { createPickerModel } from '@/utils/state/picker-model';
import { useT } from '../../i18n';

/**
 * A scratch reply to try snippets in, with the same picker the sidebar shows:
 * fill-ins are asked for, several snippets can go in, and the result can be
 * copied. No console here, so customer and agent names are asked for too.
 */
export function TryPicker({ snippets }: { snippets: Snippet[] }) {
  const t = useT();
  // The page already holds the library, so the picker reads that copy instead of asking again.
  const picker = useMemo(() => createPickerModel(async () => snippets), []);
  const reply = useSignal('');
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    picker.snippets.value = snippets;
  }, [snippets]);

  function insertAtCaret(text: string, cursor?: number) {
    const el = area.current!;
    const start = el.selectionStart ?? reply.value.length;
    const end = el.selectionEnd ?? start;
    reply.value = reply.value.slice(0, start) + text + reply.value.slice(end);
    const caret = start + (cursor ?? text.length);
    queueMicrotask(() => el.setSelectionRange(caret, caret));
  }

  return (
    <section class="split" aria-label={t('tryHeading')}>
      <SnippetPicker model={picker} context={{}} onInsert={(text, info) => insertAtCaret(text, info.cursor)} />
      <label class="card field scratch">
        <span>{t('tryScratch')}</span>
        <textarea ref={area} data-testid="scratch-reply" value={reply.value} onInput={(e) => (reply.value = e.currentTarget.value)} />
      </label>
    </section>
  );
}
