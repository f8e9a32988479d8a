import type { MessageKey } from '@/utils/i18n';
import type { PeopleModel } from '@/utils/state/people-model';
import type { SettingsModel } from '@/utils/state/settings-model';
import { breatherSpacings } from '@/utils/storage';
import { useT } from '../i18n';

/** Customer memory, promises, wins and how often the breather comes: each its own setting. */
export function PeopleSettings({ settings, people }: { settings: SettingsModel; people: PeopleModel }) {
  const t = useT();
  const value = settings.settings.value;
  return (
    <fieldset class="field" data-testid="people-settings">
      <legend>{t('settingsPeople')}</legend>
      <label class="check">
        <input type="checkbox" data-testid="setting-memory" checked={value.customerMemory === 'on'} onChange={(e) => void people.chooseMemory(e.currentTarget.checked ? 'on' : 'off')} />
        {t('settingsCustomerMemory')}
      </label>
      <p class="hint">{t('settingsCustomerMemoryHint')}</p>
      <label class="check">
        <input type="checkbox" checked={value.promises} onChange={(e) => void settings.update({ promises: e.currentTarget.checked }).then(people.refresh)} />
        {t('settingsPromises')}
      </label>
      <label class="check">
        <input type="checkbox" checked={value.wins} onChange={(e) => void settings.update({ wins: e.currentTarget.checked })} />
        {t('settingsWins')}
      </label>
      <label class="field">
        <span>{t('settingsBreatherSpacing')}</span>
        <select value={String(value.breatherSpacing)} disabled={!value.breather} onChange={(e) => void settings.update({ breatherSpacing: Number(e.currentTarget.value) })}>
          {breatherSpacings.map((minutes) => (
            <option key={minutes} value={String(minutes)}>
              {t(`breatherSpacing${minutes}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
