import { computed, effect, signal } from '@preact/signals';
import { htmlLang, type MessageKey } from '../i18n';
import { request } from '../protocol/client';
import type { ConsoleEvent, SidebarCommand } from '../protocol/ports';
import { createPickerModel } from './picker-model';
import { createQuickAddModel } from './quick-add-model';
import type { Block } from '../snippets/rich-text';
import { dockLayoutsItem, readDockLayout, writeDockLayout } from '../storage';
import { loadEngine, resolveRegion } from './coaching-engine';
import { createCoachingModel } from './coaching-model';
import { reportCrisisBadge } from './crisis-badge';
import { createConsoleModel } from './console-model';
import { countMessage, exposeDiagnostics } from './diagnostics';
import { createNotesModel } from './notes-model';
import { createSettingsModel } from './settings-model';
import { connectSidebarPort } from './sidebar-port';
import { createTeamContentModel } from './team-content-model';

/** A command without its request id: the store stamps each one as it goes out. */
type Command = SidebarCommand extends infer C ? (C extends { requestId: string } ? Omit<C, 'requestId'> : never) : never;

export interface SidebarStoreOptions {
  /** The console's host, for per-site layout (the docked sidebar only). */
  site?: string;
  /** The side panel follows the active tab of its window… */
  followTab?: () => Promise<number | undefined>;
  /** …and looks again when the agent switches tabs. */
  onTabChange?: (listener: () => void) => () => void;
  /** The line to the background; the real Port unless a test gives its own. */
  connect?: typeof connectSidebarPort;
}

/**
 * Everything the sidebar shows and does, outside the view: its models, the
 * Port to the background, the router for console events, and the commands it
 * sends to the console. The docked sidebar and the side panel share it.
 */
export function createSidebarStore({ site, followTab, onTabChange, connect = connectSidebarPort }: SidebarStoreOptions = {}) {
  const settings = createSettingsModel();
  const consoleModel = createConsoleModel();
  const notes = createNotesModel();
  const picker = createPickerModel();
  const quickAdd = createQuickAddModel();
  const team = createTeamContentModel(() => picker.snippets.value);
  const coaching = createCoachingModel(
    loadEngine({
      phrasings: () => team.phrasings.value,
      hotlines: () => team.hotlines.value,
      draftChecks: () => team.draftChecks.value,
      needQuestions: () => team.needQuestions.value,
    }),
    {
      region: () => resolveRegion(settings.settings.value.hotlineRegion, navigator.languages),
      hidden: () => settings.settings.value.hiddenSignals,
    },
  );
  /** What became of the last insert, replace or pick. */
  const status = signal('', { name: 'sidebar.status' });
  /** The docked sidebar folded to a rail (kept per site). */
  const collapsed = signal(false, { name: 'sidebar.collapsed' });
  /** What a screen reader hears when a card comes up. */
  const announcement = computed(() => {
    const card = coaching.card.value;
    if (!card) return '';
    const t = settings.t.value;
    const kinds = card.insight.signals.map((s) => t(`signal_${s.kind}` as MessageKey));
    return kinds.length ? t('announceCard', { signals: kinds.join(', ') }) : t('announceCalm');
  });

  function route(event: ConsoleEvent): void {
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
      case 'console.insert-result': {
        const t = settings.t.value;
        if (event.method === 'picker') status.value = t('pickerStarted');
        else status.value = event.ok ? t('inserted') : t('insertFailed', { reason: event.error ?? '' });
        return;
      }
    }
  }

  exposeDiagnostics(window);
  const port = connect({
    onConsole: route,
    onDataChanged: (tables) => {
      if (tables.includes('*') || tables.includes('notes')) void notes.load();
      if (tables.includes('*') || tables.includes('packs')) void team.refresh();
      picker.onDataChanged(tables);
    },
    followTab,
  });

  /** Feeds the "what calmed customers" record: how the customer's temperature moved after a snippet went in. Local only. */
  function reportTemperature(conversationKey: string, author: string): void {
    const temperature = temperatureNow();
    if (author !== 'customer' || temperature === undefined || conversationKey !== coaching.conversationKey.value) return;
    void request('outcomes.customerTemperature', { conversationKey, temperature, at: Date.now() }).catch(() => undefined);
  }
  const temperatureNow = () => coaching.points.value.at(-1)?.temperature;

  function send(command: Command): void {
    port.send({ ...command, requestId: crypto.randomUUID() } as SidebarCommand);
  }
  function insert(text: string, cursor?: number, blocks?: Block[]): void {
    send({ type: 'sidebar.insert', text, ...(cursor === undefined ? {} : { cursor }), ...(blocks ? { blocks } : {}) });
  }
  /** The card's suggestions, numbered as the insert keys and the card's buttons number them. */
  const suggestion = (index: number) => coaching.card.value?.insight.suggestions[index]?.text;
  function insertSuggestion(index: number): void {
    const text = suggestion(index);
    if (text !== undefined) insert(text);
  }
  async function copySuggestion(index: number): Promise<boolean> {
    const text = suggestion(index);
    if (text === undefined) return false;
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      return false;
    }
  }

  /** Starts what follows storage, the tab and the conversation; returns the stop. */
  function start(): () => void {
    const stops = [
      settings.start(),
      onTabChange?.(() => void port.follow()),
      effect(() => void notes.load(consoleModel.conversationKey.value)),
      effect(() => void (document.documentElement.lang = htmlLang[settings.language.value])),
      site === undefined ? undefined : followLayout(site),
      reportCrisisBadge(coaching.crisis, (pinned) => void tellCrisis(pinned)),
    ];
    return () => {
      for (const stop of stops) stop?.();
      port.close();
    };
  }
  /** The docked sidebar's tab is known to the background from the sender; the side panel names the tab it follows. */
  async function tellCrisis(pinned: boolean): Promise<void> {
    const tabId = await followTab?.();
    await request('badge.crisis', { pinned, ...(tabId === undefined ? {} : { tabId }) }).catch(() => undefined);
  }
  function followLayout(host: string): () => void {
    void readDockLayout(host).then((layout) => (collapsed.value = layout.collapsed));
    return dockLayoutsItem.watch((layouts) => {
      if (layouts && Object.hasOwn(layouts, host)) collapsed.value = layouts[host]!.collapsed;
    });
  }

  return {
    settings,
    console: consoleModel,
    notes,
    picker,
    quickAdd,
    team,
    coaching,
    status,
    collapsed,
    announcement,
    start,
    insert,
    insertSuggestion,
    copySuggestion,
    /** Swaps a warned phrase of the draft for its alternative. */
    replaceWarning: (index: number) => {
      const warning = coaching.draftWarnings.value[index];
      if (warning) send({ type: 'sidebar.replace', find: warning.phrase, replacement: warning.alternative });
    },
    /** Starts the element picker in the console page. */
    pick: () => send({ type: 'sidebar.pick' }),
    setCollapsed: (value: boolean) => void (site && writeDockLayout(site, { collapsed: value })),
    /** The conversation and its temperature when a snippet goes in, so the insertion's outcome can be followed. */
    conversation: () => (consoleModel.conversationKey.value ? { conversationKey: consoleModel.conversationKey.value, temperature: temperatureNow() ?? 0 } : undefined),
  };
}

export type SidebarStore = ReturnType<typeof createSidebarStore>;
