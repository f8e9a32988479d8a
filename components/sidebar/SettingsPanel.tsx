import type { SettingsModel } from '@/utils/state/settings-model';
import { suggestionModifiers, type Dock, type SuggestionModifier } from '@/utils/storage';
import { useT } from '../i18n';
import { LanguageSetting } from '../LanguageSetting';
import { RegionSetting } from '../RegionSetting';
import type { MessageKey } from '@/utils/i18n';
import type { PeopleModel } from '@/utils/state/people-model';
import { PeopleSettings } from '../people/PeopleSettings';

export interface SettingsPanelProps {
  model: SettingsModel;
  /** Coaching signal kinds the engine knows, in display order. */
  signalKinds: readonly string[];
  /** Regions with crisis lines (built in and from packs), as [code, name] pairs. */
  regions: readonly (readonly [string, string])[];
  /** Customer memory, promises and wins. */
  people: PeopleModel;
}

export function SettingsPanel({ model, signalKinds, regions, people }: SettingsPanelProps) {
  const t = useT();
  const settings = model.settings.value;
  const hidden = new Set(settings.hiddenSignals);
  const toggleSignal = (kind: string, shown: boolean) =>
    model.update({ hiddenSignals: shown ? settings.hiddenSignals.filter((k) => k !== kind) : [...settings.hiddenSignals, kind] });

  return (
    <section class="settings" aria-labelledby="settings-heading" data-testid="settings">
      <h2 id="settings-heading">{t('settings')}</h2>

      <LanguageSetting model={model} />

      <RegionSetting model={model} regions={regions} />

      <fieldset class="field">
        <legend>{t('settingsSignals')}</legend>
        {signalKinds.map((kind) => (
          <label key={kind} class="check">
            <input
              type="checkbox"
              checked={!hidden.has(kind)}
              disabled={kind === 'crisis'}
              onChange={(e) => toggleSignal(kind, e.currentTarget.checked)}
            />
            {t(`signal_${kind}` as MessageKey)}
          </label>
        ))}
      </fieldset>

      <PeopleSettings settings={model} people={people} />

      <fieldset class="field">
        <legend>{t('settingsShortcuts')}</legend>
        <p class="hint">
          {t('settingsToggleShortcut', { shortcut: model.toggleShortcut.value || t('shortcutUnset') })}{' '}
          <button type="button" class="link" onClick={model.openShortcutSettings}>
            {t('settingsChangeShortcut')}
          </button>
        </p>
        {model.shortcutPageMissing.value && (
          <p class="hint" role="status">
            {t('settingsShortcutManual', { page: 'about:addons' })}
          </p>
        )}
        <label class="field">
          <span>{t('settingsSuggestionKeys')}</span>
          <select
            value={settings.suggestionModifier}
            onChange={(e) => model.update({ suggestionModifier: e.currentTarget.value as SuggestionModifier })}
          >
            {suggestionModifiers.map((modifier) => (
              <option key={modifier} value={modifier}>
                {modifier}+1 … {modifier}+4
              </option>
            ))}
          </select>
        </label>
      </fieldset>

      <fieldset class="field">
        <legend>{t('settingsDock')}</legend>
        {(['inline', 'sidepanel'] as Dock[]).map((dock) => (
          <label key={dock} class="check">
            <input type="radio" name="dock" value={dock} checked={settings.dock === dock} onChange={() => model.update({ dock })} />
            {t(dock === 'inline' ? 'dockInline' : 'dockSidePanel')}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
