import { computed, signal } from '@preact/signals';
import { request } from '../protocol/client';
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
  /** Set when the browser has no shortcut page to open (Firefox before 137): the agent is told the way there instead. */
  const shortcutPageMissing = signal(false, { name: 'settings.shortcutPageMissing' });

  function start(): () => void {
    void settingsItem.getValue().then((value) => (settings.value = { ...defaultSettings, ...value }));
    // Asked of the background: a sidebar framed in a Firefox page has no commands API.
    void request('commands.toggleShortcut', {})
      .then((shortcut) => (toggleShortcut.value = shortcut))
      .catch(() => (toggleShortcut.value = ''));
    return settingsItem.watch((value) => (settings.value = { ...defaultSettings, ...(value ?? {}) }));
  }

  async function update(change: Partial<Settings>): Promise<void> {
    const next = { ...settings.value, ...change };
    settings.value = next;
    await settingsItem.setValue(next);
  }

  /** Only the browser's own page rebinds extension shortcuts; the background opens it (a framed sidebar has no tabs API). */
  function openShortcutSettings(): void {
    void request('commands.openShortcutSettings', {})
      .then((opened) => (shortcutPageMissing.value = !opened))
      .catch(() => (shortcutPageMissing.value = true));
  }

  return { settings, language, t, toggleShortcut, shortcutPageMissing, start, update, openShortcutSettings };
}

export type SettingsModel = ReturnType<typeof createSettingsModel>;
