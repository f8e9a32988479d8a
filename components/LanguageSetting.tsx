import { languageNames, type Language } from '@/utils/i18n';
import type { SettingsModel } from '@/utils/state/settings-model';
import type { UiLanguage } from '@/utils/storage';
import { useT } from './i18n';

/** The interface-language setting, in the sidebar's settings and the options page's header (an agent may open either first). */
export function LanguageSetting({ model }: { model: SettingsModel }) {
  const t = useT();
  return (
    <label class="field">
      <span>{t('settingsLanguage')}</span>
      <select value={model.settings.value.uiLanguage} onChange={(e) => void model.update({ uiLanguage: e.currentTarget.value as UiLanguage })}>
        <option value="auto">{t('languageAuto')}</option>
        {(Object.entries(languageNames) as [Language, string][]).map(([code, name]) => (
          <option key={code} value={code} lang={code}>
            {name}
          </option>
        ))}
      </select>
    </label>
  );
}
