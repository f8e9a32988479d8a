import { addDictionaries } from '../index';
import { optionsEn } from './en';
import { optionsZhHans } from './zh-hans';
import { optionsZhHant } from './zh-hant';

/** Called by the pages that show the options page's words (options, welcome) before they render. */
export const addOptionsWords = (): void => addDictionaries({ en: optionsEn, 'zh-Hans': optionsZhHans, 'zh-Hant': optionsZhHant });
