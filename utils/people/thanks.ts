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
  /\b(?:thank\s*(?:you|u|ya|yo)u*|thanks|thanx|thx|tysm|ty\b|ta\b|cheers|many\s+thanks|(?:much|really|greatly|truly|so)\s+appreciated|(?:really\s+|truly\s+|so\s+|do\s+)?appreciate\s+(?:it|this|that|you|your|the\s+help|all)|grateful|thank\s+(?:god|goodness|heavens)|bless\s+you|you\s+(?:saved|made)\s+my\s+(?:day|life|week|morning|evening|holiday)|(?:that's|that\s+has|that've|you've|that)\s+(?:\w+\s+)?(?:saved\s+me|made\s+my\s+day)|(?:you're|you\s+are|ur|u\s+r)\s+(?:a\s+|an\s+|the\s+)?(?:lifesaver|life\s+saver|star|legend|gem|diamond|angel|hero|the\s+best|amazing|awesome|brilliant|wonderful|so\s+helpful|very\s+helpful)|^(?:absolute\s+)?(?:legend|lifesaver|hero)\b|(?:what\s+a|that's\s+a|that\s+is\s+a|such\s+a|huge|massive|big)\s+relief|\bphew\b|weight\s+off\s+my|(?:i'm|i\s+am|i\s+feel)\s+(?:so\s+)?relieved|(?:you've|you\s+have)\s+been\s+(?:so\s+|very\s+|really\s+|super\s+)?(?:helpful|great|amazing|wonderful|kind|patient)|so\s+kind\s+of\s+you|restored\s+my\s+faith|(?:muchas\s+)?gracias|merci|danke|salamat|shukriya|dhanyavaad|arigato|(?:it|that|this)\s+(?:works?|worked|fixed\s+it|did\s+the\s+trick)(?:\s+now)?[!.]?\s*(?:perfect|great|brilliant|awesome|amazing)?|(?:perfect|brilliant|awesome|wonderful|fantastic),?\s+(?:it|that)\s+(?:works|worked|fixed|did))/i;
/** Sarcasm, thanks that close a complaint or a request, and thanks while the problem is still there. */
const EN_NOT_A_WIN =
  /\b(?:for\s+nothing|in\s+advance|wasting|wasted|useless|pointless|ridiculous|joke|not\s+(?:helpful|working|fixed|solved|resolved)|doesn't\s+(?:work|help)|didn't\s+(?:work|help)|still\s+(?:not|doesn't|isn't|no|waiting|broken|the\s+same|have\s+not|haven't)|but\b(?!\s+(?:it's|it\s+is)\s+(?:really\s+)?appreciated)|however|although|though|yet\s+(?:to|again)|thanks\s+a\s+lot\s+for\s+(?:the\s+)?(?:nothing|wait|delay)|yeah\s+right|sure,?\s+thanks|great\s+job|real\s+helpful|so\s+helpful\s+not|\/s\b|once\s+(?:you|it)|when\s+(?:you|it)\s+(?:can|get|fix)|hopefully|i\s+guess|if\s+(?:you|this|it|that)\b|finally\s+\w+ing\b|after\s+\w+\s+(?:hours|days|weeks)|i'll\s+(?:wait|try|see|check|believe|be\s+taking)|will\s+(?:wait|try)|let\s+you\s+know|please|kindly|could\s+you|can\s+you|would\s+you|waiting\s+for|for\s+(?:looking|checking)\s+into|for\s+your\s+(?:email|reply|response|message|mail)|look\s+forward|regards|attached|anyway|whatever|forget\s+it|said\s+no\s+one|elsewhere|chargeback|heard\s+that\s+before|don't\s+care|automated|no\s+thanks|just\s+fix|\d+(?:st|nd|rd|th)\s+time|never\s+(?:showed|arrived|came)|charged\s+me|twice|broken|cutting\s+me\s+off|so\s+basically|supposed\s+to|oh\s+(?:great|wonderful|lovely|brilliant)|(?:wow|fine|cool|brilliant|lovely|super|great)\.\s|(?:supposed|expected)\s+to|it's\s+been\s+\w+ing\s+for|lost\s+my|now\s+i\s+have\s+to|unacceptable|disappoint\w*|frustrat\w*|annoy\w*|angry|terrible|worst|awful|rubbish|appalling|disgust\w*|complain\w*|cancel\s+my|i\s+(?:still\s+)?(?:want|need)\s+(?:a|my|you|this|to)|shocking|pathetic|incompeten\w*|for\s+two\s+weeks|for\s+\w+\s+(?:hours|days|weeks|months))\b|['‘][a-z]+(?:\s+[a-z]+)?['’](?!\w)/i;
const EN_SARCASM_MARKS = /\bnot\s*[.!]*$|🙄|😒|🙃|\bsmh\b|\blol\b\s*$|\.{3}\s*$|…\s*$|!{3,}\s*$|\?|\bsuper\.?\s*$|\bcool\.?\s*$/i;

const ZH_THANKS =
  /谢谢|謝謝|感谢|感謝|多谢|多謝|谢啦|謝啦|谢了|謝了|唔[该該](?:[晒哂曬]|(?:你|您)?[呀啊喇]*(?=[！!。，,\s]|🙏|😊|👍|$)|(?:你|您)?咁|(?:你|您)?幫我[^，。]{0,8}(?:咗|埋|催|跟進|追|搵返|換|改))|辛苦(?:了|啦|晒|哂|您|你|辛苦)?|感恩|感激|感动|感動|帮(?:了|我)?大忙|幫(?:了|咗)?(?:我)?(?:好)?大忙|太好了|太棒|好人|救星|救了我|救咗我|天使|佛心|松了一口气|鬆了一口氣|鬆一口氣|松口气|鬆口氣|放心了|放心啦|放心喇|安心|好彩|终于放心|終於放心|给力|給力|靠谱|靠譜|贴心|貼心|你真好|您真好|人真好|也太好了|真的好|爱了|愛了|爱你|愛你|点赞|點贊|点个赞|超赞|超讚|拍拍手|没话说|沒話說|五星好评|满意|滿意|麻烦你了|麻煩你了|麻烦您了|麻煩您了|说到做到|說到做到|阿里嘎多|legend|respect|nice|3q|thx|thanks|thank\s*you/i;
/** Sarcasm (呵呵, quoted praise, "第三次"), thanks closing a complaint or a request, thanks while the problem is still there, or declined help (不用了). */
const ZH_NOT_A_WIN =
  /呵呵|敷衍|浪费|浪費|绝了|絕了|谢了您嘞|真是谢谢你全家|[“「‘'][^”」’']{1,8}[”」’']|破[纪紀]录|神速|🙄|😒|🙃|[让讓]我(?:学会|學會|等|多付|白)|[搞害]到我|害我|冇[网網]用|第[一二三四五六七八九十\d]+次|又[是要送寄错錯]|不给力|不給力|太不|for\s+nothing|反正|随便|隨便|算了|行吧|好吧|下次不[会會]再|不[会會]再[来來]|拖|等足|等了(?:[一两兩三四五六七八九十\d]|好|整|半)|飞走了|飛走了|提前|先谢|先謝|多[谢謝]先|[谢謝]{2}先|预先|預先|不用了|不用[谢謝]|还是(?:没|沒|不|一样|一樣|要)|還是(?:沒|没|不|一樣|要)|仍然|依然|还没|還沒|没解决|沒解決|没用|沒用|没有用|沒有用|不行|[但](?:[是係])?(?:我|问题|問題|还是没|還是沒|还是不|還是不|仲)|[但](?![是係]?(?:最[后後]|[还還]是(?:很)?[感谢謝]|[结結]果))|根本|冇人|沒人|没人|麻[烦煩](?:你|您)?[帮幫]我|先[说說][声聲]|真是[谢謝]|[谢謝]喔|[谢謝]你們喔|了(?:整整)?[一两兩三四五六七八九十\d]+(?:个|個)?(?:週|周|天|小時|小时|個鐘|个钟|个月|個月|禮拜|礼拜|星期)|不过|不過|可是|怎么办|怎麼辦|[吗嗎][\s。！!～~]*$|？|\?|什么时候|什麼時候|到底|能不能|可不可以|可以吗|可以嗎|(?<![申邀聘])[请請](?![问問]题|假|客)|尽快|盡快|赶紧|趕緊|等你们|等你們|再说|再說|再等|等等看|再看看|再试|再試|遲啲再|迟点再|讽刺|諷刺|真行|真棒啊|好极了|好極了|我要求|要求全[额額]/i;
/** Relief words that need a sign the problem is gone: "放心了" alone may be "fine, whatever". */
const ZH_WEAK = /^(?:满意|滿意|nice|安心|好彩|麻烦你了|麻煩你了|麻烦您了|麻煩您了)$/i;

function englishThanks(text: string): string | undefined {
  const found = EN_THANKS.exec(text);
  if (!found || EN_NOT_A_WIN.test(text) || EN_SARCASM_MARKS.test(text.trim())) return undefined;
  return found[0];
}

function chineseThanks(text: string): string | undefined {
  const found = ZH_THANKS.exec(text);
  if (!found || ZH_NOT_A_WIN.test(text) || EN_NOT_A_WIN.test(text)) return undefined;
  if (ZH_WEAK.test(found[0]) && !/谢|謝|感|辛苦|太好|放心|解决|解決|搞[掂定]|弄好|好了|[了啦喇]！|!|👍|🙏|😊/.test(text)) return undefined;
  return found[0];
}

/** The thanks in a customer's message, if it is a win the agent may keep. */
export function detectThanks(text: string): DetectedThanks | undefined {
  const trimmed = text.trim().slice(0, 2000);
  if (!trimmed) return undefined;
  const words = hasChinese(trimmed) ? chineseThanks(trimmed) : englishThanks(trimmed);
  return words ? { words } : undefined;
}
