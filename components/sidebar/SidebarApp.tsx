import { computed, useSignal, useSignalEffect } from '@preact/signals';
import { useEffect, useMemo } from 'preact/hooks';
import { htmlLang, type MessageKey } from '@/utils/i18n';
import { hotlineRegions, loadEngine, resolveRegion, signalKinds } from '@/utils/sidebar/engine';
import { createCoachingModel } from '@/utils/state/coaching-model';
import { createConsoleModel } from '@/utils/state/console-model';
import { countMessage, exposeDiagnostics } from '@/utils/state/diagnostics';
import { createNotesModel } from '@/utils/state/notes-model';
import { createTeamContentModel } from '@/utils/state/team-content-model';
import { createPickerModel } from '@/utils/snippets/picker-model';
import { createQuickAddModel } from '@/utils/snippets/quick-add-model';
import { QuickAdd } from '../snippets/QuickAdd';
import { SnippetPicker } from '../snippets/SnippetPicker';
import { createSettingsModel } from '@/utils/state/settings-model';
import { connectSidebarPort } from '@/utils/state/sidebar-port';
import { request } from '@/utils/protocol/client';
import { matchesModifier } from '@/utils/dock/suggestion-keys';
import { dockLayoutsItem, readDockLayout, writeDockLayout } from '@/utils/storage';
import type { ConsoleEvent } from '@/utils/protocol/ports';
import type { Block } from '@/utils/snippets/rich-text';
import { TranslateContext } from '../i18n';
import { CoachingPanel } from './CoachingPanel';
import { ConsoleStatus } from './ConsoleStatus';
import { NotesPanel } from './NotesPanel';
import { SettingsPanel } from './SettingsPanel';
import './sidebar.css';

export interface SidebarAppProps {
  /** 'inline' when injected beside the console (it can collapse to a rail); 'sidepanel' in the browser's panel. */
  dock: 'inline' | 'sidepanel';
  /** The console's host, for per-site layout (inline only). */
  site?: string;
  /** The side panel follows the active tab of its window… */
  followTab?: () => Promise<number | undefined>;
  /** …and looks again when the agent switches tabs. */
  onTabChange?: (listener: () => void) => () => void;
}

export function SidebarApp({ dock, site, followTab, onTabChange }: SidebarAppProps) {
  const settingsModel = useMemo(() => createSettingsModel(), []);
  const consoleModel = useMemo(createConsoleModel, []);
  const notesModel = useMemo(createNotesModel, []);
  const picker = useMemo(() => createPickerModel(), []);
  const quickAdd = useMemo(createQuickAddModel, []);
  const team = useMemo(() => createTeamContentModel(() => picker.snippets.value), []);
  const coaching = useMemo(
    () =>
      createCoachingModel(
        loadEngine({
          phrasings: () => team.phrasings.value,
          hotlines: () => team.hotlines.value,
          draftChecks: () => team.draftChecks.value,
          needQuestions: () => team.needQuestions.value,
        }),
        {
          region: () => resolveRegion(settingsModel.settings.value.hotlineRegion, navigator.languages),
          hidden: () => settingsModel.settings.value.hiddenSignals,
        },
      ),
    [],
  );
  const collapsed = useSignal(false);
  const showSettings = useSignal(false);
  const status = useSignal('');
  const t = settingsModel.t.value;
  const announcement = useMemo(
    () =>
      computed(() => {
        const card = coaching.card.value;
        if (!card) return '';
        const tr = settingsModel.t.value;
        const kinds = card.insight.signals.map((s) => tr(`signal_${s.kind}` as MessageKey));
        return kinds.length ? tr('announceCard', { signals: kinds.join(', ') }) : tr('announceCalm');
      }),
    [],
  );

  const port = useMemo(() => {
    exposeDiagnostics(window);
    const onConsole = (event: ConsoleEvent) => {
      consoleModel.receive(event);
      switch (event.type) {
        case 'console.state':
          if (event.state) coaching.openConversation(event.state.conversationKey, event.state.history);
          return;
        case 'console.message':
          countMessage(event.conversationKey, event.message.id);
          coaching.receive(event.conversationKey, event.message);
          return reportTemperature(event.conversationKey, event.message.author);
        case 'console.draft':
          return coaching.setDraft(event.text);
        case 'console.selection':
          return void (quickAdd.selection.value = event.text);
        case 'console.suggestion-key':
          return insertSuggestion(event.index);
        case 'console.insert-result':
          if (event.method === 'picker') status.value = settingsModel.t.value('pickerStarted');
          else status.value = event.ok ? settingsModel.t.value('inserted') : settingsModel.t.value('insertFailed', { reason: event.error ?? '' });
          return;
      }
    };
    return connectSidebarPort({
      onConsole,
      onDataChanged: (tables) => {
        if (tables.includes('*') || tables.includes('notes')) void notesModel.load();
        if (tables.includes('*') || tables.includes('packs')) void team.refresh();
        picker.onDataChanged(tables);
      },
      followTab,
    });
  }, []);

  /** Feeds the "what calmed customers" record: how the customer's temperature moved after a snippet went in. Local only. */
  function reportTemperature(conversationKey: string, author: string) {
    const temperature = coaching.points.value.at(-1)?.temperature;
    if (author !== 'customer' || temperature === undefined || conversationKey !== coaching.conversationKey.value) return;
    void request('outcomes.customerTemperature', { conversationKey, temperature, at: Date.now() }).catch(() => undefined);
  }

  function insert(text: string, cursor?: number, blocks?: Block[]) {
    port.send({ type: 'sidebar.insert', requestId: crypto.randomUUID(), text, ...(cursor === undefined ? {} : { cursor }), ...(blocks ? { blocks } : {}) });
  }
  function insertSuggestion(index: number) {
    const suggestion = coaching.card.value?.insight.suggestions[index];
    if (suggestion) insert(suggestion.text);
  }
  async function copy(text: string): Promise<boolean> {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      return false;
    }
  }

  useEffect(() => settingsModel.start(), []);
  useEffect(() => {
    const stopFollowing = onTabChange?.(() => void port.follow());
    return () => {
      stopFollowing?.();
      port.close();
    };
  }, []);

  // Keys inside the sidebar: Esc dismisses the card; the insert keys work here as in the console.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && coaching.card.value) return coaching.dismissCard();
      const digit = /^Digit([1-4])$/.exec(event.code)?.[1];
      if (digit && matchesModifier(event, settingsModel.settings.value.suggestionModifier)) {
        event.preventDefault();
        insertSuggestion(Number(digit) - 1);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useSignalEffect(() => {
    void notesModel.load(consoleModel.conversationKey.value);
  });
  useSignalEffect(() => {
    document.documentElement.lang = htmlLang[settingsModel.language.value];
  });

  useEffect(() => {
    if (dock !== 'inline' || !site) return;
    void readDockLayout(site).then((layout) => (collapsed.value = layout.collapsed));
    return dockLayoutsItem.watch((layouts) => {
      if (layouts && Object.hasOwn(layouts, site)) collapsed.value = layouts[site]!.collapsed;
    });
  }, []);

  const setCollapsed = (value: boolean) => site && void writeDockLayout(site, { collapsed: value });
  const settings = settingsModel.settings.value;

  return (
    <TranslateContext.Provider value={t}>
      {collapsed.value ? (
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
            {announcement}
          </p>
          <main class="content">
            {showSettings.value ? (
              <SettingsPanel model={settingsModel} signalKinds={signalKinds} regions={hotlineRegions(htmlLang[settingsModel.language.value])} />
            ) : (
              <>
                <ConsoleStatus model={consoleModel} onPick={() => port.send({ type: 'sidebar.pick', requestId: crypto.randomUUID() })} />
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
                {status.value && (
                  <p class="status" role="status" data-testid="insert-status">
                    {status.value}
                  </p>
                )}
                <CoachingPanel
                  model={coaching}
                  modifier={settings.suggestionModifier}
                  breatherEnabled={settings.breather}
                  onInsert={insert}
                  onReplace={(find, replacement) => port.send({ type: 'sidebar.replace', requestId: crypto.randomUUID(), find, replacement })}
                  onCopy={copy}
                >
                  <SnippetPicker
                    model={picker}
                    context={{
                      'customer.name': consoleModel.state.value?.customerName,
                      'agent.name': consoleModel.state.value?.agentName,
                      console: consoleModel.state.value?.consoleName,
                    }}
                    conversation={() =>
                      consoleModel.conversationKey.value
                        ? { conversationKey: consoleModel.conversationKey.value, temperature: coaching.points.value.at(-1)?.temperature ?? 0 }
                        : undefined
                    }
                    onInsert={(text, info) => insert(text, info.cursor, info.blocks)}
                  />
                  <QuickAdd model={quickAdd} />
                </CoachingPanel>
                <NotesPanel model={notesModel} enabled={consoleModel.state.value != null} />
              </>
            )}
          </main>
        </div>
      )}
    </TranslateContext.Provider>
  );
}
