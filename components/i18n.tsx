import { createContext, Fragment, type ComponentChildren } from 'preact';
import { useContext, useMemo } from 'preact/hooks';
import { htmlLang, translator, type Language, type Translate } from '@/utils/i18n';

export const TranslateContext = createContext<Translate>(translator('en'));
/** The UI language in force, for what the translate function does not cover: dates and numbers. */
export const LanguageContext = createContext<Language>('en');

/** The UI's translate function, from the nearest provider. */
export function useT(): Translate {
  return useContext(TranslateContext);
}

/** Dates in the UI language rather than the browser's, so a Chinese page does not show English month names. */
export function useDateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const language = useContext(LanguageContext);
  return useMemo(() => new Intl.DateTimeFormat(htmlLang[language], options), [language]);
}

/**
 * A translated template whose {placeholders} are elements (a file name in <strong>, a key in <code>).
 * Everything else stays plain text, so translations never become markup.
 */
export function fillIn(template: string, parts: Record<string, ComponentChildren>): ComponentChildren {
  return template.split(/(\{\w+\})/).map((piece, i) => {
    const name = /^\{(\w+)\}$/.exec(piece)?.[1];
    return <Fragment key={i}>{name !== undefined && Object.hasOwn(parts, name) ? parts[name] : piece}</Fragment>;
  });
}
