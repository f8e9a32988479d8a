import type { SettingsModel } from '@/utils/state/settings-model';
import { useT } from './i18n';

/** The hotline-region setting, in the sidebar's settings and on the welcome page; `regions` are [code, name] pairs. */
export function RegionSetting({ model, regions }: { model: SettingsModel; regions: readonly (readonly [string, string])[] }) {
  const t = useT();
  return (
    <label class="field">
      <span>{t('settingsRegion')}</span>
      <select value={model.settings.value.hotlineRegion} onChange={(e) => void model.update({ hotlineRegion: e.currentTarget.value })}>
        <option value="auto">{t('regionAuto')}</option>
        {regions.map(([code, name]) => (
          <option key={code} value={code}>
            {name}
          </option>
        ))}
      </select>
    </label>
  );
}
