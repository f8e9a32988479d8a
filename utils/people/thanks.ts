import { hasChinese } from './text';

/**
 * Hears genuine thanks or relief about help received in a customer's message
 * ("you saved my day", "that's a relief", 太感谢了, 辛苦了, 感恩), to keep as
 * the agent's wins for the day. Thanks that are not a win are left out:
 * sarcasm ("thanks for nothing", 谢谢你们的敷衍), thanks in advance, thanks
 * attached to a request still open ("please check, thanks"), and thanks
 * while the problem is still there ("thanks, but it still fails").
 */
export interface DetectedThanks {
  /** The customer's words that carry the thanks, as written. */
  words: string;
}

const EN_THANKS =
  /\b(?:thank\s*(?:you|u|ya|yo)|thanks|thanx|thx|tysm|ty\b|cheers|much\s+appreciated|(?:really\s+|truly\s+|so\s+)?appreciate\s+(?:it|this|that|you|your\s+help|the\s+help|all)|you\s+(?:saved|made)\s+my\s+(?:day|life|week|morning|evening)|(?:you're|you\s+are|ur)\s+(?:a\s+)?(?:lifesaver|life\s+saver|star|legend|gem|the\s+best|amazing|awesome|brilliant|wonderful|so\s+helpful|very\s+helpful)|(?:what\s+a|that's\s+a|that\s+is\s+a|such\s+a)\s+relief|\bphew\b|(?:i'm|i\s+am|i\s+feel)\s+(?:so\s+)?relieved|(?:you've|you\s+have)\s+been\s+(?:so\s+|very\s+|really\s+|super\s+)?(?:helpful|great|amazing|wonderful|kind|patient)|(?:it|that|this)\s+(?:works?|worked|fixed\s+it|did\s+the\s+trick)(?:\s+now)?[!.]?\s*(?:perfect|great|brilliant|awesome|amazing)?|(?:perfect|brilliant|awesome|wonderful|fantastic),?\s+(?:it|that)\s+(?:works|worked|fixed|did))/i;
const EN_NOT_A_WIN =
  /\b(?:for\s+nothing|in\s+advance|wasting|wasted|useless|pointless|ridiculous|joke|not\s+(?:helpful|working|fixed|solved|resolved)|doesn't\s+(?:work|help)|didn't\s+(?:work|help)|still\s+(?:not|doesn't|isn't|no|waiting|broken|the\s+same|have\s+not|haven't)|but\b|however|although|though|yet\s+(?:to|again)|thanks\s+a\s+lot\s+for\s+(?:the\s+)?(?:nothing|wait|delay)|yeah\s+right|sure,?\s+thanks|great\s+job\s+not|real\s+helpful|so\s+helpful\s+not|\/s\b|once\s+(?:you|it)|when\s+(?:you|it)\s+(?:can|get|fix)|hopefully|i\s+guess|if\s+you\b|finally\s+\w+ing\b|after\s+\w+\s+(?:hours|days|weeks)|i'll\s+(?:wait|try|see|check)|will\s+(?:wait|try)|let\s+you\s+know|please|could\s+you|can\s+you|would\s+you|waiting\s+for|for\s+(?:looking|checking)\s+into|for\s+your\s+(?:reply|response)\s+but)\b/i;
const EN_SARCASM_MARKS = /\bnot\s*[.!]*$|🙄|😒|🙃|\bsmh\b|\blol\b\s*$|\.{3}\s*$|…\s*$|!{3,}|\?\s*$/i;

const ZH_THANKS =
  /谢谢|謝謝|感谢|感謝|多谢|多謝|谢啦|謝啦|谢了|謝了|辛苦了|辛苦啦|辛苦您|辛苦你|感恩|帮大忙|幫大忙|帮了大忙|幫了大忙|太好了|好人一生平安|救星|松了一口气|鬆了一口氣|松口气|鬆口氣|终于放心|終於放心|放心了|终于解决|終於解決|解决了|解決了|搞定了|可以了|好了，|太棒了|给力|給力|靠谱|靠譜|贴心|貼心|你真好|您真好|耐心|3q|3Q|thx|thanks/;
const ZH_NOT_A_WIN =
  /呵呵|敷衍|谢了您嘞|真是谢谢你全家|谢谢啊[，,。]*$|提前|先谢|先謝|预先|預先|但是|但|可是|不过|不過|还是没|還是沒|还是不|還是不|仍然|依然|仍|还没|還沒|没解决|沒解決|没用|沒用|没有用|沒有用|不行|不能|怎么办|怎麼辦|白|请|請|麻烦|麻煩|帮我|幫我|能不能|可不可以|可以吗|可以嗎|吗|嗎|？|\?|尽快|盡快|赶紧|趕緊|等你们|等你們|等您|再说|再說|算了|行吧|好吧|那好吧|再等|等等看|再看看|再试试|再試試|讽刺|諷刺|真行|真棒啊|好极了|好極了/;
/** Relief words that need a sign the problem is gone: "可以了" alone may be "that's enough". */
const ZH_WEAK = /^(?:可以了|好了，|解决了|解決了|搞定了|耐心)$/;

function englishThanks(text: string): string | undefined {
  const found = EN_THANKS.exec(text);
  if (!found || EN_NOT_A_WIN.test(text) || EN_SARCASM_MARKS.test(text.trim())) return undefined;
  return found[0];
}

function chineseThanks(text: string): string | undefined {
  const found = ZH_THANKS.exec(text);
  if (!found || ZH_NOT_A_WIN.test(text)) return undefined;
  if (ZH_WEAK.test(found[0]) && !/谢|謝|感|辛苦|太好|放心|[了啦]！|!/.test(text)) return undefined;
  return found[0].replace(/，$/, '');
}

/** The thanks in a customer's message, if it is a win the agent may keep. */
export function detectThanks(text: string): DetectedThanks | undefined {
  const trimmed = text.trim().slice(0, 2000);
  if (!trimmed) return undefined;
  const words = hasChinese(trimmed) ? (chineseThanks(trimmed) ?? englishThanks(trimmed)) : englishThanks(trimmed);
  return words ? { words } : undefined;
}
