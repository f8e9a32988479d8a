import type { DueMatch } from './due';
import type { Span } from './text';

/**
 * Chinese commitments (简体, 繁體 and written Cantonese). Chinese agents chain
 * clauses with commas: "已经跟快递沟通了，他们会在明天中午前重新派送，您留意一下电话"
 * holds a past action, a promise and a request in one sentence. So the guards
 * (past, now, hedge, request, refusal, question) are read per clause, and a
 * clause promises when it has an action that can only happen later (a call
 * back, a reply) or an action with a sign of the future (会/将, a stated
 * time, 稍后/到时候/一有消息就) and someone on the agent's side doing it.
 * Only a few signs speak for the whole sentence: an offer (要不要我…), a
 * condition on the customer (如果您…, 等您…, which governs the clauses after
 * it), and policy or estimates (一般, 通常, 按规定).
 */

/** Actions that happen after the chat by their nature: contact the customer again. */
const CONTACT = new RegExp(
  [
    '回复|回覆|答复|答覆|答付|[覆回]返?(?:您|你|妳)|覆返|回电|回電|回拨|回撥|回訪|回访|回个话|回個話|回訊息|回讯息|准信|交代',
    '打(?:个|個)?(?:电话|電話)|打(?:给|給|畀|俾|返|嚟|去)|致[电電]|call(?:返)?(?:您|你|妳)|撥電話|拨电话',
    '(?:联系|聯繫|聯絡|联络|对接|對接|确认|確認|说明|說明|說|说|講|讲|报价|報價)(?:您|你|妳)|(?:[跟同和与與][您你妳]|[您你妳]).{0,4}(?:联系|聯繫|聯絡|联络|对接|對接|說(?!聲)|说(?!声)|講|讲|确认|確認|报价|報價|约|約)',
    '通知(?:您|你|妳)|[话話](?:您|你|妳)知|告[诉訴知](?:您|你|妳)|同步(?:给|給)?(?:您|你|妳)|推送|私信|留言|whatsapp|email|e-mail|sms|send|寄信|(?:[发發传傳寄]|回)(?:个|個|封|条|條)?(?:邮件|郵件|短信|簡訊|讯息|訊息|信)|(?:邮件|郵件|短信|簡訊)(?:通知|告知)',
    '跟进|跟進|盯着|盯著|keep住|回[报報](?:给|給)?(?:您|你)|[跟同和](?:您|你)回[报報]|[跟同和](?:您|你)update|update(?:您|你)',
  ].join('|'),
  'i',
);
/** Actions an agent or the company does for the customer, which promise only beside a sign of the future. */
const ACTION =
  /退|补|補|赔|賠|[换換](?:货|貨|新|一|台|部|個|个|过|過|返|成|掉)|更[换換]|修|寄|[发發]|送|派|上[门門]|上嚟|到府|[去到上](?:您|你)(?:家|屋企)|[检檢][测測]|撤[销銷]|process|cancel|check(?!下|緊)|过去|過去|过嚟|過嚟|安排|[处處]理|申[请請]|提交|办|辦|约(?:时间|時間|上|好|您|你)|約(?:時間|上|好|您|你)|[开開](?:票|单|單|具|通|返|给|給)|重[开開]|冲正|沖正|扣|打款|[转轉]|加|拉|[问問]|找|催|追|报销|報銷|返|到[账帳]|入[账帳]|[汇匯]|過數|过数|出[货貨]|生效|解封|加急|升[级級]|投[诉訴]|搞掂|公告|完成|上[线線]|恢[复復]|取消|保留|登[记記]|[冻凍]结|[检檢]查|核[对對]|[审審]核|重置|reset|refund|credit/i;
/** Signs that the action lies ahead: a modal of commitment or a word of "later". */
const FUTURE =
  /^再|然[后後]|会|會|将|將|一定|保证|保證|负责|負責|承诺|承諾|稍后|稍後|晚点|晚點|晚些|回头|回頭|到时|到時|第一[时時]间|第一時間|一有|有(?:结果|結果|消息|进展|進展|update|新的?|空档|空檔)|之后|之後|以后|以後|后续|後續|待会|待會|等下|等陣|遲啲|迟啲|一陣|完(?:之?[后後]|成?[后後])|好之?[后後]|[后後]再|出[来來]后|出來後|批下来|批咗|[咗了]之?[后後]|咗就|[到]?时候|明早|明天一|一上班/;
/** Who does it: the agent, the agent's side, or anyone acting for the customer (给您, 帮你, 畀你). */
const AGENT_SIDE =
  /我|这边|這邊|小助手|本店|[给給帮幫为為替畀俾跟同][您你妳]|[您你妳]$|师傅|師傅|工程|技术|技術|同事|同仁|专员|專員|客服|主管|[经經]理|[财財][务務]|仓|倉|快[递遞]|速遞|物流|骑手|騎手|司机|司機|送餐|外送|商家|店家|店铺|店舖|网点|網點|团队|團隊|部门|部門|中心|[银銀]行|系[统統]|平台|班主任|[护護]理|[单單]位|上[头頭级級]|佢|他|她|廠商|厂商|[组組]|[处處]$|公司|酒店|医院|醫院|教[务務]|承[办辦]/;
const FIRST_PERSON = /我|这边|這邊/;

const OFFER = /要不要|要唔要|需不需要|需唔需要|使唔使|是否需要|需要我|需要(?:帮|幫)(?:您|你)|想唔想|您看要|您看需要|可以(?:帮|幫)(?:您|你)|可唔可以|能(?:帮|幫)(?:您|你)/;
const POLICY = /每(?:月|天|日|周|週|星期|禮拜|礼拜|年|次)|承[诺諾]是|保[证證]是|[时時][间間][是为為]|有效期|收取|工本[费費]|手[续續][费費]|[违違][约約]金|一般|通常|正常|平常|原则上|原則上|[规規]定|政策|依照|按照|[约約]定|以.{0,6}[为為]准|為準|多数|多數|大部分/;
const CONDITION = /如果|若[您你是]|假如|要是|万一|萬一|只要|等(?:您|你|妳)|待(?:您|你)|(?:您|你|妳)(?![的嘅])[^，,。]{0,12}?(?<![点點鐘钟天日])(?:之?[后後]|以[后後])|的[话話](?![费費])|嘅[话話]|先可以|才能|才可以/;

const PAST = /已经|已經|已|刚才|剛才|刚刚|剛剛|头先|頭先|[了咗](?:[哦喔哈啦呢喇囉嘅㗎～~！!。\s]*)$|過了|过了/;
const NOW = /一下|下先|稍等|稍候|等我一|正在|[緊紧](?!急)|现在|現在|而家|马上(?:帮|幫|为|為|给|給)?(?:您|你)?(?:查|看|核)|我看看|看看|睇下|看下|查下/;
const HEDGE = /最早|最快|才[会會]|才能|以便|以免|方便(?:我们|我們|骑手|騎手|师傅|師傅|快递|快遞)|预计|預計|估计|估計|可能|也许|也許|或许|或許|应该|應該|不一定|能不能|争取|爭取|尽量|盡量|试试|試試|(?:大概|大约|大約)(?:需要|要|[还還][要有]|得)|自[动動]|需要.{0,6}(?:天|小时|小時|分钟|分鐘|工作)/;
const REQUEST = /^(?:亲|親|您好|你好|哈|嗯|好的?|ok)?[，,\s]*(?:请|請|麻烦|麻煩|烦请|煩請|唔该你|唔該你|记得|記得|还请|還請|建议|建議|(?:您|你|妳)(?:需要|要|可以|先|再|也|只要|记得|記得|等|稍|慢慢|按|把|留意|注意))/i;
const REFUSE = /麻烦您|麻煩您|请您|請您|唔(?:會|会|得|能|開心)|没法|沒法|无法|無法|不能|不可以|唔可以|没办法|沒辦法|冇辦法|冇办法|办不了|辦不了|不支持|不支援|没有|沒有|冇|权限|權限|恕|不会|不會|唔會|唔会|不用|唔使|唔需要|不需要|不了/;
const QUESTION = /[吗嗎呢咩][\s～~。!！]*$|[?？]|未呀|係咪|是不是|有没有|有冇/;
/** "您将收到 / 你會收到": the customer receives what the company sends. */
const YOU_RECEIVE = /(?:您|你|妳)(?:将|將|会|會).{0,12}?(?:收到|接到)/;

const CLAUSE = /[，,、~～…\s]+/;

function clausePromises(clause: string, timed: boolean, agentSpeaks: boolean): boolean {
  if (QUESTION.test(clause) || REQUEST.test(clause) || REFUSE.test(clause)) return false;
  const modal = /会|會|将|將|一定/.test(clause);
  const future = modal || timed || FUTURE.test(clause);
  if (PAST.test(clause) && !modal) return false;
  if (NOW.test(clause) && !modal && !timed) return false;
  if (HEDGE.test(clause) && !(FIRST_PERSON.test(clause) && modal)) return false;
  if (YOU_RECEIVE.test(clause)) return timed;
  if (/^(?:您|你|妳)(?![的嘅啲張张個个份部])/.test(clause)) return false;
  if (CONTACT.test(clause)) return future || AGENT_SIDE.test(clause);
  return ACTION.test(clause) && future && (AGENT_SIDE.test(clause) || modal || (timed && agentSpeaks));
}

/** Whether a Chinese sentence commits the agent's side to a later action; `dues` are the sentence's stated times. */
export function chinesePromise(sentence: string, dues: readonly DueMatch[]): Span | undefined {
  if (OFFER.test(sentence) || POLICY.test(sentence)) return undefined;
  // "我跟技术说一下，今天下午四点前把账号解封": the agent speaks in one clause and times the action in the next.
  const agentSpeaks = FIRST_PERSON.test(sentence);
  let offset = 0;
  for (const clause of sentence.split(CLAUSE)) {
    const start = sentence.indexOf(clause, offset);
    offset = start + clause.length;
    if (clause === '') continue;
    if (CONDITION.test(clause)) return undefined;
    const timed = dues.some((d) => d.start < offset && d.end > start);
    if (clausePromises(clause, timed, agentSpeaks)) return { start, end: offset };
  }
  return undefined;
}
