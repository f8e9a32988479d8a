import type { Language, MessageKey, Translate } from '@/utils/i18n';
import type { FieldPath } from '../authoring-items';

/** How a choice reads in the UI: a dictionary entry per value, or a name made at run time (a region's). */
export type OptionLabel = (value: string, t: Translate, language: Language) => string;

/** The control a field gets, chosen by the shape the pack format gives it. */
export type Control =
  | { type: 'text' | 'textarea' | 'date' }
  /** One of a fixed list; `unset` labels the blank choice of an optional field. */
  | { type: 'select'; options: readonly string[]; label?: OptionLabel; unset?: MessageKey }
  /** Any of a fixed list, as checkboxes; values outside the list that a pack already holds stay listed. */
  | { type: 'choices'; options: readonly string[]; label: OptionLabel }
  /** Texts added and removed one by one; `entry` names one of them. */
  | { type: 'list'; entry: MessageKey }
  /** Yes or no; `on` is the value stored for yes (absent for no). */
  | { type: 'checkbox'; on: string | true }
  /** A two-letter region: the regions the crisis card knows by name, or another code typed in. */
  | { type: 'region' };

export interface FieldSpec {
  path: FieldPath;
  label: MessageKey;
  control: Control;
  /** What a valid value looks like, shown when the validator refuses one for a reason other than it being empty, too long or not a listed choice. */
  rule?: MessageKey;
}

export interface GroupSpec {
  /** Named when a kind has several groups; a kind with one group needs no name beyond its own. */
  legend?: MessageKey;
  fields: readonly FieldSpec[];
  hint?: MessageKey;
  /** Fields a lead rarely needs start folded away. */
  collapsed?: boolean;
}

/** The form of one kind of item: its fields, in groups when there are many. */
export type KindForm = readonly GroupSpec[];

export const text = (key: string, label: MessageKey, rule?: MessageKey): FieldSpec => ({ path: [key], label, control: { type: 'text' }, rule });
export const longText = (key: string, label: MessageKey, rule?: MessageKey): FieldSpec => ({ path: [key], label, control: { type: 'textarea' }, rule });
export const idField = text('id', 'formId', 'formRuleId');
export const byKey = (prefix: string): OptionLabel => (value, t) => t(`${prefix}${value}` as MessageKey);
