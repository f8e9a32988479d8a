import { findDues, type DueMatch } from './due';
import { chinesePromise } from './promises-zh';
import { hasChinese, isQuestion, sentences } from './text';

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

// ——— English ———
const EN_COMMIT =
  /\b(?:i|we)\s*(?:'ll|’ll|\swill|\sshall|\s(?:am|are)\s+going\s+to|'m\s+going\s+to|’m\s+going\s+to|'re\s+going\s+to|’re\s+going\s+to|\spromise(?:\s+to)?|\sguarantee|\scommit\s+to)\b|\blet me\b(?=.{0,20}\b(?:call|get back|follow up|email)\b)/i;
const EN_YOU_WILL = /\byou(?:'ll|’ll|\s+will)\s+(?:also\s+)?(?:get|receive|have|see|hear|be\s+(?:contacted|called|emailed|notified|refunded|credited|sent|updated))\b/i;
const EN_THIRD_WILL =
  /\b(?:your|the|a|an|our|my)\s+(?:\w+\s+){0,3}?(?:refund|replacement|parcel|package|order|item|credit|money|payment|engineer|technician|courier|colleague|manager|supervisor|specialist|team|department|agent|driver|voucher|label|invoice|unit|device|charger|card)s?\s+(?:\w+\s+){0,2}?will\s+(?:be\s+)?\w+|\b(?:someone|somebody)\s+(?:from\s+\w+\s+(?:\w+\s+)?)?will\b/i;
const EN_LATER_ACTION =
  /\b(?:call(?:ing)?\s+(?:you|u)|ring\s+you|phone\s+you|give\s+you\s+a\s+(?:call|ring)|get\s+back\s+to\s+you|come\s+back\s+to\s+you|follow(?:ing)?[\s-]up|email\s+you|e-mail\s+you|text\s+you|message\s+you|update\s+you|keep\s+you\s+(?:posted|updated|informed|in\s+the\s+loop)|let\s+you\s+know|reach\s+out|contact\s+you|be\s+in\s+touch|get\s+in\s+touch|circle\s+back|check\s+back|check\s+in\s+with\s+you|report\s+back|hear\s+(?:back\s+)?from\s+(?:me|us))\b/i;
const EN_DELIVERY =
  /\b(?:refund(?:ed)?|reimburse|credit(?:ed)?|ship(?:ped)?|dispatch(?:ed)?|deliver(?:ed)?|replace(?:d)?|waive|arrange|schedule|book|issue|send\s+(?:you\s+)?(?:a|an|the|your)\s+\w+|sent|post(?:ed)?|collect(?:ed)?|pick(?:ed)?\s+up|visit|come\s+(?:out|round|by))\b/i;
const EN_VAGUE = /\b(?:handle|sort|fix|resolve|look\s+into|take\s+care|process(?:ed)?|escalate|investigate|chase|review|check|confirm|update|contact|speak|talk|raise)\b/i;
const EN_NOW = /\b(?:now|right\s+now|right\s+away|straight\s+away|immediately|at\s+the\s+moment|in\s+a\s+moment|one\s+moment|a\s+moment|a\s+sec(?:ond)?|real\s+quick|while\s+you\s+wait|on\s+the\s+line|for\s+you\s+(?:here|now))\b/i;
/** No stated time, but after this chat: enough for a promise, never a due time. */
const EN_SOON = /\b(?:shortly|in a (?:bit|little while)|a bit later|later on|later today)\b/i;
const EN_HEDGE =
  /\b(?:usually|typically|normally|generally|in\s+general|on\s+average|tends?\s+to|may|might|could|should|would|hopefully|i\s+think|i\s+hope|probably|possibly|try\s+to|trying\s+to|aim\s+to|ideally|unless|policy|standard)\b|(?:^|\s)(?:i'd|we'd|i’d|we’d)\b/i;
const EN_REFUSE = /\b(?:can't|cannot|can\s+not|won't|will\s+not|unable|not\s+able|no\s+longer|never)\b/i;
const EN_CONDITION = /\b(?:if|once|when|whenever|as\s+soon\s+as|after|provided|as\s+long\s+as)\s+(?:you|your)\b|\bif\s+(?:that's|that\s+is|it's)\s+(?:ok|okay|alright|fine)\b|\bif\s+needed\b/i;
const EN_OFFER = /\b(?:would\s+you\s+like|do\s+you\s+want|shall\s+i|should\s+i|want\s+me\s+to|happy\s+to|i\s+can|we\s+can|i\s+could|we\s+could)\b/i;
const EN_PAST = /\b(?:i|we)\s*(?:'ve|’ve|\shave|\shad)\s+(?:already\s+)?\w+ed\b|\balready\b/i;

/** A stated time that is more than a hold in the chat: minutes and "shortly" only count beside a call back or a reply. */
const isLater = (due: DueMatch, at: number) => due.dueAt === undefined || due.dueAt - at >= HOUR - 1;

function englishPromise(sentence: string, dues: DueMatch[], at: number): boolean {
  if (isQuestion(sentence) || EN_HEDGE.test(sentence) || EN_REFUSE.test(sentence) || EN_CONDITION.test(sentence) || EN_OFFER.test(sentence)) return false;
  const later = dues.some((d) => isLater(d, at)) || EN_SOON.test(sentence);
  const laterAction = EN_LATER_ACTION.test(sentence);
  if (EN_COMMIT.test(sentence)) {
    if (EN_PAST.test(sentence) && !later) return false;
    if (laterAction) return true;
    if (EN_NOW.test(sentence) && !later) return false;
    if (later) return EN_DELIVERY.test(sentence) || EN_VAGUE.test(sentence) || /\b(?:i|we)(?:'ll|’ll|\s+will)\s+(?:have|get|make\s+sure|ensure)\b/i.test(sentence);
    return EN_DELIVERY.test(sentence) && !/\bsend\s+you\s+a\s+link\b/i.test(sentence);
  }
  if (EN_YOU_WILL.test(sentence)) return later || /\bhear\s+(?:back\s+)?from\s+(?:me|us)\b/i.test(sentence);
  if (EN_THIRD_WILL.test(sentence)) return later && (laterAction || EN_DELIVERY.test(sentence) || EN_VAGUE.test(sentence) || /\bwill\s+(?:arrive|reach|be\s+with\s+you|be\s+back|be\s+in\s+your)\b/i.test(sentence));
  return false;
}

/** The promise a message makes, if it makes one: its first promising sentence, and when it said. */
export function detectPromise(text: string, at: number = Date.now()): DetectedPromise | undefined {
  for (const { text: sentence } of sentences(text.slice(0, 4000))) {
    const dues = findDues(sentence, at);
    const promised = hasChinese(sentence) ? chinesePromise(sentence, dues) : englishPromise(sentence, dues, at);
    if (!promised) continue;
    const due = dues.find((d) => isLater(d, at)) ?? dues[0];
    return { sentence: sentence.trim(), ...(due ? { due } : {}) };
  }
  return undefined;
}
