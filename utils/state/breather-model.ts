import { signal } from '@preact/signals';
import { HEATED } from '../people/records';

/** How many breathing and grounding prompts the dictionaries hold (breatherPrompt1 … breatherPromptN). */
export const BREATHER_PROMPTS = 6;
/** Three hostile messages in a row are a streak worth a pause even mid-conversation. */
const STREAK = 3;
const KEPT_CONVERSATIONS = 50;

interface Heat {
  peak: number;
  streak: number;
  /** The breather came for this conversation already: never twice. */
  given: boolean;
}

export interface BreatherOptions {
  enabled: () => boolean;
  /** Fewest minutes between two breathers. */
  spacingMinutes: () => number;
  now?: () => number;
}

/**
 * The breather: once per heated conversation, when the agent leaves it or
 * during a hostile streak, never more often than the agent's setting, with a
 * different breathing or grounding prompt each time.
 */
export function createBreatherModel({ enabled, spacingMinutes, now = Date.now }: BreatherOptions) {
  const heat = new Map<string, Heat>();
  /** The prompt on screen (its number), or undefined. */
  const prompt = signal<number | undefined>(undefined, { name: 'breather.prompt' });
  let shown = '';
  let lastOfferedAt = -Infinity;
  let nextPrompt = Math.floor(now() / 60_000) % BREATHER_PROMPTS;

  function of(key: string): Heat {
    let entry = heat.get(key);
    if (!entry) {
      entry = { peak: 0, streak: 0, given: false };
      heat.set(key, entry);
      if (heat.size > KEPT_CONVERSATIONS) heat.delete(heat.keys().next().value!);
    }
    return entry;
  }

  function offer(entry: Heat): void {
    if (entry.given || !enabled() || now() - lastOfferedAt < spacingMinutes() * 60_000) return;
    entry.given = true;
    lastOfferedAt = now();
    prompt.value = nextPrompt;
    nextPrompt = (nextPrompt + 1) % BREATHER_PROMPTS;
  }

  return {
    prompt,
    /** A customer message's temperature; `live` when it arrived now rather than as history. */
    observe(conversationKey: string, temperature: number, live: boolean): void {
      const entry = of(conversationKey);
      entry.peak = Math.max(entry.peak, temperature);
      entry.streak = temperature < HEATED ? 0 : live ? entry.streak + 1 : entry.streak;
      if (live && conversationKey === shown && entry.streak >= STREAK) offer(entry);
    },
    /** Another conversation came on screen: the one left behind has ended, for the agent. */
    open(conversationKey: string): void {
      if (shown && shown !== conversationKey) {
        const left = heat.get(shown);
        if (left && left.peak >= HEATED) offer(left);
      }
      shown = conversationKey;
    },
    dismiss: () => void (prompt.value = undefined),
  };
}

export type BreatherModel = ReturnType<typeof createBreatherModel>;
