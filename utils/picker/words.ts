import * as v from 'valibot';
import type { MessageKey, Translate } from '../i18n';

/**
 * The picker panel's words. The panel runs in the console page, which has no
 * dictionaries: the sidebar sends them in the agent's UI language with each
 * start, as templates ({name}, {identity} are filled in by the panel).
 */
export const PICKER_WORDS = [
  'pickerTitle',
  'pickerStepList',
  'pickerStepCustomer',
  'pickerStepAgent',
  'pickerStepComposer',
  'pickerWouldRead',
  'pickerNothingFound',
  'pickerIdentityOptional',
  'pickerIdentityNow',
  'pickerIdentityKnown',
  'pickerAuthor_customer',
  'pickerAuthor_agent',
  'pickerAuthor_system',
  'pickerSave',
  'pickerCancel',
  'pickerClose',
  'pickerSaved',
  'pickerSavedAllow',
] as const satisfies readonly MessageKey[];

export type PickerWord = (typeof PICKER_WORDS)[number];
export type PickerWords = Record<PickerWord, string>;

const word = v.pipe(v.string(), v.minLength(1), v.maxLength(300));
export const pickerWordsSchema = v.strictObject(Object.fromEntries(PICKER_WORDS.map((key) => [key, word])) as Record<PickerWord, typeof word>);

export const pickerWords = (t: Translate): PickerWords => Object.fromEntries(PICKER_WORDS.map((key) => [key, t(key)])) as PickerWords;

/** A template's {placeholders} filled with plain text (the panel renders it as text, never as HTML). */
export const fillWords = (template: string, values: Record<string, string>): string => template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
