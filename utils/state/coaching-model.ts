import { computed, signal } from '@preact/signals';
import type { CrisisFlag, DraftWarning, Lang } from '../coaching/types';
import type { ChatMessage } from '../protocol/ports';
import { isClosing } from '../coaching/closing';

/** What the sidebar needs from the coaching engine (utils/coaching), kept narrow so the UI does not depend on its internals. */
export interface CoachingEngine {
  createCoach(): ConversationCoach;
  checkDraft(text: string): DraftWarning[];
}

export interface ConversationCoach {
  /** Feeds one message; for a customer message returns what to show. */
  observe(message: { author: 'customer' | 'agent' | 'system'; text: string }): CustomerInsight | undefined;
  needs(): Need[];
}

export interface CustomerInsight {
  lang: Lang;
  temperature: number;
  signals: { kind: string; score: number; evidence: [number, number][] }[];
  suggestions: { text: string; stage: 'acknowledge' | 'solve'; state?: string }[];
  /** At the start of a conversation, or when a stated request may hide a need. */
  needsCue: boolean;
  crisis?: CrisisFlag;
}

/** A crisis the agent has not yet acknowledged, with where it is: it may be in a conversation not on screen. */
export interface PinnedCrisis extends CrisisFlag {
  conversationKey: string;
  customerName?: string;
  message: ChatMessage;
  /** The conversation's language, for what to say. */
  lang: Lang;
  evidence: [number, number][];
}

/** How a message reached the sidebar: the console's list of conversations shows only the latest line of one not on screen. */
export interface ReceivedFrom {
  fromList?: boolean;
  customerName?: string;
}

export interface Need {
  kind: string;
  label: string;
  question: string;
  asked: boolean;
}

interface ConversationState {
  coach: ConversationCoach;
  points: { id: string; temperature: number; text: string }[];
  /** The agent opened (true) or folded (false) the needs checklist in this conversation; undefined until they do. */
  needsChoice?: boolean;
  /** Every message is coached once, whether it first came as history, live, or while the conversation was not on screen. */
  seen: Set<string>;
  /** The conversation has been on screen, so its history has been read. */
  opened: boolean;
  customerName?: string;
  /** Lines first read from the conversation list: when the same line turns up in the conversation, it has been coached already. */
  listLines: Set<string>;
  /** What the messages coached off the card (history, or while not on screen) showed, for the one-line summary. */
  earlier: Map<string, number>;
}

/** The card offers a handful of phrasings, not a menu: the engine orders them acknowledgement first. */
const SHOWN_SUGGESTIONS = 4;
/** Memory stays flat over a shift: the timeline keeps the latest points, and only recent conversations are remembered. */
const KEPT_POINTS = 40;
const KEPT_CONVERSATIONS = 10;

/** A crisis outranks a possible risk in the same conversation; a possible risk never hides a crisis. */
const TIER_RANK = { possible: 0, crisis: 1 } as const;

/**
 * Per-conversation coaching: the live card for the newest customer message,
 * the crisis cards (pinned until acknowledged), the needs checklist, the
 * temperature timeline and draft warnings. Actions are plain
 * functions; everything shown is a signal or computed from one.
 */
export function createCoachingModel(
  engineOrLoading: CoachingEngine | Promise<CoachingEngine>,
  options: {
    hidden: () => readonly string[];
    /** Each customer message's temperature, once, as it is coached: `live` unless it came as history or from the conversation list. */
    onHeat?: (conversationKey: string, temperature: number, live: boolean) => void;
  },
) {
  /** The engine loads after the first paint; messages that arrive before it are kept and coached, in order, once it is here. */
  const loaded = signal<CoachingEngine | undefined>(engineOrLoading instanceof Promise ? undefined : engineOrLoading, { name: 'coaching.engine' });
  const waiting: (() => void)[] = [];
  const whenLoaded = (run: () => void) => (loaded.value ? run() : waiting.push(run));
  if (engineOrLoading instanceof Promise) {
    void engineOrLoading.then((engine) => {
      loaded.value = engine;
      for (const run of waiting.splice(0)) run();
    });
  }
  const conversations = new Map<string, ConversationState>();
  const conversationKey = signal('', { name: 'coaching.conversation' });
  const card = signal<{ message: ChatMessage; insight: CustomerInsight } | undefined>(undefined, { name: 'coaching.card' });
  /** One per conversation, newest first: every crisis stays until the agent acknowledges it, wherever it is. */
  const crises = signal<PinnedCrisis[]>([], { name: 'coaching.crises' });
  /** The conversation on screen; `revision` marks that its coach has seen another message. */
  let shown: ConversationState | undefined;
  const revision = signal(0, { name: 'coaching.revision' });
  const needsChoice = signal<boolean | undefined>(undefined, { name: 'coaching.needsChoice' });
  const points = signal<ConversationState['points']>([], { name: 'coaching.points' });
  const earlierCounts = signal<ReadonlyMap<string, number>>(new Map(), { name: 'coaching.earlier' });
  const draft = signal('', { name: 'coaching.draft' });

  /** The card with the signals the agent chose to hide filtered out (crisis is never hidden). */
  const visibleCard = computed(() => {
    const current = card.value;
    if (!current) return undefined;
    const hidden = new Set(options.hidden());
    hidden.delete('crisis');
    const signals = current.insight.signals.filter((s) => !hidden.has(s.kind));
    const suggestions = current.insight.suggestions.slice(0, SHOWN_SUGGESTIONS);
    return { ...current, insight: { ...current.insight, signals, suggestions } };
  });
  /** The conversation so far, in one line, for a conversation opened with no card: the states its earlier messages showed, most frequent first. */
  const earlier = computed(() => {
    const hidden = new Set(options.hidden());
    return [...earlierCounts.value].filter(([kind]) => kind !== 'crisis' && !hidden.has(kind)).sort((a, b) => b[1] - a[1]).map(([kind, count]) => ({ kind, count }));
  });
  /** Everything else steps back while a crisis is unacknowledged; a possible risk leaves the rest in view. */
  const crisisPinned = computed(() => crises.value.some((c) => c.tier === 'crisis'));
  /** Re-read after every message, and when the team's need questions change (the coach reads them from a signal). */
  const needs = computed<Need[]>(() => {
    void revision.value;
    return shown?.coach.needs() ?? [];
  });
  const draftWarnings = computed(() => (draft.value.trim() && loaded.value ? loaded.value.checkDraft(draft.value) : []));
  /** Closing the conversation before checking the need: time for a gentle reminder. */
  const needsReminder = computed(() => isClosing(draft.value) && needs.value.some((n) => !n.asked));
  /**
   * The checklist opens itself when the engine cues it or when the agent starts closing without asking.
   * Once the agent folds or opens it, their choice holds for the conversation, through later cues; only
   * the closing reminder appearing anew overrides it, since that is news the agent has not yet seen.
   */
  const needsOpen = computed(() => needsChoice.value ?? (needsReminder.value || (card.value?.insight.needsCue ?? false)));

  function stateFor(key: string): ConversationState {
    let state = conversations.get(key);
    if (state) {
      conversations.delete(key); // re-inserted below: the Map's order is recency
    } else {
      state = { coach: loaded.value!.createCoach(), points: [], seen: new Set(), opened: false, listLines: new Set(), earlier: new Map() };
      // The oldest goes, never the one on screen (a console's list can bring many conversations at once).
      if (conversations.size >= KEPT_CONVERSATIONS) {
        const oldest = [...conversations].find(([, kept]) => kept !== shown);
        if (oldest) conversations.delete(oldest[0]);
      }
    }
    conversations.set(key, state);
    return state;
  }

  function observe(key: string, state: ConversationState, message: ChatMessage, live: boolean, from: ReceivedFrom = {}): CustomerInsight | undefined {
    if (state.seen.has(message.id)) return undefined;
    state.seen.add(message.id);
    if (from.fromList) state.listLines.add(message.text);
    else if (message.author === 'customer' && state.listLines.delete(message.text)) return undefined;
    const insight = state.coach.observe(message);
    if (message.author !== 'customer' || !insight) return undefined;
    state.points = [...state.points.slice(1 - KEPT_POINTS), { id: message.id, temperature: insight.temperature, text: message.text }];
    options.onHeat?.(key, insight.temperature, live);
    return insight;
  }

  /** Coached without a card of its own (history, or a conversation not on screen): it counts towards the one-line summary. */
  function observeQuietly(key: string, state: ConversationState, message: ChatMessage, live: boolean, from?: ReceivedFrom): void {
    const insight = observe(key, state, message, live, from);
    for (const { kind } of insight?.signals ?? []) state.earlier.set(kind, (state.earlier.get(kind) ?? 0) + 1);
    pinCrisis(key, state, message, insight);
  }

  function publish(state: ConversationState): void {
    shown = state;
    points.value = state.points;
    needsChoice.value = state.needsChoice;
    earlierCounts.value = new Map(state.earlier);
    revision.value++;
  }

  function chooseNeedsOpen(open: boolean | undefined): void {
    if (shown) shown.needsChoice = open;
    needsChoice.value = open;
  }

  /** In the order it happened: a draft typed while the engine loads must not be cleared by the conversation opening before it. */
  function setDraft(text: string): void {
    whenLoaded(() => setDraftLoaded(text));
  }

  function setDraftLoaded(text: string): void {
    const wasReminding = needsReminder.value;
    draft.value = text;
    if (!wasReminding && needsReminder.value) chooseNeedsOpen(undefined);
  }

  /** A conversation came into view: its history is context, not news, so no card is raised for it; a crisis in it is pinned all the same. */
  function openConversation(key: string, history: readonly ChatMessage[], customerName?: string): void {
    whenLoaded(() => openLoaded(key, history, customerName));
  }

  function openLoaded(key: string, history: readonly ChatMessage[], customerName?: string): void {
    conversationKey.value = key;
    card.value = undefined;
    draft.value = '';
    const state = stateFor(key);
    if (customerName) state.customerName = customerName;
    if (!state.opened) {
      for (const message of history) observeQuietly(key, state, message, false);
      // Messages coached while the conversation was off screen take their place in its history on the timeline.
      const position = new Map(history.map((m, i) => [m.id, i]));
      state.points = [...state.points].sort((x, y) => (position.get(x.id) ?? Infinity) - (position.get(y.id) ?? Infinity));
    }
    state.opened = true;
    publish(state);
  }

  function receive(key: string, message: ChatMessage, from: ReceivedFrom = {}): void {
    whenLoaded(() => receiveLoaded(key, message, from));
  }

  /** A crisis card must never be missed because of where the message sits: history, or a conversation not on screen. */
  function pinCrisis(key: string, state: ConversationState, message: ChatMessage, insight: CustomerInsight | undefined): void {
    if (!insight?.crisis) return;
    const existing = crises.value.find((c) => c.conversationKey === key);
    if (existing && TIER_RANK[existing.tier] > TIER_RANK[insight.crisis.tier]) return;
    const evidence = insight.signals.filter((s) => s.kind === 'crisis').flatMap((s) => s.evidence);
    const pinned: PinnedCrisis = { ...insight.crisis, conversationKey: key, message, lang: insight.lang, evidence, ...(state.customerName ? { customerName: state.customerName } : {}) };
    crises.value = [pinned, ...crises.value.filter((c) => c !== existing)];
  }

  function receiveLoaded(key: string, message: ChatMessage, from: ReceivedFrom): void {
    if (key !== conversationKey.value) {
      // Coached in its own conversation, so nothing on screen changes, except a crisis, which is pinned at once.
      const background = conversations.get(key) ?? stateFor(key);
      if (from.customerName) background.customerName = from.customerName;
      observeQuietly(key, background, message, true, from);
      return;
    }
    const state = stateFor(key);
    const insight = observe(key, state, message, true, from);
    if (insight) {
      card.value = { message, insight };
      pinCrisis(key, state, message, insight);
    }
    publish(state);
  }

  return {
    conversationKey,
    card: visibleCard,
    crises,
    crisisPinned,
    earlier,
    needs,
    points,
    draft,
    draftWarnings,
    needsReminder,
    needsOpen,
    openConversation,
    receive,
    setDraft,
    /** The agent folded or opened the checklist. */
    toggleNeeds: (open: boolean) => chooseNeedsOpen(open),
    dismissCard: () => void (card.value = undefined),
    /** The agent has read the crisis card of this conversation. */
    /** The agent has read this crisis card; one pinned after it, in the same conversation, stays until it is read too. */
    acknowledgeCrisis: (read: PinnedCrisis) => void (crises.value = crises.value.filter((c) => c !== read)),
  };
}

export type CoachingModel = ReturnType<typeof createCoachingModel>;
