import { useSignal } from '@preact/signals';
import { useId } from 'preact/hooks';
import type { ItemKind } from '@/utils/packs/schema';
import { formatKeys } from '@/utils/validation';
import { useT } from '../../../i18n';
import { fieldValue, type FieldValue } from '../authoring-items';
import type { AuthoringModel } from '../authoring-model';
import { CheckboxControl, ChoicesControl, ListControl, RegionControl, SelectControl, TextControl, type ControlProps } from './controls';
import { fieldMessage, isWithin } from './field-message';
import { KIND_FORMS } from './index';
import type { FieldSpec, GroupSpec } from './spec';

/** One item's form: its kind's fields in their groups, each with the validator's word on it beside it. */
export function ItemForm({ kind, index, model }: { kind: ItemKind; index: number; model: AuthoringModel }) {
  return (
    <>
      {KIND_FORMS[kind].map((group, at) => (
        <Group key={at} group={group} kind={kind} index={index} model={model} />
      ))}
    </>
  );
}

function Group({ group, kind, index, model }: { group: GroupSpec; kind: ItemKind; index: number; model: AuthoringModel }) {
  const t = useT();
  const opened = useSignal(false);
  const fields = group.fields.map((field) => <Field key={field.path.join('.')} field={field} kind={kind} index={index} model={model} />);
  const hint = group.hint && <p class="hint">{t(group.hint)}</p>;
  if (!group.legend) return <div class="form-group">{fields}</div>;
  if (!group.collapsed) {
    return (
      <fieldset class="field form-group">
        <legend>{t(group.legend)}</legend>
        {hint}
        {fields}
      </fieldset>
    );
  }
  // Folded away until opened or one of its fields needs the lead's attention; then it stays open (the toggle event
  // records either), so fixing the last problem never folds it away under the lead's fingers.
  const troubled = group.fields.some((field) => [...model.fieldProblems.value.keys()].some((key) => isWithin(key, formatKeys([kind, index, ...field.path]))));
  return (
    <details class="form-group" open={opened.value || troubled} onToggle={(event) => (opened.value = event.currentTarget.open)}>
      <summary>{t(group.legend)}</summary>
      {hint}
      {fields}
    </details>
  );
}

function Field({ field, kind, index, model }: { field: FieldSpec; kind: ItemKind; index: number; model: AuthoringModel }) {
  const t = useT();
  const id = useId();
  const item = model.items.value[kind][index];
  if (!item) return null;
  const value = fieldValue(item, field.path);
  const problems = model.fieldProblems.value;
  const place = [kind, index, ...field.path];
  const problem = problems.get(formatKeys(place));
  const message = problem && fieldMessage(problem, value, field, t);
  const entryErrors = Array.isArray(value)
    ? value.map((entry, at) => {
        const refused = problems.get(formatKeys([...place, at]));
        return refused && fieldMessage(refused, entry, field, t);
      })
    : undefined;
  const props: Omit<ControlProps, 'control'> = {
    value,
    label: t(field.label),
    onChange: (next: FieldValue) => model.setField(kind, index, field.path, next),
    errorId: message ? `${id}-error` : undefined,
    entryErrors,
    id,
  };
  return (
    <div class="form-field" data-field={field.path.join('.')}>
      {renderControl(field, props)}
      {message && <p class="field-error" id={`${id}-error`}>{message}</p>}
    </div>
  );
}

function renderControl({ control }: FieldSpec, props: Omit<ControlProps, 'control'>) {
  switch (control.type) {
    case 'text':
    case 'textarea':
    case 'date':
      return <TextControl control={control} {...props} />;
    case 'select':
      return <SelectControl control={control} {...props} />;
    case 'choices':
      return <ChoicesControl control={control} {...props} />;
    case 'list':
      return <ListControl control={control} {...props} />;
    case 'checkbox':
      return <CheckboxControl control={control} {...props} />;
    case 'region':
      return <RegionControl control={control} {...props} />;
  }
}
