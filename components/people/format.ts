import { htmlLang, type Language } from '@/utils/i18n';

/** Dates and times in the UI language (the sidebar's, not the browser's). */
export function timeFormat(language: Language): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(htmlLang[language], { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
}

export function dayFormat(language: Language): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(htmlLang[language], { day: 'numeric', month: 'short', year: 'numeric' });
}
