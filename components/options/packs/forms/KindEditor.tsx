import { useSignal } from '@preact/signals';
import { labelOf } from '@/utils/packs/items';
import type { ItemKind } from '@/utils/packs/schema';
import { formatKeys } from '@/utils/validation';
import { fillIn, useT } from '../../../i18n';
import type { AuthoringModel } from '../authoring-model';
import { isWithin } from './field-message';
import { ItemForm } from './ItemForm';

/** One kind's items, each folded to a line until the lead opens its form; added and removed one by one. */
export function KindEditor({ kind, model }: { kind: ItemKind; model: AuthoringModel }) {
  const t = useT();
  const items = model.items.value[kind];
  const added = useSignal(-1);
  return (
    <fieldset class="field" data-testid={`authoring-${kind}`}>
      <legend>{t('authoringItems', { kind: t(`authoringKind_${kind}`), count: items.length })}</legend>
      {items.map((item, index) => {
        const key = model.itemKeys.value[kind][index];
        return <ItemDetails key={key} kind={kind} index={index} model={model} label={labelOf(item)} startOpen={key === added.value} />;
      })}
      <div class="actions">
        <button onClick={() => (added.value = model.addItem(kind))}>
          {t('authoringAddItem', { kind: t(`authoringKind_${kind}`) })}
        </button>
      </div>
    </fieldset>
  );
}

function ItemDetails({ kind, index, model, label, startOpen }: { kind: ItemKind; index: number; model: AuthoringModel; label: string; startOpen: boolean }) {
  const t = useT();
  // The form is built only while open: a pack of a hundred items stays a list of a hundred lines.
  const open = useSignal(startOpen);
  const name = t('authoringItemLabel', { kind: t(`authoringKind_${kind}`), n: index + 1 });
  const place = formatKeys([kind, index]);
  const troubled = [...model.fieldProblems.value.keys()].some((key) => isWithin(key, place));
  return (
    <details class="authoring-item" data-testid="authoring-item" open={open.value} onToggle={(event) => (open.value = event.currentTarget.open)}>
      <summary>
        {fillIn(t('formItemSummary'), { kind: t(`authoringKind_${kind}`), n: index + 1, label: <span data-pack-text>{label}</span> })}
        {troubled && <span class="field-error"> {t('formNeedsAttention')}</span>}
      </summary>
      {open.value && (
        <>
          <ItemForm kind={kind} index={index} model={model} />
          <div class="actions">
            <button onClick={() => model.removeItem(kind, index)}>{t('formRemoveItem', { item: name })}</button>
          </div>
        </>
      )}
    </details>
  );
}
