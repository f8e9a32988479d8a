import type { MessageKey } from '@/utils/i18n';
import { PACK_CHOICES } from '@/utils/packs/schema';
import { langControl } from './languages';
import { byKey, idField, longText, type KindForm } from './spec';

/** The customer states a phrasing can answer, in the engine's order. */
export const CUSTOMER_STATES = PACK_CHOICES.state;

export const coachingForm: KindForm = [
  {
    fields: [
      idField,
      { path: ['state'], label: 'formState', control: { type: 'select', options: CUSTOMER_STATES, label: (value, t) => t(`signal_${value}` as MessageKey) } },
      { path: ['stage'], label: 'formStage', control: { type: 'select', options: PACK_CHOICES.stage, label: byKey('formStage_') } },
      { path: ['lang'], label: 'editorLanguage', control: langControl },
      longText('text', 'formPhrasing', 'formRulePhrasing'),
    ],
  },
];
