import type { UiLanguage } from '../storage';
import { en } from './en';
import type { OptionsMessageKey, OptionsMessages } from './options/en';
import { zhHans } from './zh-hans';
import { zhHant } from './zh-hant';

export type Language = Exclude<UiLanguage, 'auto'>;
/** A string of the sidebar's dictionary or the options page's (tested to share no key). */
export type MessageKey = keyof typeof en | OptionsMessageKey;

/**
 * The sidebar's words, in every page. The options and welcome pages add
 * theirs before they render (`addOptionsWords`): the sidebar, which paints
 * beside a live console, does not carry the options page's dictionaries.
 */
export const dictionaries = {
  en: { ...en },
  'zh-Hans': { ...zhHans },
  'zh-Hant': { ...zhHant },
} as Record<Language, Record<MessageKey, string>>;

/** The options page's dictionaries join the sidebar's (the module that holds them calls this). */
export function addDictionaries(extra: Record<Language, OptionsMessages>): void {
  for (const language of Object.keys(dictionaries) as Language[]) Object.assign(dictionaries[language], extra[language]);
}

/** For names made at run time (a table, a snapshot reason): whether the dictionaries have words for them. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(dictionaries.en, key);
}

/** The agent's choice, or else the browser's first language we speak (zh-TW, zh-HK and zh-Hant count as Traditional). */
export function resolveLanguage(setting: UiLanguage, preferred: readonly string[]): Language {
  if (setting !== 'auto') return setting;
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    if (/^zh-(tw|hk|mo)|^zh-hant/.test(lower)) return 'zh-Hant';
    if (lower.startsWith('zh')) return 'zh-Hans';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/** Values are substituted as text; the result is always rendered as text, never as HTML. */
export function translator(language: Language): Translate {
  const messages = dictionaries[language];
  return (key, values) => {
    // A key whose dictionary this page never added shows as itself, never as a blank.
    const template = messages[key] ?? key;
    return values ? template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole)) : template;
  };
}

/** Words that are put together when shown, so they follow the UI language even if it changes after they were made. */
export type Wording = (t: Translate) => string;

/** Each language's name in itself, as the language menus list it. */
export const languageNames: Record<Language, string> = { en: 'English', 'zh-Hans': '简体中文', 'zh-Hant': '繁體中文' };

export const htmlLang: Record<Language, string> = { en: 'en', 'zh-Hans': 'zh-CN', 'zh-Hant': 'zh-TW' };
