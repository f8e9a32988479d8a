import { PACK_CHOICES } from '@/utils/packs/schema';
import { languageNames, type Language, type MessageKey } from '@/utils/i18n';
import { CUSTOMER_STATES } from './coaching-form';
import { idField, longText, text, type KindForm } from './spec';

/** A snippet as the agent's own editor has it, plus the id that keeps the agent's copy tied to the pack's. */
export const snippetForm: KindForm = [
  {
    fields: [
      idField,
      text('title', 'formTitle'),
      longText('body', 'editorText'),
      { path: ['format'], label: 'editorFormat', control: { type: 'checkbox', on: 'light' } },
      {
        path: ['lang'],
        label: 'editorLanguage',
        control: { type: 'select', options: [...PACK_CHOICES.lang, 'any'], label: (value, t) => (value === 'any' ? t('editorAnyLanguage') : languageNames[value as Language]) },
      },
      { path: ['states'], label: 'editorHelpsWith', control: { type: 'choices', options: CUSTOMER_STATES, label: (value, t) => t(`signal_${value}` as MessageKey) } },
      { path: ['tags'], label: 'formTags', control: { type: 'list', entry: 'formTag' } },
      text('shortcut', 'editorShortcut', 'formRuleShortcut'),
    ],
  },
];
