import { useSignal } from '@preact/signals';
import { useEffect, useMemo } from 'preact/hooks';
import { htmlLang } from '@/utils/i18n';
import { regionChoices } from '@/utils/crisis/regions';
import { signalKinds } from '@/utils/state/coaching-engine';
import { createSidebarStore, type SidebarStoreOptions } from '@/utils/state/sidebar-store';
import { matchesModifier } from '@/utils/dock/suggestion-keys';
import { QuickAdd } from '../snippets/QuickAdd';
import { SnippetPicker } from '../snippets/SnippetPicker';
import { TranslateContext } from '../i18n';
import { CustomerPanel } from '../people/CustomerPanel';
import { DuePromises } from '../people/DuePromises';
import { PromiseList } from '../people/PromiseList';
import { ShiftSummary } from '../people/ShiftSummary';
import '../people/people.css';
import { Breather } from './Breather';
import { CoachingPanel } from './CoachingPanel';
import { ConsoleStatus } from './ConsoleStatus';
import { NotesPanel } from './NotesPanel';
import { SettingsPanel } from './SettingsPanel';
import './sidebar.css';

export interface SidebarAppProps extends Omit<SidebarStoreOptions, 'connect'> {
  /** 'inline' when injected beside the console (it can collapse to a rail); 'sidepanel' in the browser's panel. */
  dock: 'inline' | 'sidepanel';
}

/** The sidebar's view: it renders the store and binds the sidebar's own keys. */
export function SidebarApp({ dock, ...options }: SidebarAppProps) {
  const store = useMemo(() => createSidebarStore(options), []);
  const { settings: settingsModel, console: consoleModel, coaching, team, people } = store;
  const showSettings = useSignal(false);
  const t = settingsModel.t.value;

  useEffect(() => store.start(), []);

  // Keys inside the sidebar: Esc dismisses the card; the insert keys work here as in the console.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && coaching.card.value) return coaching.dismissCard();
      const digit = /^Digit([1-4])$/.exec(event.code)?.[1];
      if (digit && matchesModifier(event, settingsModel.settings.value.suggestionModifier)) {
        event.preventDefault();
        store.insertSuggestion(Number(digit) - 1);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const setCollapsed = store.setCollapsed;
  const settings = settingsModel.settings.value;

  return (
    <TranslateContext.Provider value={t}>
      {store.collapsed.value ? (
        <div class="rail">
          <button type="button" class="rail-button" aria-label={t('expand')} title={t('expand')} onClick={() => setCollapsed(false)}>
            <span aria-hidden="true">◂</span>
          </button>
          <span class="rail-title" aria-hidden="true">
            Undertone
          </span>
        </div>
      ) : (
        <div class="sidebar" data-dock={dock}>
          <header class="bar">
            <h1>{t('appName')}</h1>
            <div class="bar-actions">
              <DuePromises model={people} language={settingsModel.language.value} />
              {settings.wins && (
                <button
                  type="button"
                  class="icon-button"
                  aria-pressed={people.summary.value !== undefined}
                  aria-label={t('summaryButton')}
                  title={t('summaryButton')}
                  data-testid="summary-button"
                  onClick={() => void (people.summary.value ? people.closeSummary() : people.openSummary())}
                >
                  <span aria-hidden="true">☀</span>
                </button>
              )}
              <button
                type="button"
                class="icon-button"
                aria-pressed={showSettings.value}
                aria-label={t('settings')}
                title={t('settings')}
                onClick={() => (showSettings.value = !showSettings.value)}
              >
                <span aria-hidden="true">⚙</span>
              </button>
              {dock === 'inline' && (
                <button type="button" class="icon-button" aria-label={t('collapse')} title={t('collapseHint')} onClick={() => setCollapsed(true)}>
                  <span aria-hidden="true">▸</span>
                </button>
              )}
            </div>
          </header>
          <p class="visually-hidden" aria-live="polite" data-testid="announcer">
            {store.announcement}
          </p>
          <main class="content">
            {people.summary.value && !showSettings.value ? (
              <ShiftSummary summary={people.summary.value} language={settingsModel.language.value} onClose={people.closeSummary} />
            ) : showSettings.value ? (
              <SettingsPanel
                people={people} model={settingsModel} signalKinds={signalKinds} regions={regionChoices(htmlLang[settingsModel.language.value], team.regions.value)} />
            ) : (
              <>
                <ConsoleStatus model={consoleModel} onPick={store.pick} />
                {signalKinds.every((kind) => kind === 'crisis' || settings.hiddenSignals.includes(kind)) && (
                  <p class="status notice" role="status">
                    {t('coachingOff')}
                  </p>
                )}
                {team.failures.value.map((failure) => (
                  <p key={failure.name} class="status notice" role="status" data-testid="pack-failure">
                    {t('packUpdateFailed', { name: failure.name, reason: failure.error })}
                  </p>
                ))}
                {store.status.value && (
                  <p class="status" role="status" data-testid="insert-status">
                    {store.status.value}
                  </p>
                )}
                <CoachingPanel
                  model={coaching}
                  crisisCards={store.crisisCards.value}
                  uiLang={htmlLang[settingsModel.language.value]}
                  modifier={settings.suggestionModifier}
                  onInsert={store.insert}
                  onInsertSuggestion={store.insertSuggestion}
                  onCopySuggestion={store.copySuggestion}
                  onReplaceWarning={store.replaceWarning}
                >
                  {settings.breather && <Breather model={store.breather} />}
                  <SnippetPicker
                    model={store.picker}
                    context={store.insertContext()}
                    conversation={store.conversation}
                    starterLanguage={settingsModel.language.value}
                    onInsert={(text, info) => store.insert(text, info.cursor, info.blocks)}
                  />
                  <QuickAdd model={store.quickAdd} />
                </CoachingPanel>
                <PromiseList model={people} language={settingsModel.language.value} />
                <CustomerPanel model={people} language={settingsModel.language.value} />
                <NotesPanel model={store.notes} enabled={consoleModel.state.value != null} />
              </>
            )}
          </main>
        </div>
      )}
    </TranslateContext.Provider>
  );
}
