import { languageNames, type Language } from '@/utils/i18n';
import { PACK_CHOICES } from '@/utils/packs/schema';
import type { Control } from './spec';

/** The languages a pack item speaks, by their own names as the language menus show them. */
export const PACK_LANGS = PACK_CHOICES.lang;
export const langControl: Control = { type: 'select', options: PACK_LANGS, label: (value) => languageNames[value as Language] };
