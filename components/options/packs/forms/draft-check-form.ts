import { langControl } from './languages';
import { idField, longText, text, type KindForm } from './spec';

export const draftCheckForm: KindForm = [
  {
    fields: [
      idField,
      { path: ['lang'], label: 'editorLanguage', control: langControl },
      text('avoid', 'formAvoid'),
      longText('suggest', 'formSuggest'),
      longText('reason', 'formReason'),
    ],
  },
];
