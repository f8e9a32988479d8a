import { hasFillIns } from '../snippets/placeholders';
import { computed, effect, signal } from '@preact/signals';
import { htmlLang, type MessageKey } from '../i18n';
import { crisisCardContent, resolveRegion } from '../crisis/resolve';
import { request } from '../protocol/client';
import type { ConsoleEvent, SidebarCommand } from '../protocol/ports';
import { pickerWords } from '../picker/words';
import { createPickerModel } from './picker-model';
import { createQuickAddModel } from './quick-add-model';
import type { Block } from '../snippets/rich-text';
import { dockLayoutsItem, readDockLayout, writeDockLayout } from '../storage';
import { loadEngine } from './coaching-engine';
import { createCoachingModel } from './coaching-model';
import { createBreatherModel } from './breather-model';
import { reportCrisisBadge } from './crisis-badge';
import { createConsoleModel } from './console-model';
import { countMessage, exposeDiagnostics } from './diagnostics';
import { createNotesModel } from './notes-model';
import { createPeopleModel } from './people-model';
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
  const breather = createBreatherModel({ enabled: () => settings.settings.value.breather, spacingMinutes: () => settings.settings.value.breatherSpacing });
  const people = createPeopleModel({ settings: () => settings.settings.value, consoleState: () => consoleModel.state.value, update: settings.update });
  const coaching = createCoachingModel(
    loadEngine({
      phrasings: () => team.phrasings.value,
      draftChecks: () => team.draftChecks.value,
      needQuestions: () => team.needQuestions.value,
    }),
    { hidden: () => settings.settings.value.hiddenSignals, onHeat: breather.observe },
  );
  /** The customer's country per conversation, where the console shows it: it outranks the agent's setting for that customer. */
  const countries = signal<Readonly<Record<string, string>>>({}, { name: 'sidebar.countries' });
  /** Each pinned crisis as its card shows it: the protocol for its danger, in the agent's language, with its customer's region's numbers. */
  const crisisCards = computed(() =>
    coaching.crises.value.map((crisis) => {
      const region = resolveRegion(
        { console: countries.value[crisis.conversationKey], setting: settings.settings.value.hotlineRegion, languages: navigator.languages },
        team.regions.value,
      );
      return { crisis, content: crisisCardContent(crisis, settings.language.value, region, team.regions.value), elsewhere: crisis.conversationKey !== coaching.conversationKey.value };
    }),
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
        void people.openConversation(event.state);
        if (!event.state) return;
        if (event.state.customerCountry) countries.value = { ...countries.value, [event.state.conversationKey]: event.state.customerCountry };
        breather.open(event.state.conversationKey);
        return coaching.openConversation(event.state.conversationKey, event.state.history, event.state.customerName);
      case 'console.message':
        // The counters follow the conversation reader's messages; lines read from the conversation list are previews of those.
        if (!event.fromList) countMessage(event.conversationKey, event.message.id);
        coaching.receive(event.conversationKey, event.message, { ...(event.fromList ? { fromList: true } : {}), ...(event.customerName ? { customerName: event.customerName } : {}) });
        if (!event.fromList) void people.receive(event.conversationKey, event.message, temperatureOf(event.message.id));
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
      if (tables.includes('*')) void people.refresh();
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
  /** The conversation and its temperature when a snippet or suggestion goes in, so the insertion's outcome can be followed. */
  const conversation = () =>
    consoleModel.conversationKey.value ? { conversationKey: consoleModel.conversationKey.value, temperature: temperatureNow() ?? 0 } : undefined;
  /** The temperature the coach gave this message, if it is the latest point on screen. */
  const temperatureOf = (messageId: string) => (coaching.points.value.at(-1)?.id === messageId ? temperatureNow() : undefined);

  function send(command: Command): void {
    port.send({ ...command, requestId: crypto.randomUUID() } as SidebarCommand);
  }
  function insert(text: string, cursor?: number, blocks?: Block[]): void {
    send({ type: 'sidebar.insert', text, ...(cursor === undefined ? {} : { cursor }), ...(blocks ? { blocks } : {}) });
  }
  /** The card's suggestions, numbered as the insert keys and the card's buttons number them. */
  const suggestion = (index: number) => coaching.card.value?.insight.suggestions[index];
  /** Values the console gives for fill-ins; what it does not give, the form asks for. */
  const insertContext = () => {
    const state = consoleModel.state.value;
    return { 'customer.name': state?.customerName, 'agent.name': state?.agentName, console: state?.consoleName };
  };
  /** A phrasing with {{input:…}} fill-ins opens the fill-in form under the card; the rest go straight in. */
  function insertSuggestion(index: number): void {
    const chosen = suggestion(index);
    if (!chosen) return;
    const filled = picker.chooseSuggestion(chosen.text, insertContext(), () => recordSuggestion(chosen));
    if (!filled) return;
    insert(filled.text, filled.cursor);
    recordSuggestion(chosen);
  }
  /** The "what calmed customers" record, as for snippets: which phrasing, and the temperature it went in at. Local only. */
  function recordSuggestion(chosen: NonNullable<ReturnType<typeof suggestion>>): void {
    const at = conversation();
    if (at) void request('outcomes.suggestionUsed', { ...at, text: chosen.text, stage: chosen.stage, ...(chosen.state ? { state: chosen.state } : {}) }).catch(() => undefined);
  }
  async function copySuggestion(index: number): Promise<boolean> {
    const text = suggestion(index)?.text;
    if (text === undefined || hasFillIns(text)) return false;
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
      people.start(),
      onTabChange?.(() => void port.follow()),
      effect(() => void notes.load(consoleModel.conversationKey.value)),
      effect(() => void (document.documentElement.lang = htmlLang[settings.language.value])),
      site === undefined ? undefined : followLayout(site),
      markCrises(),
      reportCrisisBadge(coaching.crises, (pinned) => void tellCrisis(pinned)),
    ];
    return () => {
      for (const stop of stops) stop?.();
      port.close();
    };
  }
  /** Badges the conversations with a pinned crisis in the console's own list, whenever that set or the language changes. */
  function markCrises(): () => void {
    return effect(() => {
      const t = settings.t.value;
      const marks = coaching.crises.value.map((c) => ({ conversationKey: c.conversationKey, label: t(c.tier === 'crisis' ? 'crisisBadge' : 'possibleBadge') }));
      send({ type: 'sidebar.mark', marks });
    });
  }
  /** The docked sidebar's tab is known to the background from the sender; the side panel names the tab it follows. */
  async function tellCrisis(pinned: boolean): Promise<void> {
    const tabId = await followTab?.();
    const title = settings.t.value(pinned ? 'toolbarTitleCrisis' : 'toolbarTitle');
    await request('badge.crisis', { pinned, title, ...(tabId === undefined ? {} : { tabId }) }).catch(() => undefined);
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
    crisisCards,
    breather,
    people,
    status,
    collapsed,
    announcement,
    start,
    insert,
    insertContext,
    insertSuggestion,
    copySuggestion,
    /** Swaps a warned phrase of the draft for its alternative. */
    replaceWarning: (index: number) => {
      const warning = coaching.draftWarnings.value[index];
      if (warning) send({ type: 'sidebar.replace', find: warning.phrase, replacement: warning.alternative });
    },
    /** Starts the element picker in the console page. */
    pick: () => send({ type: 'sidebar.pick', words: pickerWords(settings.t.value) }),
    setCollapsed: (value: boolean) => void (site && writeDockLayout(site, { collapsed: value })),
    conversation,
  };
}

export type SidebarStore = ReturnType<typeof createSidebarStore>;
