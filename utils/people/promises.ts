import { findDues, type DueMatch } from './due';
import { englishPromise } from './promises-en';
import { chinesePromise } from './promises-zh';
import { hasChinese, sentences } from './text';

/**
 * Finds commitments in the agent's own sent messages: a specific later action
 * for this customer ("I'll call you back tomorrow", 我明天下午给您回电,
 * 三個工作天內退款給您). Precision comes first, because a promise list that
 * nags about things never promised is soon ignored; so a sentence counts only
 * when it has someone who commits, an action that happens later, and no sign
 * that it is something else: a question or offer, an estimate ("usually",
 * 一般), a condition on the customer ("once you send", 等您), a request to
 * the customer, something done now in the chat ("let me check", 马上帮您查),
 * or a refusal.
 */
export interface DetectedPromise {
  /** The sentence that makes the promise, as written. */
  sentence: string;
  /** The words that say when, and the time they mean; absent when no time was stated. */
  due?: DueMatch;
}

const HOUR = 3_600_000;

/** No stated time, but after this chat: enough for a promise, never a due time. */
const EN_SOON = /\b(?:shortly|in a (?:bit|little while)|a bit later|later on|later today)\b/i;
/** A stated time that is more than a hold in the chat: minutes and "shortly" only count beside a call back or a reply. */
const isLater = (due: DueMatch, at: number) => due.dueAt === undefined || due.dueAt - at >= HOUR - 1;

/** The promise a message makes, if it makes one: its first promising sentence, and when it said. */
export function detectPromise(text: string, at: number = Date.now()): DetectedPromise | undefined {
  for (const { text: sentence } of sentences(text.slice(0, 4000))) {
    const dues = findDues(sentence, at);
    const clause = hasChinese(sentence) ? chinesePromise(sentence, dues) : englishPromise(sentence, dues, EN_SOON.test(sentence), (d) => isLater(d, at));
    if (!clause) continue;
    // The time said in the promising clause, else the next one said after it ("I'll refund it, and it'll be back by Friday").
    const due = dues.find((d) => d.start < clause.end && d.end > clause.start) ?? dues.find((d) => d.start >= clause.start) ?? dues.find((d) => isLater(d, at));
    return { sentence: sentence.trim(), ...(due ? { due } : {}) };
  }
  return undefined;
}
