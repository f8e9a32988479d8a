import { useSignal } from '@preact/signals';
import { useContext } from 'preact/hooks';
import { REGION_CODES } from '@/utils/crisis/region-codes';
import { htmlLang } from '@/utils/i18n';
import { LanguageContext, useT } from '../../../i18n';
import type { FieldValue } from '../authoring-items';
import type { Control } from './spec';

/** What every control gets: its value as the item holds it, its label, and the message element describing it when refused. */
export interface ControlProps<C extends Control = Control> {
  control: C;
  value: unknown;
  label: string;
  onChange: (value: FieldValue) => void;
  /** The id of the message beside the field while the validator refuses it. */
  errorId?: string;
  /** Messages for the entries of a list, by index. */
  entryErrors?: readonly (string | undefined)[];
  /** Unique on the page: the ids of a list's entry messages start with it. */
  id: string;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const texts = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
const invalid = (errorId?: string) => ({ 'aria-invalid': errorId ? ('true' as const) : undefined, 'aria-describedby': errorId });
/** A group of controls is described by its message; being invalid is said by the controls themselves. */
const described = (errorId?: string) => ({ 'aria-describedby': errorId });

export function TextControl({ control, value, label, onChange, errorId }: ControlProps<{ type: 'text' | 'textarea' | 'date' }>) {
  const input = (event: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => onChange(event.currentTarget.value);
  return (
    <label class="field">
      <span>{label}</span>
      {control.type === 'textarea' ? (
        <textarea rows={3} value={text(value)} onInput={input} {...invalid(errorId)} />
      ) : control.type === 'date' ? (
        <input type="date" value={text(value)} onInput={input} {...invalid(errorId)} />
      ) : (
        <input value={text(value)} onInput={input} {...invalid(errorId)} />
      )}
    </label>
  );
}

export function SelectControl({ control, value, label, onChange, errorId }: ControlProps<Extract<Control, { type: 'select' }>>) {
  const t = useT();
  const language = useContext(LanguageContext);
  const current = text(value);
  // A value the list does not hold (or none where one is needed) is shown as it is, never silently replaced by the first choice.
  const stray = !control.options.includes(current) && (current !== '' || !control.unset);
  return (
    <label class="field">
      <span>{label}</span>
      <select value={current} onChange={(event) => onChange(event.currentTarget.value)} {...invalid(errorId)}>
        {control.unset && <option value="">{t(control.unset)}</option>}
        {stray && <option value={current}>{current || t('formNotSet')}</option>}
        {control.options.map((option) => (
          <option key={option} value={option}>{control.label ? control.label(option, t, language) : option}</option>
        ))}
      </select>
    </label>
  );
}

export function ChoicesControl({ control, value, label, onChange, errorId }: ControlProps<Extract<Control, { type: 'choices' }>>) {
  const t = useT();
  const language = useContext(LanguageContext);
  const chosen = texts(value);
  const all = [...control.options, ...chosen.filter((c) => !control.options.includes(c))];
  return (
    <fieldset class="field choices" {...described(errorId)}>
      <legend>{label}</legend>
      {all.map((option) => (
        <label class="check" key={option}>
          <input
            type="checkbox"
            checked={chosen.includes(option)}
            onChange={(event) => onChange(event.currentTarget.checked ? [...chosen, option] : chosen.filter((c) => c !== option))}
          />
          {control.options.includes(option) ? control.label(option, t, language) : option}
        </label>
      ))}
    </fieldset>
  );
}

export function ListControl({ control, value, label, onChange, errorId, entryErrors = [], id }: ControlProps<Extract<Control, { type: 'list' }>>) {
  const t = useT();
  const entries = texts(value);
  const set = (at: number, entry: string) => onChange(entries.map((old, i) => (i === at ? entry : old)));
  return (
    <fieldset class="field list-field" {...described(errorId)}>
      <legend>{label}</legend>
      {entries.map((entry, at) => {
        const name = t('formEntry', { field: t(control.entry), n: at + 1 });
        const entryError = entryErrors[at];
        const entryErrorId = `${id}-entry-${at}`;
        return (
          <div class="list-entry" key={at}>
            <input aria-label={name} value={entry} onInput={(event) => set(at, event.currentTarget.value)} {...invalid(entryError ? entryErrorId : undefined)} />
            <button type="button" onClick={() => onChange(entries.filter((_, i) => i !== at))}>{t('formRemoveEntry', { entry: name })}</button>
            {entryError && <p class="field-error" id={entryErrorId}>{entryError}</p>}
          </div>
        );
      })}
      <div class="actions">
        <button type="button" onClick={() => onChange([...entries, ''])}>{t('formAddEntry', { field: t(control.entry) })}</button>
      </div>
    </fieldset>
  );
}

export function CheckboxControl({ control, value, label, onChange, errorId }: ControlProps<Extract<Control, { type: 'checkbox' }>>) {
  return (
    <label class="check">
      <input type="checkbox" checked={value === control.on} onChange={(event) => onChange(event.currentTarget.checked ? control.on : false)} {...invalid(errorId)} />
      {label}
    </label>
  );
}

/** The regions the crisis card knows, named in the UI language; "another region" takes any two-letter code. */
export function RegionControl({ value, label, onChange, errorId }: ControlProps<{ type: 'region' }>) {
  const t = useT();
  const language = useContext(LanguageContext);
  const current = text(value);
  const other = useSignal(current !== '' && !REGION_CODES.includes(current));
  const names = new Intl.DisplayNames([htmlLang[language]], { type: 'region' });
  return (
    <>
      <label class="field">
        <span>{label}</span>
        <select
          value={other.value ? '' : current}
          onChange={(event) => {
            other.value = event.currentTarget.value === '';
            if (!other.value) onChange(event.currentTarget.value);
          }}
          {...invalid(other.value ? undefined : errorId)}
        >
          {REGION_CODES.map((code) => <option key={code} value={code}>{`${names.of(code) ?? code} (${code})`}</option>)}
          <option value="">{t('formOtherRegion')}</option>
        </select>
      </label>
      {other.value && (
        <label class="field">
          <span>{t('formRegionCode')}</span>
          <input value={current} maxLength={2} onInput={(event) => onChange(event.currentTarget.value.toUpperCase())} {...invalid(errorId)} />
        </label>
      )}
    </>
  );
}
