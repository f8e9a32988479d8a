import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { translator, type Translate } from '@/utils/i18n';

export const TranslateContext = createContext<Translate>(translator('en'));

/** The UI's translate function, from the nearest provider. */
export function useT(): Translate {
  return useContext(TranslateContext);
}
