import { PACK_CHOICES } from '@/utils/packs/schema';
import { byKey, idField, longText, text, type KindForm } from './spec';

export const hotlineForm: KindForm = [
  {
    fields: [
      idField,
      { path: ['region'], label: 'formRegion', control: { type: 'region' }, rule: 'formRuleRegion' },
      {
        path: ['kind'],
        label: 'formLineKind',
        control: { type: 'select', options: PACK_CHOICES.lineKind, label: byKey('formLineKind_'), unset: 'formLineKindDefault' },
      },
      text('name', 'formHotlineName'),
      text('nameEn', 'formNameEn'),
      text('number', 'formNumber', 'formRuleNumber'),
      { path: ['text'], label: 'formTakesText', control: { type: 'checkbox', on: true } },
      text('hours', 'formHours'),
      longText('note', 'formNote'),
      text('source', 'formSource', 'formRuleUrl'),
      { path: ['checked'], label: 'formChecked', control: { type: 'date' }, rule: 'formRuleDate' },
    ],
  },
];
