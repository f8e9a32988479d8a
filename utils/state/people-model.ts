import { computed, signal } from '@preact/signals';
import type { CustomerHistory, ShiftSummary } from '../db/people';
import type { KeptPromise } from '../db/schema';
import { customerOf } from '../people/identity';
import { detectPromise } from '../people/promises';
import { detectThanks } from '../people/thanks';
import { sentences } from '../people/text';
import { request } from '../protocol/client';
import { chooseCustomerMemory } from './memory-choice';
import type { ChatMessage, ConsoleState } from '../protocol/ports';
import type { CustomerMemoryChoice, Settings } from '../storage';

export interface PeopleModelOptions {
  settings: () => Settings;
  /** The console's state: who the customer is, which conversation. */
  consoleState: () => ConsoleState | null | undefined;
  update: (change: Partial<Settings>) => Promise<void>;
  /** The clock promises fall due by; tests and the browser suite may set their own. */
  now?: () => number;
}

/** A shift, for the summary: the last twelve hours. */
export const SHIFT_MS = 12 * 3_600_000;
const MINUTE = 60_000;

/**
 * The people on both sides: the returning customer's history and what the
 * agent remembered of them, the promises the agent made (surfaced when due),
 * and the thanks that make up the shift summary. Everything is read and
 * written through the background; nothing leaves the device.
 */
export function createPeopleModel({ settings, consoleState, update, now = Date.now }: PeopleModelOptions) {
  /** The customer as the console names them, whether or not memory is on (the consent question needs to know). */
  const identified = computed(() => {
    const state = consoleState();
    return state ? customerOf(state) : undefined;
  });
  const memoryChoice = computed<CustomerMemoryChoice>(() => settings().customerMemory);
  /** The customer whose memory is kept: known, and memory on. */
  const customer = computed(() => (memoryChoice.value === 'on' ? identified.value : undefined));
  /** Customer memory asks once, the first time a console names a customer. */
  const askMemory = computed(() => memoryChoice.value === 'ask' && identified.value !== undefined);
  const conversationKey = computed(() => consoleState()?.conversationKey ?? '');

  const history = signal<CustomerHistory | undefined>(undefined, { name: 'people.history' });
  const promises = signal<KeptPromise[]>([], { name: 'people.promises' });
  const allOpen = signal<KeptPromise[]>([], { name: 'people.allOpen' });
  const clock = signal(now(), { name: 'people.clock' });
  /** Set when the agent opens the conversation or the customer writes again: the moments a due promise is worth a reminder. */
  const surfaced = signal(false, { name: 'people.surfaced' });
  const lastCustomerMessage = signal<ChatMessage | undefined>(undefined, { name: 'people.lastCustomerMessage' });
  const summary = signal<ShiftSummary | undefined>(undefined, { name: 'people.summary' });
  const error = signal('', { name: 'people.error' });

  const isDue = (p: KeptPromise) => p.dueAt !== undefined && p.dueAt <= clock.value;
  /** Due and overdue promises of every conversation, for the header's small list. */
  const due = computed(() => (settings().promises ? allOpen.value.filter(isDue) : []));
  /** This conversation's and this customer's due promises, while surfaced. */
  const reminders = computed(() => (surfaced.value && settings().promises ? promises.value.filter(isDue) : []));
  /** The last customer message cut into phrases, each one click from being remembered (a bare "Hi!" is not worth it). */
  const phrases = computed(() => (lastCustomerMessage.value ? sentences(lastCustomerMessage.value.text).map((s) => s.text.trim()).filter((s) => s.length >= 8).slice(0, 6) : []));

  const failed = (cause: unknown) => void (error.value = (cause as Error).message);

  async function loadPromises(): Promise<void> {
    const key = conversationKey.value;
    if (!settings().promises) {
      promises.value = [];
      allOpen.value = [];
      return;
    }
    const [here, open] = await Promise.all([request('people.promisesFor', { conversationKey: key, ...(customer.value ? { customerKey: customer.value.key } : {}) }), request('people.openPromises', {})]);
    if (key === conversationKey.value) promises.value = here;
    allOpen.value = open;
  }

  async function loadHistory(): Promise<void> {
    const who = customer.value;
    if (!who) return void (history.value = undefined);
    const loaded = await request('people.customer', { customerKey: who.key, conversationKey: conversationKey.value });
    if (customer.value?.key === who.key) history.value = loaded;
  }

  /** Reads everything again: after a conversation opens, a setting changes, or another page changed the data. */
  async function refresh(): Promise<void> {
    clock.value = now();
    try {
      await Promise.all([loadPromises(), loadHistory()]);
      error.value = '';
    } catch (cause) {
      failed(cause);
    }
  }

  function visit(extra: { temperature?: number } = {}): Promise<unknown> {
    const key = conversationKey.value;
    if (!key) return Promise.resolve();
    const who = customer.value;
    return request('people.visit', { conversationKey: key, at: now(), ...extra, ...(who ? { customer: who } : {}) });
  }

  /** A conversation came on screen. */
  async function openConversation(state: ConsoleState | null): Promise<void> {
    lastCustomerMessage.value = [...(state?.history ?? [])].reverse().find((m) => m.author === 'customer');
    history.value = undefined;
    promises.value = [];
    surfaced.value = true;
    if (!state) return;
    try {
      await visit();
    } catch (cause) {
      failed(cause);
    }
    await refresh();
  }

  /** A live message: the agent's may hold a promise, the customer's thanks; either way the conversation is alive. */
  async function receive(key: string, message: ChatMessage, temperature: number | undefined): Promise<void> {
    if (key !== conversationKey.value) return;
    const at = message.at || now();
    try {
      if (message.author === 'agent' && settings().promises) {
        const found = detectPromise(message.text, at);
        if (found) {
          const who = customer.value ?? identified.value;
          await request('people.promise', {
            conversationKey: key,
            messageId: message.id,
            text: found.sentence.slice(0, 2000),
            madeAt: at,
            ...(found.due ? { dueText: found.due.text.slice(0, 200), ...(found.due.dueAt === undefined ? {} : { dueAt: found.due.dueAt }) } : {}),
            ...(who && customer.value ? { customer: who } : {}),
          });
          await loadPromises();
        }
      }
      if (message.author === 'customer') {
        lastCustomerMessage.value = message;
        surfaced.value = true;
        await visit(temperature === undefined ? {} : { temperature });
        const thanks = settings().wins ? detectThanks(message.text) : undefined;
        if (thanks) {
          await request('people.win', {
            conversationKey: key,
            messageId: message.id,
            words: thanks.words,
            text: message.text.slice(0, 2000),
            at,
            ...(identified.value ? { customerLabel: identified.value.label } : {}),
          });
        }
        await refresh();
      }
    } catch (cause) {
      failed(cause);
    }
  }

  async function remember(text: string, kind: 'phrase' | 'note'): Promise<boolean> {
    const who = customer.value;
    if (!who || !text.trim()) return false;
    try {
      await request('people.remember', { customerKey: who.key, conversationKey: conversationKey.value, kind, text: text.slice(0, 2000) });
      await loadHistory();
      return true;
    } catch (cause) {
      failed(cause);
      return false;
    }
  }

  async function run(action: () => Promise<unknown>): Promise<void> {
    try {
      await action();
      await refresh();
    } catch (cause) {
      failed(cause);
    }
  }

  /** The agent answered the question, or changed their mind in Settings; turning memory off deletes what it kept. */
  async function chooseMemory(choice: 'on' | 'off'): Promise<void> {
    // Turned on mid-conversation: this conversation joins the customer's history at once.
    await run(async () => {
      await chooseCustomerMemory(choice, update);
      if (choice === 'on') await visit();
    });
  }

  function start(): () => void {
    // The due list follows the clock without polling the database: only `clock` moves.
    const timer = setInterval(() => (clock.value = now()), MINUTE);
    return () => clearInterval(timer);
  }

  return {
    identified,
    customer,
    askMemory,
    history,
    promises,
    due,
    reminders,
    phrases,
    summary,
    error,
    clock,
    start,
    refresh,
    openConversation,
    receive,
    remember,
    chooseMemory,
    forget: (id: string) => run(() => request('people.forgetMemory', { id })),
    closePromise: (id: string, status: 'kept' | 'dropped') => run(() => request('people.closePromise', { id, status, at: now() })),
    dismissReminders: () => void (surfaced.value = false),
    openSummary: async () => {
      try {
        summary.value = await request('people.summary', { since: now() - SHIFT_MS });
      } catch (cause) {
        failed(cause);
      }
    },
    closeSummary: () => void (summary.value = undefined),
  };
}

export type PeopleModel = ReturnType<typeof createPeopleModel>;
