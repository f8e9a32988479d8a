import { PACK_CHOICES } from '@/utils/packs/schema';
import { langControl } from './languages';
import { byKey, idField, longText, type KindForm } from './spec';

export const needQuestionForm: KindForm = [
  {
    fields: [
      idField,
      { path: ['need'], label: 'formNeed', control: { type: 'select', options: PACK_CHOICES.need, label: byKey('formNeed_') } },
      { path: ['lang'], label: 'editorLanguage', control: langControl },
      longText('question', 'formQuestion'),
    ],
  },
];
