import type { MessageKey } from '@/utils/i18n';
import { langControl } from './languages';
import { byKey, idField, longText, type KindForm } from './spec';

/** The customer states the coaching engine detects, in its order; a phrasing answers one of them. */
export const CUSTOMER_STATES = ['anger', 'distress', 'confusion', 'urgency', 'repeat_contact', 'churn_threat', 'crisis'] as const;

export const coachingForm: KindForm = [
  {
    fields: [
      idField,
      { path: ['state'], label: 'formState', control: { type: 'select', options: CUSTOMER_STATES, label: (value, t) => t(`signal_${value}` as MessageKey) } },
      { path: ['stage'], label: 'formStage', control: { type: 'select', options: ['acknowledge', 'solve'], label: byKey('formStage_') } },
      { path: ['lang'], label: 'editorLanguage', control: langControl },
      longText('text', 'formPhrasing', 'formRulePhrasing'),
    ],
  },
];
