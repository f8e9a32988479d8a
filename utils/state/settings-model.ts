import { computed, signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { resolveLanguage, translator } from '../i18n';
import { defaultSettings, settingsItem, type Settings } from '../storage';

/** The agent's settings as signals, kept in step with extension storage (other pages may change them). */
export function createSettingsModel(preferredLanguages: readonly string[] = navigator.languages) {
  const settings = signal<Settings>(defaultSettings, { name: 'settings' });
  /** The UI language in force: the agent's choice, else the browser's. */
  const language = computed(() => resolveLanguage(settings.value.uiLanguage, preferredLanguages));
  const t = computed(() => translator(language.value));
  /** The toggle command's shortcut as the browser has it bound ('' when unset). */
  const toggleShortcut = signal<string | undefined>(undefined, { name: 'settings.toggleShortcut' });

  function start(): () => void {
    void settingsItem.getValue().then((value) => (settings.value = { ...defaultSettings, ...value }));
    void browser.commands
      .getAll()
      .then((commands) => (toggleShortcut.value = commands.find((c) => c.name === 'toggle-sidebar')?.shortcut ?? ''))
      .catch(() => (toggleShortcut.value = ''));
    return settingsItem.watch((value) => (settings.value = { ...defaultSettings, ...(value ?? {}) }));
  }

  async function update(change: Partial<Settings>): Promise<void> {
    const next = { ...settings.value, ...change };
    settings.value = next;
    await settingsItem.setValue(next);
  }

  /** Chromium lets only the browser's own page rebind extension shortcuts. */
  function openShortcutSettings(): void {
    const isFirefox = browser.runtime.getURL('/').startsWith('moz-extension:');
    void browser.tabs.create({ url: isFirefox ? 'about:addons' : 'chrome://extensions/shortcuts' });
  }

  return { settings, language, t, toggleShortcut, start, update, openShortcutSettings };
}

export type SettingsModel = ReturnType<typeof createSettingsModel>;
