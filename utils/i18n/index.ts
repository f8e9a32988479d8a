import type { UiLanguage } from '../storage';
import { en, type MessageKey, type Messages } from './en';
import { zhHans } from './zh-hans';
import { zhHant } from './zh-hant';

export type { MessageKey } from './en';
export type Language = Exclude<UiLanguage, 'auto'>;

const dictionaries: Record<Language, Messages> = { en, 'zh-Hans': zhHans, 'zh-Hant': zhHant };

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
    const template = messages[key];
    return values ? template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole)) : template;
  };
}

export const htmlLang: Record<Language, string> = { en: 'en', 'zh-Hans': 'zh-CN', 'zh-Hant': 'zh-TW' };
