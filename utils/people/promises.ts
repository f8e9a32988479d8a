import { findDues, type DueMatch } from './due';
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
const EN_HEDGE =
  /\b(?:usually|typically|normally|generally|in\s+general|on\s+average|tends?\s+to|may|might|could|should|would|hopefully|i\s+think|i\s+hope|probably|possibly|try\s+to|trying\s+to|aim\s+to|ideally|unless|policy|standard)\b|(?:^|\s)(?:i'd|we'd|i’d|we’d)\b/i;
const EN_REFUSE = /\b(?:can't|cannot|can\s+not|won't|will\s+not|unable|not\s+able|no\s+longer|never)\b/i;
const EN_CONDITION = /\b(?:if|once|when|whenever|as\s+soon\s+as|after|provided|as\s+long\s+as)\s+(?:you|your)\b|\bif\s+(?:that's|that\s+is|it's)\s+(?:ok|okay|alright|fine)\b|\bif\s+needed\b/i;
const EN_OFFER = /\b(?:would\s+you\s+like|do\s+you\s+want|shall\s+i|should\s+i|want\s+me\s+to|happy\s+to|i\s+can|we\s+can|i\s+could|we\s+could)\b/i;
const EN_PAST = /\b(?:i|we)\s*(?:'ve|’ve|\shave|\shad)\s+(?:already\s+)?\w+ed\b|\balready\b/i;

// ——— 中文 (简体与繁體) ———
const ZH_FIRST = /(?:我们|我們|咱们|咱們|我)(?:这边|這邊|这里|這裡|稍后|稍後|会|會|将|將|今天|明天|后天|後天|一定)?/g;
const ZH_OBJECT_BEFORE = /[联聯][系繫络絡]$|找$|[给給]$|[问問]$|[告][诉訴]$|[通][知]$|[回][复覆]$|[跟]$|[和]$|[帮幫]$|[让讓]$|[与與]$/;
const ZH_COMMIT = /会|會|将|將|一定|保证|保證|承诺|承諾|答应|答應|负责|負責|确保|確保|肯定/;
const ZH_LATER_ACTION =
  /打电话|打電話|回电|回電|回拨|回撥|回复您|回覆您|回复你|回覆你|给您回复|給您回覆|给您答复|給您答覆|答复您|答覆您|联系您|聯繫您|聯絡您|联系你|聯繫你|聯絡你|通知您|通知你|告诉您|告訴您|告知您|打给您|打給您|打电话给您|打電話給您|致电|致電|跟进|跟進|反馈给您|回饋給您|给您消息|給您消息|给您一个答复|給您一個答覆|答复|答覆|发邮件给您|發郵件給您|发短信|發簡訊|回您|回覆|回复/;
const ZH_DELIVERY = /退款|退还|退還|退回|退给|退給|补发|補發|重新发|重新發|重发|重發|发货|發貨|寄出|寄送|寄给|寄給|发到|發到|寄到|发给您|發給您|送达|送達|送到|到账|到帳|入账|入帳|更换|更換|换货|換貨|上门|上門|到府|检测|檢測|赔偿|賠償|补偿|補償|退费|退費|返还|返還/;
const ZH_VAGUE = /处理|處理|安排|解决|解決|核实|核實|查|确认|確認|升级|升級|转交|轉交|提交|反馈|反饋|维修|維修/;
const ZH_THIRD = /(?:您的|你的)?(?:退款|款项|款項|钱款|錢款|包裹|快递|快遞|订单|訂單|新机|新機|替换件|替換件|补发|補發|工程师|工程師|师傅|師傅|同事|专员|專員|主管|经理|經理|售后|售後|技术|技術|快递员|快遞員)[^，,。]{0,10}?(?:会|會|将|將)/;
const ZH_YOU_WILL = /(?:您|你)(?:将|將|会|會)(?:在)?[^，,。]{0,12}?(?:收到|接到)/;
const ZH_NOW = /马上|馬上|立刻|立即|现在|現在|这就|這就|稍等|一下|当场|當場|目前/;
const ZH_HEDGE = /一般|通常|正常是|正常都|正常会|正常會|正常情况|正常情況|正常来说|正常來說|大概|大约|大約|可能|也许|也許|应该|應該|预计|預計|估计|估計|原则上|原則上|尽量|盡量|争取|爭取|试着|試著|看看能不能|左右/;
const ZH_REFUSE = /不会|不會|没法|沒法|无法|無法|不能|没办法|沒辦法|不确定|不確定|不保证|不保證|不一定|不了/;
const ZH_CONDITION = /如果|若您|假如|等您|等你|只要|一旦|待您|收到您|收到你|您[^，,。]{0,12}(?:之后|之後|以后|以後)|的话|的話/;
const ZH_OFFER = /要不要|需不需要|需要我|是否需要|您看|可以吗|可以嗎|好吗|好嗎|行吗|行嗎|方便吗|方便嗎|可以帮您|可以幫您|能帮您|能幫您/;
const ZH_REQUEST = /^[\s，,]*(?:请您|請您|麻烦您|麻煩您|请|請|您可以|您需要|您要|您再|烦请|煩請)/;
const ZH_PAST = /已经|已經|已|刚才|剛才|刚刚|剛剛|之前/;

/** A stated time that is more than a hold in the chat: minutes and "shortly" only count beside a call back or a reply. */
const isLater = (due: DueMatch, at: number) => due.dueAt === undefined || due.dueAt - at >= HOUR - 1;

function englishPromise(sentence: string, dues: DueMatch[], at: number): boolean {
  if (isQuestion(sentence) || EN_HEDGE.test(sentence) || EN_REFUSE.test(sentence) || EN_CONDITION.test(sentence) || EN_OFFER.test(sentence)) return false;
  const later = dues.some((d) => isLater(d, at));
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

/** The first person as the one who acts (我会给您回电), not as an object (请联系我们). */
function zhFirstPersonActs(clause: string): boolean {
  ZH_FIRST.lastIndex = 0;
  for (let m = ZH_FIRST.exec(clause); m; m = ZH_FIRST.exec(clause)) {
    if (!ZH_OBJECT_BEFORE.test(clause.slice(0, m.index))) return true;
  }
  return false;
}

function firstPersonPromise(sentence: string, committed: boolean, timed: boolean, later: boolean, delivery: boolean): boolean {
  if (ZH_LATER_ACTION.test(sentence)) return committed || timed;
  if (ZH_NOW.test(sentence) && !later) return false;
  if (delivery) return committed || later;
  return later && ZH_VAGUE.test(sentence) && committed;
}

function chinesePromise(sentence: string, dues: DueMatch[], at: number): boolean {
  if (isQuestion(sentence) || ZH_OFFER.test(sentence) || ZH_HEDGE.test(sentence) || ZH_REFUSE.test(sentence) || ZH_CONDITION.test(sentence) || ZH_REQUEST.test(sentence)) return false;
  const later = dues.some((d) => isLater(d, at));
  const timed = dues.length > 0;
  const committed = ZH_COMMIT.test(sentence);
  const laterAction = ZH_LATER_ACTION.test(sentence);
  const delivery = ZH_DELIVERY.test(sentence);
  if (ZH_PAST.test(sentence) && !later) return false;
  if (zhFirstPersonActs(sentence) && firstPersonPromise(sentence, committed, timed, later, delivery)) return true;
  if (ZH_YOU_WILL.test(sentence)) return later;
  if (ZH_THIRD.test(sentence)) return later && (laterAction || delivery || ZH_VAGUE.test(sentence) || /到|送/.test(sentence));
  // A bare "三個工作天內退款給您" names no one, but only the agent's side could mean it.
  return later && delivery && /[给給]您|[给給]你|为您|為您|帮您|幫您/.test(sentence) && !ZH_NOW.test(sentence);
}

/** The promise a message makes, if it makes one: its first promising sentence, and when it said. */
export function detectPromise(text: string, at: number = Date.now()): DetectedPromise | undefined {
  for (const { text: sentence } of sentences(text.slice(0, 4000))) {
    const dues = findDues(sentence, at);
    const promised = hasChinese(sentence) ? chinesePromise(sentence, dues, at) : englishPromise(sentence, dues, at);
    if (!promised) continue;
    const due = dues.find((d) => isLater(d, at)) ?? dues[0];
    return { sentence: sentence.trim(), ...(due ? { due } : {}) };
  }
  return undefined;
}
