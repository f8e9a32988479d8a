import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { useT } from '../../i18n';
import type { PacksModel } from './packs-model';

/** A pack's snippets; in an unlocked pack each can be edited, which makes it the agent's own copy. */
export function PackItems({ packId, locked, model }: { packId: string; locked: boolean; model: PacksModel }) {
  const t = useT();
  const editing = useSignal<string | undefined>(undefined);
  useEffect(() => void model.loadItems(packId), [packId]);
  const items = (model.items.value[packId] ?? []).filter((item) => item.kind === 'snippets');
  return (
    <ul class="pack-items">
      {items.map((item) => {
        const data = item.data as { id: string; title: string; body: string; shortcut?: string };
        return (
          <li key={item.key} data-testid="pack-item">
            <strong>{data.title}</strong> {data.shortcut && <code>{data.shortcut}</code>}
            {editing.value === data.id ? (
              <form
                onSubmit={(event) => {
                  event.preventDefault();
                  const form = new FormData(event.currentTarget);
                  editing.value = undefined;
                  void model.fork(packId, data.id, { title: String(form.get('title')), body: String(form.get('body')) });
                }}
              >
                <input name="title" aria-label={t('columnTitle')} defaultValue={data.title} />
                <textarea name="body" aria-label={t('packItemBody')} defaultValue={data.body} rows={4} />
                <button type="submit">{t('packItemSaveCopy')}</button>
              </form>
            ) : (
              <>
                <p class="body">{data.body}</p>
                {locked ? <span class="hint">{t('packItemReadOnly')}</span> : <button onClick={() => (editing.value = data.id)}>{t('edit')}</button>}
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
