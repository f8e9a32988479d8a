import type { CustomerKind } from './types';

/**
 * Phrase rules, matched on the normalised text (lower-case ASCII, Simplified
 * characters, same offsets as the original). Chinese phrases are matched on the
 * raw character stream, never on segmented words, so 不想活了 is not lost to a
 * 不想|活了 split. Patterns avoid nested quantifiers and only use bounded gaps,
 * so each scan is linear in the text length.
 *
 * Rules do not decide alone: each one that fires is a feature of its kind's
 * statistical head, which learned from the corpus how far to trust it, and its
 * span is the evidence shown to the agent (see message-features.ts).
 */
export interface RuleSet {
  strong: string[];
  weak?: string[];
}

/** A gap of up to n characters within one clause. */
const gap = (n: number) => `[^.!?\\n]{0,${n}}`;

/** Crisis has rules of its own, composed from concepts (crisis-rules.ts). */
export const RULES: Record<Exclude<CustomerKind, 'crisis'>, RuleSet> = {
  churn_threat: {
    strong: [
      '\\bcancel(?:l?ing|l?ed)? (?:my|the|our|this) (?:subscription|account|membership|contract|plan|service|broadband|policy)',
      '\\b(?:close|delete|terminate) (?:my|our) (?:account|data|subscription)',
      '\\b(?:switch|switching|moving|move|going|go|changing) (?:over )?to (?:a |another )?(?:competitor|provider|company|\\w+ instead)',
      '\\bswitching to\\b',
      '\\bcompetitors?\\b',
      '\\btake my (?:business|money) elsewhere',
      "\\b(?:1|one)[- ]star\\b|\\b(?:bad|negative|terrible|honest) review|\\breviews? everywhere",
      "\\b(?:report|reporting|complain|complaining) (?:you|this|to)\\b",
      '\\b(?:ftc|bbb|ombudsman|regulator|trading standards|ofcom|ofgem|fca|cfpb|attorney general|consumer protection)\\b',
      '\\b(?:lawyer|attorney|solicitor|legal action|sue|suing|small claims)\\b|\\b(?:take|taking|see|seeing) you (?:to|in) court\\b',
      '\\bcharge ?back\\b',
      '\\bdisput(?:e|ing) (?:the|this|a) (?:charge|payment|transaction)',
      `\\b(?:post|posting|share|sharing|put|tweet|expose|tell|going to|go to|contact)${gap(30)}\\b(?:twitter|facebook|instagram|tiktok|reddit|youtube|social media|the press|the news|journalists?|media)\\b`,
      "\\bnever (?:buying|buy|ordering|order|using|use|shopping|coming back|recommend)",
      '\\b(?:12315|1950)\\b',
      '\\bport(?:ing)? (?:out )?(?:my|our) (?:number|line|mobile)s?\\b|\\b(?:porting|pac|stac) code\\b',
      "\\b(?:look(?:ing)?|go(?:ing)?|shop(?:ping)?|take (?:my|our) (?:custom|business|money)) elsewhere\\b|\\bfind (?:a |another )(?:provider|bank|company|supplier|carrier|insurer)\\b",
      "\\b(?:won'?t|will not|not going to|am not going to) (?:be )?(?:renew(?:ing)?|continu(?:e|ing)|stay(?:ing)?|order(?:ing)? (?:from you|again)|com(?:e|ing) back|recommend(?:ing)?)",
      '\\b(?:leave|leaving|left) (?:you|your (?:company|bank|service|network))\\b',
      '\\b(?:citizens advice|financial ombudsman|better business bureau|consumer (?:council|rights|affairs|association))\\b',
      '12315|1950|消协|消保|消基会|工商局|市场监管|投诉|举报|检举|申诉|差评|负评|一星|曝光|爆料|拒付|律师|法院|起诉|告你们|退订|注销|别家|换一家|黑猫',
      '再也不(?:会|想)?(?:买|用|来|跟你们)',
      '携号转网|转网|销户|退网|换(?:一家|家|个)(?:运营商|银行|平台|公司|店)|不(?:再)?续(?:费|约|订|保)|以后不(?:会|再)(?:买|用|来|订|找)|唔会再(?:买|用|嚟|帮衬)|消费者协会|消委会|消保官|金管会|银保监|金融监管|12378|12345|市长热线|打官司|法律途径|仲裁',
      '(?:账号|帐号|账户|帐户|会员).{0,4}(?:删|注销|取消)|(?:删除|注销|取消)(?:我的)?(?:账号|帐号|账户|帐户|会员)',
    ],
    // Where a complaint may go public or a customer may leave, said without the threat itself.
    weak: ['卸载|记者|媒体|微博|小红书|抖音', '\\b(?:trustpilot|yelp|google reviews?|app store)\\b'],
  },
  repeat_contact: {
    strong: [
      '\\bagain\\b',
      // A count of contacts, attempts or broken promises: "fifth ticket", "6th email", "twice", "three calls".
      '\\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|umpteenth|nth|\\d+(?:nd|rd|th)) (?:time|complaint|ticket|chat|call|email|e-mail|message|request|attempt|reminder|letter|visit|engineer|technician|agent|delivery attempt)s?\\b',
      '\\btwice\\b|\\b(?:two|three|four|five|six|seven|eight|nine|ten|a dozen|several|multiple|many|countless|numerous|so many|\\d+) (?:times|calls|emails|e-mails|chats|tickets|complaints|messages|requests|attempts|reminders|letters|visits)\\b',
      '\\bhow many times\\b',
      '\\b(?:every (?:single )?time|each time|one more time|once again|yet again|yet another|in a row|over and over)\\b',
      '\\b(?:chased|chasing|chase (?:this|it) up|re-?sent|resubmitted|reopened|re-opened)\\b',
      "\\b(?:never (?:came|happened|heard back|got back|called (?:me )?back|rang (?:me )?back)|(?:no ?one|nobody) (?:has |ever )?(?:got|gotten|came|called|rang|replied|responded) back|heard nothing|(?:haven'?t|have not|hasn'?t|has not) heard (?:anything|back))",
      '\\b(?:i|we) (?:was|were) (?:promised|told|assured)\\b|\\b(?:you|they|your (?:agent|colleague|team|rep|staff)) (?:promised|assured)\\b',
      '\\balready (?:told|said|explained|tried|contacted|called|emailed|sent|wrote|reported|asked|chatted|spoke|raised|complained|submitted|uploaded|provided|gave|been)',
      '\\b(?:like|as) (?:i|we) (?:said|told you|mentioned|explained|wrote)',
      "\\bstill (?:not|no|waiting|broken|doesn'?t|isn'?t|hasn'?t|haven'?t|can'?t|nothing|the same)",
      "\\bnothing(?:'s| has) changed\\b",
      '\\bsame (?:problem|issue|thing|error)',
      '\\b(?:came|come|is|it\'s) back\\b',
      '\\b(?:last|previous|earlier|other) (?:week|time|month|agent|chat|call|person|rep|advisor)',
      '\\byour colleague',
      '\\bfollow(?:ing)?[- ]up\\b',
      '\\bwrote in\\b',
      '\\b(?:chatted|spoke|talked) (?:with|to) (?:someone|your|an agent|a colleague)',
      '\\byou said (?:it|this|that)',
      '又(?:是|出现|来了|崩|坏|不行|失败|没|出问题|发错|寄错|给我|卡|扣|断)',
      '还是(?:没|不行|不能|一样|老样子|打不开|登不上)',
      '第[二三四五六七八九十几\\d]+(?:次|回|遍|趟)',
      '[两三四五六七八九十几多\\d]+(?:次|回|遍|趟)了',
      // A count said with what was done: 打了三次电话, 问了好几遍, 讲咗几次.
      '(?:打|问|说|讲|找|联系|反映|投诉|催|提交|申请|发|报|来|寄|修|退)(?:了|过|咗)?(?:[两三四五六七八九十\\d]+|好几|无数|n)(?:次|回|遍|趟)',
      '好几次|多次|无数次|一次又一次|一遍又一遍|再三|屡次|三番五次|又又又|每次都|每回都|次次都|次次|又一次|再一次',
      '(?:已经|早就).{0,8}(?:说过|讲过|反映过|联系过|打过|问过|提交过|试过|找过|催过|投诉过)',
      '(?:说|讲)了(?:多少|几|好几|n)遍|(?:说|讲)过了',
      '石沉大海|没有?下文|杳无音信|没人(?:回复|回我|理我|联系我)|(?:说好|答应|承诺)的?.{0,8}(?:回电|回复|联系|处理|解决|退款|上门)',
      '跟之前一样|和之前一样|上次|上回|(?:刚|才)修好|同事说|之前的?客服|到现在(?:都|还)?没|至今(?:还|都)?没',
    ],
    weak: [
      '\\b(?:since|for) (?:\\d+|two|three|four|five|six|several|a few|many) (?:days|weeks|months)\\b',
      '\\b(?:case|ticket|ref|reference|complaint) (?:no\\.?|number|#|id)|\\b(?:case|ticket|ref) ?#? ?\\d{4,}',
      '\\b(?:keeps?|kept) (?:happening|failing|breaking|crashing|dropping|sending|telling|saying|charging)\\b',
      '一直|反复|催了|上周|上个月|前几天|工单号?|单号',
    ],
  },
  urgency: {
    strong: [
      '\\b(?:urgent|urgently|asap|emergency|immediately|right away|hurry)\\b',
      '\\bdeadline\\b',
      '\\bby (?:end of (?:the )?day|eod|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\\d)',
      `\\b(?:by|before|until|need|needs|needed|must|has to|have to)${gap(25)}\\btoday\\b|\\bbefore \\d|\\btonight\\b`,
      '\\btomorrow (?:morning|is the|at)|\\bdue tomorrow|\\bis tomorrow',
      '\\b(?:in|within) (?:an? |\\d+ |two |three |ten |few )?(?:hours?|minutes?|mins)\\b',
      '\\brun(?:ning)? out\\b',
      '急|紧急|尽快|赶紧|立刻|马上|最后期限|截止|来不及|快一点|快点',
      '今晚|明天|明早|一早|\\d+点(?:前|之前)|分钟后|之前必须|今天(?:之内|之前|内|必须|一定|就要|能不能|能|给我)',
    ],
  },
  confusion: {
    strong: [
      '\\b(?:confused|confusing|confuses me|puzzled|baffled)\\b',
      "\\b(?:i'?m|i am|getting|totally|completely|so) lost\\b",
      '\\bno idea (?:what|how|where|which|why)',
      "\\b(?:don'?t|do not|didn'?t) (?:understand|get it|follow)",
      "\\b(?:doesn'?t|does not) make (?:any )?sense|\\bmakes? no sense",
      '\\bwhat do(?:es)? (?:you|that|this|it) mean|\\bwhat does .{0,40}mean\\b',
      '\\bhuh\\b',
      '\\bwait,? so\\b',
      '\\bwhich one\\b',
      '看不懂|不懂|不明白|没明白|没看懂|搞不清|搞不懂|搞不明白|什么意思|懵|晕|搞混|糊涂|一头雾水|不会弄|不会用|不知道怎么回事|不知道(?:在|去)?哪',
    ],
  },
  anger: {
    strong: [
      '\\b(?:ridiculous|unbelievable|useless|disgusting|disgraceful|outrageous|unacceptable|pathetic|furious|pissed|livid|appalling|infuriating)\\b',
      '\\bwhat a joke\\b|\\b(?:a|complete|total|absolute) joke\\b',
      '\\b(?:fed up|sick of|sick and tired|had enough)\\b',
      '\\b(?:annoyed|annoying|angry|mad at|frustrated|frustrating)\\b',
      '\\b(?:worst|terrible|horrible|awful) (?:service|support|company|experience)',
      '\\bwasted? (?:an hour|hours|a day|my time|of my life|my)',
      '\\bthanks for nothing\\b',
      '\\bare you (?:even )?(?:reading|listening|serious|kidding)',
      '\\byou people\\b',
      '\\b(?:great|wonderful|brilliant|perfect|fantastic|lovely)\\. (?:just |really )?(?:great|wonderful|brilliant|perfect|fantastic|lovely)\\b',
      '\\boh (?:great|wonderful|brilliant|perfect|fantastic|lovely)\\b',
      '\\b(?:seriously|really)\\?{2,}',
      '\\bugh\\b|\\bwtf\\b|\\bdamn\\b|\\bcrap\\b',
      '\\bhow many times do i have to',
      // Sarcasm that needs no other cue: the thanks and praise people give a company that let them down.
      '真是谢谢(?:你们|您|你)了|谢谢你们让我|可真(?:会|行|厉害)|好样的|真行啊|厉害了我的|佩服佩服|(?:你们|你哋)(?:真|好)(?:系|是)?(?:有本事|会做生意)',
      '\\bscam(?:mers)?\\b|\\bfraud\\b',
      '气死|生气|服了|离谱|无语|垃圾|什么破|破软件|破系统|干什么吃的|搞什么|有病|凭什么|敷衍|过分|受够|忍.{0,4}很久|浪费我|浪费.{0,3}时间|呵呵|套话|官腔|烂|到底在干|欺诈|诈骗|骗子|恶心|坑人|妈的|什么鬼|愤怒|差劲|恶劣|耍我|不像话|烦死',
      '(?:靠谱|专业)一点|听不懂吗|好得很',
    ],
    weak: ['\\bnever\\b', '!{2,}|\\?{2,}', '\\bseriously\\b'],
  },
  distress: {
    strong: [
      '\\b(?:worried|worrying|scared|afraid|frightened|terrified|panick?ing|panicked|anxious|stressed|overwhelmed|desperate|heartbroken|devastated|helpless|hopeless)\\b',
      "\\b(?:really|so|very|i'?m) upset\\b",
      "\\b(?:crying|in tears|can'?t cope|can'?t sleep|i feel awful|feel terrible|at my wits)\\b",
      '\\b(?:please|pls) help\\b|\\bhelp me please\\b|\\bbegging\\b',
      '\\bi (?:think i\'?ve|have) been scammed\\b',
      '\\b(?:lose|losing) my (?:job|home|house|savings)|\\bmy savings\\b',
      '担心|害怕|(?<!恐)怕|焦虑|崩溃|难过|伤心|难受|绝望|怎么办|哭|慌|心累|无助|睡不着|求求|着急|全部积蓄|积蓄',
    ],
  },
};

/**
 * Hyperbole and polite negatives: matches suppress the listed kinds' rules inside
 * the span and become named features of those kinds' heads ("this bug is killing
 * me lol", "no rush", "I'm not upset, just curious", 笑死, 要了我的命 said in jest).
 */
export const GUARDS: { pattern: string; suppress: CustomerKind[] }[] = [
  { pattern: "\\b(?:not|never|wasn'?t|isn'?t|i'?m not|am not) (?:at all )?(?:upset|angry|mad|annoyed|frustrated|complaining|worried)\\b(?: at all)?", suppress: ['anger', 'distress'] },
  { pattern: "\\b(?:no rush|no hurry|not in a hurry|not urgent|take your time|whenever (?:you|it)|no worries|no problem|not a big deal|no big deal)\\b", suppress: ['urgency', 'anger', 'distress'] },
  { pattern: "\\b(?:killing me|killing it|i'?ll die|i could kill|dying to|kill for)\\b", suppress: ['crisis', 'anger', 'distress'] },
  { pattern: "(?:confus\\w*|lost)[^.!?\\n]{0,20}\\b(?:lol|haha|but i(?:'ll| will| think i)? (?:figure|got|get))", suppress: ['confusion'] },
  { pattern: '(?:不|没|没有)(?:是)?(?:生气|着急)|不(?:用|要)?急|不着急|没那么急|慢慢来?|不赶时间|不用着急|没关系|没事', suppress: ['anger', 'urgency', 'distress'] },
  { pattern: '笑死|笑哭|蠢哭|饿死|累死|热死|困死|要了我的命|哈哈', suppress: ['crisis', 'anger', 'distress'] },
];
