import type { CrisisDanger, CrisisTier } from './types';

/**
 * Crisis rules composed from concepts rather than listed sentences: a speaker
 * (I, me, 我) with an ending (die, disappear, not wake up, 活不下去) and a wish,
 * plan or futility; farewell and preparation acts; danger to others; abuse and
 * control; a medical emergency happening now; immediate physical danger.
 * Patterns run on the normalised text (lower-case ASCII, Simplified characters),
 * so one Chinese pattern covers 简体 and 繁體 (and Cantonese written forms).
 * Gaps are bounded and stay inside a clause, so every scan is linear.
 *
 * Each rule names its tier (`crisis`: clear risk now; `possible`: a veiled or
 * ambiguous sign a careful agent checks on) and the kind of danger, which picks
 * the protocol the sidebar shows.
 */
export interface CrisisRule {
  tier: CrisisTier;
  danger: CrisisDanger;
  pattern: string;
}

/** Up to n characters without leaving the clause. */
const gap = (n: number) => `[^.!?\\n。！？]{0,${n}}`;
const any = (...parts: string[]) => `(?:${parts.join('|')})`;

const EN_I = "\\b(?:i|i'm|im|i am|i've|ive|i'll|ill|i'd|id|me)\\b";
const EN_WISH = any('want(?:ed)? to', 'wanna', 'going to', 'gonna', 'plan(?:ning)? to', 'ready to', 'decided to', 'about to', 'thinking (?:about|of)', 'will', 'might', 'should just', 'wish i could', 'wish i was', 'wish i were', 'would rather', 'tempted to', 'just want to');
const EN_END = any(
  'die\\b(?! of| laughing| waiting| if| from| when| trying| happy| inside| for)',
  'be dead',
  'kill (?:my ?self|me)',
  'end (?:it|it all|things|my life|everything)\\b',
  'not wake up',
  'not be (?:around|here) (?:anymore|any ?more|much longer|for long)',
  'not be alive',
  "(?:go to )?sleep and (?:not|never) wake up",
  'disappear',
  'be gone (?:forever|for good)',
  'not exist',
  'stop existing',
  'take my (?:own )?life',
  'jump (?:off|from|in front)',
  'hang my ?self',
  'overdose',
  'give up on (?:life|living|everything)',
);
const EN_ABUSER = any('he', 'she', 'my (?:husband|wife|partner|boyfriend|girlfriend|ex|ex-husband|ex-wife|dad|father|mum|mom|mother|stepdad|son|brother|fianc[ée]+)');
const EN_CHILD = any('my (?:son|daughter|baby|kid|child|toddler|husband|wife|partner|mum|mom|dad|father|mother|grandma|grandmother|grandpa|grandfather|friend|flatmate|roommate)', 'he', 'she', 'someone', 'somebody');

const ZH_I = '(?:我|俺|本人|自己)';
const ZH_OTHER = '(?:他|她|你|你们|他们|她们|那个|那家|全家|老板|房东|邻居|前夫|前妻|经理|客服|快递员|司机|佢|佢哋|你哋)';
const ZH_ABUSER = '(?:他|她|老公|丈夫|老婆|男朋友|男友|女朋友|前夫|前妻|前男友|我爸|我妈|继父|佢|先生)';
/** Whose emergency it is; not bare 他/她, which are everywhere, so the rule stays cheap on long text: their emergencies are caught by the signs alone below. */
const ZH_CHILD = '(?:孩子|小孩|宝宝|儿子|女儿|我家|我妈|我爸|老公|老婆|婆婆|奶奶|爷爷|外婆|外公|朋友|室友|个仔|个女|阿仔|阿女|阿爸|阿妈|老豆|老母)';

const EN_METHOD = any('pills', 'tablets', 'paracetamol', 'painkillers', 'sleeping (?:pills|tablets)', 'meds', 'medication', 'insulin', 'antidepressants', 'amitriptyline', 'sertraline', 'codeine', 'tramadol', 'heart tablets', 'blood pressure tablets');
const EN_LOT = any('all (?:of )?(?:my|the|them|those)', 'a lot of', 'loads of', 'lots of', 'a bunch of', '\\d+', 'twenty', 'thirty', 'forty', 'fifty', 'a (?:whole|full) (?:bottle|pack|box|packet|strip)', 'the (?:whole|rest of)', 'too many', 'way too many');
const EN_HURT = any('beat', 'bash', 'batter', 'smash', 'punch', 'stab', 'kill', 'hurt', 'knife', 'shoot', 'strangle', 'slash', 'glass', 'run over');
const EN_TARGET = any('him', 'her', 'them', 'you', 'you all', 'whoever', 'someone', 'somebody', 'everyone', 'the (?:engineer|driver|agent|guy|man|woman|mod|manager|staff|kid|courier)', 'that (?:kid|guy|man|woman|mod|driver|engineer|agent|bitch|bastard)', 'your (?:staff|agent|engineer|driver|manager)', 'my (?:husband|wife|partner|boss|neighbou?r|ex|landlord)');
const EN_INTENT = any("i'?ll", 'i will', "i'?m (?:going|gonna)", 'im (?:going|gonna)', 'gonna', 'going to', 'swear (?:i|to god)', 'i want to', 'i wanna', 'i could', "i'?m about to", 'about to');
const ZH_MED = '(?:药|安眠药|对乙酰氨基酚|扑热息痛|布洛芬|止痛药|降压药|胰岛素|抗抑郁药)';

export const CRISIS_RULES: readonly CrisisRule[] = [
  // Suicide: direct words, a speaker with a wish or plan and an ending, futility, method and act.
  { tier: 'crisis', danger: 'suicide', pattern: "\\bsuicid(?:e|al)\\b(?! squad| prevention| awareness| hotline| exclusion| clause)|\\bkill(?:ing)? my ?self\\b|\\bend(?:ing)? my (?:own )?life\\b|\\btake my (?:own )?life\\b|\\bunalive\\b|\\bkms\\b|\\bkys\\b[^.!?\\n]{0,40}\\bmaybe i will" },
  { tier: 'crisis', danger: 'suicide', pattern: `${EN_I}${gap(30)}\\b${EN_WISH}${gap(16)}\\b${EN_END}` },
  { tier: 'crisis', danger: 'suicide', pattern: "\\b(?:don'?t|do not|dont|no longer|never) (?:want|wanna|wish) to (?:live|be alive|exist|be here|wake up|go on|carry on)|\\bno (?:reason|point|will) (?:to|in) (?:live|living|go on|going on|carry on|carrying on|be alive)|\\bwish (?:i|i'?d) (?:was|were|had) (?:dead|never been born|not here|gone|never existed)|\\b(?:worth more|better off) dead\\b|\\b(?:had )?enough of (?:living|being alive|life)\\b|\\b(?:sick|tired) of (?:living|being alive)\\b" },
  { tier: 'crisis', danger: 'suicide', pattern: "\\bbetter off (?:dead|without me|if i (?:was|were) (?:gone|dead|not here))|\\b(?:life|living) (?:is not|isn'?t|is no longer|ain'?t) worth|\\bnot worth living\\b|\\bwrote (?:a|my) (?:suicide |goodbye )?note\\b|\\bthis is (?:my|the) (?:goodbye|last message)|\\b(?:pills|tablets) (?:saved|ready|lined up)|\\b(?:saved|saving|stockpil\\w*|hoard\\w*) (?:up )?(?:my |all my |enough )?(?:pills|tablets|meds|medication|sleeping pills)|\\bi(?:'ve| have)? (?:got|have) enough (?:now|pills|tablets)|\\bon purpose\\b[^.!?\\n]{0,30}\\b(?:crash|payout|die|dead)|\\bcrash (?:the|my) car\\b[^.!?\\n]{0,30}\\b(?:on purpose|payout|tonight|so)" },
  { tier: 'crisis', danger: 'suicide', pattern: `\\b(?:took|taken|swallowed|downed|take|taking|swallow)\\b${gap(14)}\\b${EN_LOT}${gap(12)}\\b${EN_METHOD}|\\b(?:how many|how much)\\b${gap(40)}\\b(?:would|will|is|are|to|it takes?)\\b${gap(20)}\\b(?:kill|fatal|lethal|dangerous|too many|too much|enough to|overdose|die)` },
  { tier: 'possible', danger: 'suicide', pattern: "\\bcan'?t (?:go on|keep going|do this any ?more|take (?:it|this|much more) any ?more|cope any ?more)|\\bhow much longer i can keep going\\b|\\b(?:what'?s|whats) the point (?:of|in) (?:anything|living|trying|going on|life)|\\bdon'?t see the point (?:of|in) (?:carrying on|going on|living|anything|any of it)|\\bno (?:point|future) (?:for me|anymore|any ?more)|\\bnothing (?:left )?to live for\\b|\\btired of (?:living|life|being alive|everything)|\\b(?:nobody|no one|no-one) (?:would|will|is going to) (?:even )?(?:notice|care|miss me)|\\b(?:after|when|once|if) i'?m (?:gone|not here|not around|dead)|\\bif i (?:die|was gone|were gone|wasn'?t here)\\b|\\bi'?m a burden\\b|\\bburden (?:to|on) (?:everyone|my family|them)|\\bwant (?:it all|everything|the pain|it|this) to (?:stop|end|be over)\\b|\\bdon'?t see (?:a|any) (?:way out|future|point)|\\bdon'?t want to be found\\b|\\bstop(?:ped|ping)? (?:taking )?my (?:insulin|medication|meds|antidepressants|tablets)" },
  { tier: 'possible', danger: 'suicide', pattern: "\\bwon'?t (?:be (?:around|here|there|alive)|need (?:it|this|any of (?:it|this)|them|anything|the account|my account))\\b|\\bgiving (?:away|all) (?:my|of my)|\\b(?:selling|sold|giving away) everything\\b|\\b(?:sorting|putting|getting) (?:out )?my affairs in order|\\b(?:goodbye|bye) (?:forever|for good|everyone)|\\b(?:logging|signing) off for good\\b|\\bfor good\\b[^.!?\\n]{0,20}\\b(?:won'?t|never|again|bye)|\\byou won'?t (?:hear from|see|have to deal with) me (?:again|anymore|any ?more)|\\b(?:thank you|thanks) for (?:everything|all your help)[^.!?\\n]{0,60}\\b(?:goodbye|bye|last|won'?t|anymore|forever|again)|\\bone last (?:time|thing|message|favou?r)\\b|\\bsleep forever\\b|\\bdisappear (?:forever|for good)|\\bwhen the time comes\\b|\\bnone of this will (?:be my problem|matter)|\\b(?:tell|say) [^.!?\\n]{0,25}\\b(?:bye|goodbye) and sorry|\\bhear my voice\\b|\\bno forwarding address\\b|\\bwon'?t be coming back\\b|\\bmanner of death\\b|\\b(?:suicide|self[- ]inflicted)\\b[^.!?\\n]{0,20}\\b(?:clause|exclusion|cover|pay ?out)|\\b(?:razor|blade|rope|noose)\\b|\\bthe letter i'?m leaving\\b|\\bleav(?:e|ing) (?:a|the) (?:letter|note) for\\b" },
  { tier: 'crisis', danger: 'suicide', pattern: `不想活|活不下去|活唔落去|活着没.{0,2}意思|活着太累|活够了|一了百了|自杀|轻生|寻死|寻短见|(?<![的心都有])想死(?!你|的心|了都|人|掉|咗都)|我就去死|我真的会去死|去死(?:算了|好了)|结束(?:自己的?|我的)?生命|了结自己|了断自己|跳楼(?!价)|跳河|跳海|跳桥|割腕|上吊|烧炭|死了算了|死咗算|不如死了|不如去死|离开这个世界|去另一个世界|遗书|唔想(?:再)?生存|不想再?生存|唔想活|唔想再活|冇意思再活|想消失(?:掉)?算了|永远(?:睡|离开)|不想再?醒来|希望自己从来没(?:有)?(?:在这世上)?出现过|方法我(?:都)?查好了|东西我都准备好了|(?:吃|吞|食)(?:了|咗)(?:三十|二十|四十|五十|几十|一整?瓶|一整?盒|很多|好多|一堆|成樽|\\d+)多?(?:片|粒|颗)?.{0,6}${ZH_MED}` },
  { tier: 'crisis', danger: 'suicide', pattern: `${ZH_I}.{0,8}(?:想|准备|打算|决定)(?:去)?(?:死|离开这个世界|结束一切|解脱|吃药|吞药|跳下去)|(?:安眠药|药|药片).{0,6}(?:攒|存|准备|储|吃了|吞了)|(?:攒|存|储)(?:了)?.{0,4}(?:安眠药|药片|好多药|很多药)|${ZH_MED}.{0,10}(?:放在哪|藏在|抽屉)` },
  { tier: 'possible', danger: 'suicide', pattern: '撑不下去|撑唔落去|撑不了(?:太久|多久)|坚持不下去|没有?(?:活下去的)?意义了|活着好累|好累.{0,6}不想再|没人会(?:在乎|注意|想念|发现)|冇人会理|对不起(?:大家|所有人|家人)|最后(?:一次|几件|一件|一样).{0,10}(?:麻烦|联系|说话|找你们|东西|事)|以后(?:都)?(?:用不(?:到|着|上)|唔使)了|用不上了|(?:我|等我)(?:走了|不在了|死了)以后|等我不在|我不在了|万一我不在|早就不在了|后事|交代(?:好)?(?:一切|后事|东西)|(?:安排|交代)好了|办完我就安心|(?:东西|钱|猫|狗|宠物|遗产|家私|傢俬).{0,8}(?:都)?(?:送|留|交)(?:给|俾)|搵人收养|永别|再也见不到|解脱了|不想再?(?:撑|坚持)(?:下去)?了|看不到(?:希望|未来)|想(?:要)?消失|什么都无所谓了|(?:什么|乜嘢)都(?:没|冇)意思|也没人拆了|比(?:她|他)想的更早用得上|趁我现在还能|处理我账户的人|我看不到了|(?:自己|意外).{0,6}(?:走的|死的|造成的).{0,12}(?:赔|保险)|(?:无论|不管)(?:点样|怎样|怎么|任何原因)(?:死)?.{0,6}(?:都)?(?:会)?赔|唔(?:会)?再需要|家人(?:之后|以后)?(?:会|可能会)?(?:嚟|来)(?:处理|收尾)|(?:多谢|谢谢)你(?:哋|们)(?:咁多年|这几个礼拜|这些年|一直以来)' },
  // Self-harm.
  { tier: 'crisis', danger: 'self_harm', pattern: `\\bself[- ]?harm|\\b(?:cut|cutting|burn|burning|hurt|hurting|harm|harming|punish|punishing)(?:ing)? my ?self\\b|\\b${EN_WISH} (?:hurt|cut|harm) my ?self|\\bslit my wrists?|\\b(?:hit|hitting|banged|banging|smashed) my head (?:against|on|into)\\b|\\bcut (?:too |so )?deep\\b|\\b(?:razor|blade)\\b${gap(30)}\\b(?:hour|sitting|holding|wrist|arm|tonight)` },
  { tier: 'crisis', danger: 'self_harm', pattern: '自残|自伤|自虐|伤害自己|割(?:自己|手|伤|咗手|了手)|(?:割|鎅|𠝹)(?:得)?太深|划(?:自己|手臂|手腕)|用刀.{0,4}(?:自己|手)|打自己|撞墙|血(?:一直)?止不住|血止唔到' },
  // Danger to others.
  { tier: 'crisis', danger: 'violence', pattern: `\\b${EN_INTENT}${gap(14)}\\b${EN_HURT}\\b${gap(4)}\\b${EN_TARGET}|\\bput (?:him|her|them|you|someone) in (?:the )?(?:hospital|a coffin|the ground)|\\bpay (?:him|her|them|you) a visit\\b|\\bbreak (?:his|her|their|your) (?:legs|neck|face|jaw|arms)|\\b(?:bring|bringing|got|have|grab(?:bed)?) (?:a |my )?(?:gun|knife|weapon|bat|machete|hammer|crowbar)${gap(30)}\\b(?:office|store|shop|branch|there|down|to you|for|door|by the door)|\\bi know where (?:you|he|she|they) (?:live|work)|\\bfound (?:his|her|their) address\\b|\\bmake (?:you|them|him|her) (?:all )?pay\\b${gap(20)}\\b(?:blood|hurt|regret it|dead)` },
  { tier: 'crisis', danger: 'violence', pattern: `(?:(?<!秒|抹)杀|砍|捅|弄死|搞死|打死|炸|报复|同归于尽|斩|劈)(?:了|死)?${ZH_OTHER}|${ZH_I}.{0,6}(?:要|会|想|准备)(?:去)?(?:杀人|砍人|捅人|报复社会|同归于尽|放火|炸)|(?:带|拿|拎|提)(?:着)?.{0,4}(?:刀|枪|汽油|钢管).{0,12}(?:去|来|过去|找|门口|不给|就)|(?:汽油|钢管|菜刀|刀).{0,20}(?:点了|烧了|砍|收拾)|(?:打|揍)到(?:佢|他|她)入医院|(?:拿刀|持刀|带刀)|要拿刀砍|砍死|捅死` },
  // Abuse, coercive control, stalking.
  { tier: 'crisis', danger: 'abuse', pattern: `\\b${EN_ABUSER}${gap(12)}\\b(?:hits?|hitting|hit|beats?|beating|beat|punch\\w*|kick\\w*|chok\\w*|strangl\\w*|slap\\w*|pushed|shoved|threaten\\w*|raped?|locks?|locked|broke my|grabbed)\\b${gap(10)}\\b(?:me|us|my (?:kids|children|son|daughter|wrist|arm|nose))\\b|\\bdomestic (?:violence|abuse)|\\bviolent (?:towards|to|with) (?:me|us|the kids|the children|my)|\\b(?:afraid|scared|terrified|frightened) (?:of|to go home to) (?:my |him|her)${gap(20)}|\\bnot safe (?:at home|with (?:him|her|my))|\\b(?:hiding|locked (?:my ?self )?in|hid) (?:from (?:him|her|my)|in the (?:bathroom|toilet|closet|car))|\\b(?:he|she|my \\w+)${gap(20)}\\b(?:won'?t let me (?:leave|go out|see|have|use|call|talk)|takes? (?:all )?my (?:money|phone|passport|cards?|keys)|tracks? (?:my|me)|checks my phone|controls? (?:my|all my|everything)|makes me show)` },
  { tier: 'crisis', danger: 'abuse', pattern: `\\b(?:someone|somebody|a (?:man|guy|woman|stranger)|my ex|he|she)${gap(12)}\\b(?:is |keeps |has been |been )?(?:following|stalking|tracking|watching) me\\b|\\bbeing (?:stalked|followed)\\b|\\b(?:he|she|my ex)${gap(10)}\\b(?:is |'s )?(?:outside|at my door|at the door|waiting outside)|\\b(?:tracker|tracking app|spyware|stalkerware|airtag) on (?:my|me)|\\b(?:always )?knows where i am\\b|\\bturned up at (?:my|the) (?:work|house|door|flat|home)|\\bnot supposed to know (?:my|where)|\\b(?:moved|fled|left|hiding)\\b${gap(20)}\\b(?:to get away from|away from|to avoid|because of) (?:him|her|my ex|my husband|my partner)|\\bstanding in my (?:room|bedroom)|\\blet(?:s|ting)? (?:himself|herself) in\\b` },
  { tier: 'crisis', danger: 'abuse', pattern: `家暴|家庭暴力|${ZH_ABUSER}.{0,6}(?:又|一直|经常|天天|每天|老是|成日|上次)?(?:直头)?(?:打|打了|掐|踢|揍|扇|推|锁|威胁|控制|监视|跟踪|强暴|强奸|虐待)(?:住)?(?:我|我们|孩子|咗我)|被(?:他|她|老公|丈夫|老婆|男朋友|前夫|佢)(?:打|锁|关|控制|监视|跟踪|威胁|虐待)|被(?:家暴|虐待|跟踪|监视)|不让我(?:出门|用手机|见人|走|报警|工作)|躲在(?:厕所|卫生间|浴室|房间|车里|洗手间|厕所里)|有人(?:跟踪|跟住|监视)我|不敢回家|怕(?:他|她|老公|佢).{0,6}(?:打|回来|找到)|掐住我|推我(?:落|下)(?:楼梯|楼)|打到(?:骨折|流血|入院)|开定位看我|(?:查|睇)我(?:部)?电话|搞我屋企人|为咗避佢|(?:佢|他|她)(?:搵|找)到我|发(?:爛|烂)渣` },
  // Preparation and means: a lethal amount asked after, pills stockpiled, a method's materials bought.
  { tier: 'possible', danger: 'suicide', pattern: "\\b(?:lethal|fatal|deadly) (?:dose|amount|quantity)\\b|\\bhow (?:many|much)\\b[^.!?\\n]{0,30}\\b(?:would be|is|are) (?:lethal|fatal|deadly)\\b|\\b(?:stock(?:ing)? up on|stockpil\\w*|sav(?:e|ing) up|hoard(?:ing)?) (?:my |some |more )?(?:sleeping pills|pills|tablets|meds|painkillers|medication)\\b" },
  { tier: 'possible', danger: 'suicide', pattern: '致死量|致命(?:剂量|的量)|吃多少.{0,4}(?:会|才会|能)死|(?:炭|碳).{0,3}(?:和|跟|同|加|还有).{0,3}胶(?:带|纸)|安眠药.{0,8}(?:多买|囤|限购)' },
  // Veiled farewells: a last birthday or a last order said as a goodbye, a home nobody will live in, a hoped-for crash.
  { tier: 'possible', danger: 'suicide', pattern: "\\b(?:my )?last (?:birthday|christmas|order|purchase|thing i(?:'ll| will) (?:ever )?buy)\\b[^.!?\\n]{0,24}\\b(?:ever|goodbye|bye|probably|from me)\\b|\\bnobody (?:will|'?ll) be (?:living|here|around|home)\\b|\\b(?:plane|flight|train)\\b[^.!?\\n]{0,20}\\b(?:goes down|go down|crash(?:es)?)\\b[^.!?\\n]{0,12}\\bwith me\\b" },
  { tier: 'possible', danger: 'suicide', pattern: '最后一个生日|(?:这里|这个家|家里|屋企)(?:以后)?(?:不会|唔会)(?:再)?有人住|消失(?:了|咗)?都(?:没|冇)人(?:理|管|在乎|发现|知)' },
  // Self-harm said through the act rather than the word.
  { tier: 'crisis', danger: 'self_harm', pattern: "\\b(?:scratch(?:ing|ed)?|cut(?:ting)?|burn(?:ing|ed)?|pick(?:ing|ed)?)\\b[^.!?\\n]{0,16}\\bmy (?:arms?|wrists?|legs?|skin|thighs?)\\b[^.!?\\n]{0,20}\\b(?:until|till|til) (?:it|they|i) (?:bleeds?|bled)\\b" },
  { tier: 'crisis', danger: 'self_harm', pattern: '手上又多了(?:几|一)道|又(?:割|划|鎅)(?:了|咗)(?:几|一)(?:刀|道)' },
  // Someone held or threatened: a relative threatened for money, a passport kept by an employer, a car driven at a building.
  { tier: 'crisis', danger: 'danger', pattern: "\\b(?:they|he|she)(?:'ll| will| are going to| is going to| gonna) (?:hurt|kill|harm) (?:him|her|them|my (?:son|daughter|child|kid|baby|wife|husband|mum|mom|dad|family))\\b|\\bdrive (?:my|the|a) (?:car|truck|van) (?:into|through) (?:your|the|their)\\b" },
  { tier: 'crisis', danger: 'abuse', pattern: "\\b(?:keeps?|kept|is keeping|holding|holds|won'?t give (?:me )?(?:back )?)\\b[^.!?\\n]{0,8}\\bmy passport\\b|扣(?:着|著|住)(?:我的?|我嘅)?护照" },
  // A medical emergency happening now.
  { tier: 'crisis', danger: 'medical', pattern: `\\b${EN_CHILD}${gap(16)}\\b(?:not breathing|stopped breathing|can'?t breathe|isn'?t breathing|unconscious|passed out|unresponsive|collapsed|having a (?:seizure|stroke|strok|heart attack|fit)|seizing|turning blue|swallowed (?:a |the |some |my )?(?:battery|batteries|button battery|pills|bleach|magnets?|detergent|tablets)|overdosed|bleeding (?:heavily|a lot|badly|everywhere)|won'?t wake up|choking|fell down)` },
  { tier: 'crisis', danger: 'medical', pattern: "\\b(?:i'?m|i am|i think i'?m) having a (?:heart attack|stroke|seizure)|\\b(?:chest pain|can'?t breathe|cannot breathe|throat (?:is )?(?:closing|swelling)|anaphyla\\w*)\\b[^.!?\\n]{0,30}\\b(?:now|right now|help|ambulance|911|999|112|please)|\\b(?:call|calling|called) (?:an? )?(?:ambulance|911|999|112)\\b|\\boverdos(?:e|ed|ing)\\b(?! cover)|\\bnot breathing\\b|\\b(?:lips|face|skin)\\b[^.!?\\n]{0,10}\\b(?:going|turning|gone|is|are) (?:blue|grey|gray|purple)|\\bgone (?:grey|gray|blue)\\b|\\bface (?:is )?drooping|\\bcan'?t (?:lift|move|raise) (?:his|her|my|their) (?:arm|leg)|\\b(?:crushing|severe|really bad) chest pain|\\bchest pain\\b[^.!?\\n]{0,30}\\b(?:arm|sweat|grey|gray|now)|\\b(?:collapsed|fainted|passed out|unconscious|unresponsive)\\b|\\b(?:swallowed|drank|drunk|ate|eaten)\\b[^.!?\\n]{0,20}\\b(?:battery|batteries|bleach|detergent|dishwasher tablet|washing (?:pod|liquid|tablet)|cleaning|magnets?|poison|antifreeze)|\\bbleeding\\b[^.!?\\n]{0,20}\\b(?:won'?t stop|heavily|a lot|everywhere|badly)|\\b(?:mixed|mixing) bleach|\\boxygen (?:machine|concentrator)\\b[^.!?\\n]{0,40}\\b(?:stopped|off|not working|breath)|\\bthroat (?:is )?(?:closing|swelling|tight)" },
  { tier: 'crisis', danger: 'medical', pattern: `${ZH_CHILD}.{0,8}(?:没有?呼吸|冇呼吸|停止呼吸|喘不(?:过|到|上)气|昏迷|晕倒|晕咗|昏倒|昏过去|不省人事|叫不醒|叫唔醒|抽搐|口吐白沫|吞了|吞咗|误食|吃了(?:一整?瓶|一堆|好多|很多)|大出血|血流不止|发紫|中风|心脏病发|倒(?:在|喺)地|瞓咗喺地下|快晕)|(?:没有呼吸|冇呼吸|停止呼吸|不省人事|叫不醒|叫唔醒|口吐白沫|心脏病发|胸口(?:好|很|非常)?(?:痛|闷)得|喘不(?:过|上)气|呼吸(?:不了|困难)|过敏.{0,4}(?:休克|喘|肿)|叫(?:了)?救护车|打(?:了)?120|打(?:了)?999|(?:冒|出)冷汗|(?:脸|面)(?:色)?(?:发)?灰|胸口.{0,8}(?:疼|痛)|心口(?:好似)?.{0,6}痛|(?:说话|讲嘢).{0,4}(?:含糊|不清|唔清楚)|(?:手|胳膊|左手|右手).{0,2}(?:举不起来|抬不起来|发麻|举唔起)|喝了.{0,8}(?:洗洁精|消毒液|漂白|农药|清洁剂)|饮咗.{0,8}(?:洗洁精|漂白水)|(?:84|消毒液).{0,10}洁厕灵|喉咙(?:发紧|肿)|(?:120|999)都打(?:不|唔)|制氧机.{0,10}(?:停|坏))` },
  // Blood sugar crashing, and a poison swallowed said object first (孩子把洗洁精喝了).
  { tier: 'crisis', danger: 'medical', pattern: "\\b(?:having|had|in) a (?:bad )?hypo\\b|\\bhypoglyc\\w*|\\bblood sugar\\b[^.!?\\n]{0,12}\\b(?:low|crash\\w*|drop\\w*|dangerous)\\b|\\bepi-?pen\\b" },
  { tier: 'crisis', danger: 'medical', pattern: '低血糖(?:了|犯了|发作|晕|抖)|血糖(?:很|好|太|超)?低.{0,6}(?:晕|抖|出汗|说不出话|叫不醒|冒冷汗)|把.{0,12}(?:洗洁精|洗衣液|洗衣凝珠|消毒液|漂白水|漂白剂|农药|电池|纽扣电池|磁铁|干燥剂)(?:给)?(?:喝|吃|吞|误食)(?:了|咗|落|下去)' },
  // Immediate physical danger.
  { tier: 'crisis', danger: 'danger', pattern: "\\b(?:house|flat|apartment|building|kitchen|car|home|room|place|sofa|bed|charger|battery|power bank)\\b[^.!?\\n]{0,16}\\b(?:is |are )?(?:on fire|burning|full of smoke|catching|caught fire|exploded)|\\bon fire\\b|\\b(?:smell(?:s|ing)? (?:of )?gas|gas leak|carbon monoxide)\\b|\\b(?:trapped|stuck|locked) (?:in|inside|under)\\b[^.!?\\n]{0,25}\\b(?:lift|elevator|fire|car|flood|rubble|building|water|freezer|room|basement|cellar)|\\bcan'?t get out\\b|\\b(?:someone|somebody|a man|people|they|he)(?:'s| is| are)? (?:breaking|trying to break|broke) (?:in|into)|\\b(?:man|guy|someone|somebody|person)\\b[^.!?\\n]{0,12}\\bwith a (?:knife|gun|machete|weapon)|\\btrying (?:the|my) (?:door|handle)\\b|\\bwon'?t leave\\b[^.!?\\n]{0,30}\\b(?:alone|on my own|by myself|scared)|\\bwater (?:is )?(?:rising|coming in)\\b[^.!?\\n]{0,20}\\b(?:can'?t get out|trapped|help)|\\b(?:live|exposed|sparking) wires?\\b|\\bpower line\\b[^.!?\\n]{0,20}\\b(?:down|fell|on)|\\bwe could (?:actually |all )?die\\b" },
  { tier: 'crisis', danger: 'danger', pattern: '着火|失火|起火|火灾|烧起来|浓烟|黑烟|煤气(?:泄漏|漏|味)|燃气(?:泄漏|漏|味)|(?:燃气|煤气|天然气|石油气).{0,8}(?:漏气|泄露|漏咗)|一氧化碳|困在(?:电梯|里面|楼上|车里|水里)|困咗喺|卡在(?:两层|电梯)|电梯.{0,8}(?:卡|困)|𨋢.{0,8}(?:困|入面)|有人(?:撬门|闯进|砸门|爆窗|入屋)|漏电|触电' },
];

/**
 * Look-alikes that must not raise a crisis: idioms and hyperbole, games and
 * sports, a bereaved relative closing an account, questions about cover.
 * A crisis match inside one of these spans is dropped.
 */
export const CRISIS_GUARDS: readonly string[] = [
  "\\b(?:killing me|killing it|kill for|dying to|die laughing|dying of laughter|to die for|could (?:kill|murder) (?:a|for|someone for)|i'?ll die of|(?:bored|embarrassed|scared) to death|dead tired|dead on arrival|dead battery|deadline|dead link|over my dead body)\\b",
  "\\b(?:in[- ]game|in the game|boss fight|kill ?streak|headshot|respawn|pvp|pve|raid|ranked|my character|my team|the boss|mobs?|frag|quest|the final boss|killed the|kill the (?:boss|dragon|process|app|task))\\b",
  "\\b(?:passed away|died (?:last|in|on|a|two|three|few|this)|late (?:husband|wife|father|mother|mum|mom|dad)|deceased|bereavement|death certificate|probate|estate|funeral)\\b",
  "\\b(?:does|do|will|would|is|are) (?:my |the |your )?(?:insurance|policy|plan|cover|coverage)\\b[^.!?\\n]{0,40}",
  "\\b(?:overdos\\w*|od'?d) on (?:the |your |those |these )?(?:cookies|chocolate|coffee|caffeine|sugar|cake|netflix|carbs|pizza|sweets|candy)\\b|\\b(?:prod|production|the server|servers|the site|website|sales|deals?|the team|you'?re|i'?m|we'?re|market|my inbox|twitter|my phone)\\b[^.!?\\n]{0,12}\\bon fire\\b|\\bend my (?:life insurance|life cover|life policy)|\\b(?:charity|campaign|awareness|documentary|novel|series|show|episode|film|movie|essay|article|news)\\b",
  '[得到]我?(?:都)?(?:好)?想死|想死(?:喔|哦|啊)?.{0,12}(?:哈|好香|好吃|笑)|自杀(?:式|送)|送人头|跳崖|剧里|新闻|电视剧|小说|想死的心都有了|想死的心|笑死|笑到死|气死|累死|饿死|热死|冷死|困死|烦死|忙死|吓死|羡慕死|丑死|尴尬死|痛死|想死你|死机|死循环|死线|去世|过世|离世|走了(?:[一两三几]|很|好)?(?:年|个月|天)|遗产|死亡证明|抚恤|丧葬|团灭|击杀|副本|boss|技能|开黑|复活',
];
