import type { MessageKey } from '@/utils/i18n';
import type { SettingsModel } from '@/utils/state/settings-model';
import { breatherSpacings } from '@/utils/storage';
import { useT } from '../i18n';

/** What a page offering these settings does when memory is switched (it deletes on off) and after a setting changed. */
export interface PeopleChoices {
  chooseMemory(choice: 'on' | 'off'): Promise<void>;
  refresh(): Promise<void>;
}

/** Customer memory, promises, wins and the breather (whether and how often): each its own setting, in the sidebar and the options page. */
export function PeopleSettings({ settings, people }: { settings: SettingsModel; people: PeopleChoices }) {
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
      <label class="check">
        <input type="checkbox" checked={value.breather} onChange={(e) => void settings.update({ breather: e.currentTarget.checked })} />
        {t('settingsBreather')}
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
