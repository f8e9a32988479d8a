import { computed, signal } from '@preact/signals';
import { resolveLanguage, translator } from '../i18n';
import { defaultSettings, settingsItem, type Settings } from '../storage';

/** The agent's settings as signals, kept in step with extension storage (other pages may change them). */
export function createSettingsModel(preferredLanguages: readonly string[] = navigator.languages) {
  const settings = signal<Settings>(defaultSettings, { name: 'settings' });
  /** The UI language in force: the agent's choice, else the browser's. */
  const language = computed(() => resolveLanguage(settings.value.uiLanguage, preferredLanguages));
  const t = computed(() => translator(language.value));

  function start(): () => void {
    void settingsItem.getValue().then((value) => (settings.value = { ...defaultSettings, ...value }));
    return settingsItem.watch((value) => (settings.value = { ...defaultSettings, ...(value ?? {}) }));
  }

  async function update(change: Partial<Settings>): Promise<void> {
    const next = { ...settings.value, ...change };
    settings.value = next;
    await settingsItem.setValue(next);
  }

  return { settings, language, t, start, update };
}

export type SettingsModel = ReturnType<typeof createSettingsModel>;
