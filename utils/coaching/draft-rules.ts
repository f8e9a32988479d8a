/**
 * Escalating phrasing in an agent's draft, with a better line in the draft's
 * language. Patterns run on the normalised draft (lower-case, Simplified), so
 * one Chinese pattern covers 简体 and 繁體; alternatives are written out for both.
 * Sources: customer-service phrase-to-avoid lists ("calm down", "it's our policy", 服务禁语) with their usual alternatives.
 */
export interface DraftRule {
  pattern: string;
  why: { en: string; zh: string };
  alternative: { en: string; 'zh-Hans': string; 'zh-Hant': string };
}

const EN_ONLY = (en: string) => ({ en, 'zh-Hans': '', 'zh-Hant': '' });

export const DRAFT_RULES: DraftRule[] = [
  {
    pattern: "\\bcalm down\\b|\\bno need to (?:shout|yell)|\\bstop (?:shouting|yelling)|\\bshouting won'?t help",
    why: { en: 'Tells them they have no right to be upset.', zh: '暗示对方没有权利不满。' },
    alternative: EN_ONLY("I want to help, and I'll stay with you until this is sorted."),
  },
  {
    pattern: "\\b(?:that'?s|it'?s|this is) (?:just |simply )?(?:our|the company'?s?|company) policy\\b",
    why: { en: 'A wall, not a reason.', zh: '' },
    alternative: EN_ONLY("Here's why it works that way, and here's what I can do for you within it."),
  },
  {
    pattern: "\\b(?:as|like) i (?:already |just )?(?:said|told you|mentioned|explained)(?: before| earlier)?",
    why: { en: 'Sounds condescending; they may have missed it for a reason.', zh: '' },
    alternative: EN_ONLY('To recap where we are:'),
  },
  {
    pattern: "\\byou (?:should|shouldn'?t|should not) have\\b",
    why: { en: 'Blames them for the past instead of fixing the present.', zh: '' },
    alternative: EN_ONLY("Here's what we can do now."),
  },
  {
    pattern: "\\bsorry (?:that )?you feel (?:that way|like that)",
    why: { en: 'Not an apology: it blames their feelings.', zh: '' },
    alternative: EN_ONLY("I'm sorry this happened."),
  },
  {
    pattern: "\\b(?:there'?s|there is) nothing (?:else )?(?:i|we) can do\\b|\\bnothing (?:else )?i can do\\b",
    why: { en: 'A dead end; say what you can do.', zh: '' },
    alternative: EN_ONLY("Here's what I can do:"),
  },
  {
    pattern: "\\byou'?ll have to\\b|\\byou will have to\\b",
    why: { en: 'Commanding.', zh: '' },
    alternative: EN_ONLY('The quickest way forward is to'),
  },
  {
    pattern: "\\b(?:that'?s|this is) not what i see\\b",
    why: { en: 'Contradicts their experience.', zh: '' },
    alternative: EN_ONLY("Let me take another look to make sure I'm not missing anything."),
  },
  {
    pattern: "\\byou(?:'re| are) wrong\\b|\\byou made a mistake\\b",
    why: { en: 'Puts them on the defensive.', zh: '' },
    alternative: EN_ONLY('It looks like the problem was caused by'),
  },
  {
    pattern: '\\bi know exactly how you feel\\b',
    why: { en: 'Presumptuous.', zh: '' },
    alternative: EN_ONLY('I can see why that would be upsetting.'),
  },
  {
    pattern: "\\b(?:it'?s|that'?s|this is) not my (?:fault|problem|job)\\b",
    why: { en: 'Deflects; they want it fixed, not the blame placed.', zh: '' },
    alternative: EN_ONLY("Let's get this fixed together."),
  },
  {
    pattern: "\\bi don'?t know\\b(?! (?:if|whether|yet))",
    why: { en: 'Leaves them stuck.', zh: '' },
    alternative: EN_ONLY('Let me find out for you.'),
  },
  {
    pattern: '(?:你们?|请|先)?冷静(?:一下|一点|点)|(?:你们?|请|先)冷静|别激动',
    why: { en: '', zh: '暗示对方没有权利不满。' },
    alternative: { en: '', 'zh-Hans': '我很想帮您解决，我们一起来看怎么处理。', 'zh-Hant': '我很想幫您解決，我們一起來看怎麼處理。' },
  },
  {
    pattern: '这是.{0,3}(?:规定|政策)|(?:规定|政策)就是这样',
    why: { en: '', zh: '搬出规定像一堵墙，没有说明原因和能做什么。' },
    alternative: { en: '', 'zh-Hans': '这样规定的原因是……，在这个范围内我可以帮您……', 'zh-Hant': '這樣規定的原因是……，在這個範圍內我可以幫您……' },
  },
  {
    pattern: '(?:刚才|之前|已经)(?:已经)?(?:说|讲|告诉你)过(?:了)?|我说过了',
    why: { en: '', zh: '听起来不耐烦，像在责怪对方没听。' },
    alternative: { en: '', 'zh-Hans': '我再帮您整理一下目前的情况：', 'zh-Hant': '我再幫您整理一下目前的情況：' },
  },
  {
    pattern: '你(?:去|就去|可以去)投诉',
    why: { en: '', zh: '把问题推给对方，激化矛盾。' },
    alternative: { en: '', 'zh-Hans': '我先帮您把问题记录下来，马上跟进处理。', 'zh-Hant': '我先幫您把問題記錄下來，馬上跟進處理。' },
  },
  {
    pattern: '不可能',
    why: { en: '', zh: '否定对方的经历。' },
    alternative: { en: '', 'zh-Hans': '我立刻帮您查一下具体原因。', 'zh-Hant': '我立刻幫您查一下具體原因。' },
  },
  {
    pattern: '你(?:肯定|一定)(?:是)?(?:弄|搞|看)错',
    why: { en: '', zh: '让对方处于防御状态。' },
    alternative: { en: '', 'zh-Hans': '我们一起核对一下，看看是哪一步出了问题。', 'zh-Hant': '我們一起核對一下，看看是哪一步出了問題。' },
  },
  {
    pattern: '(?:这|那)不是我的(?:问题|责任)|不关我的事',
    why: { en: '', zh: '推卸责任，对方只想解决问题。' },
    alternative: { en: '', 'zh-Hans': '我来帮您跟进，一定给您一个结果。', 'zh-Hant': '我來幫您跟進，一定給您一個結果。' },
  },
  {
    pattern: '你问我.{0,2}我问谁',
    why: { en: '', zh: '服务禁语，显得不负责任。' },
    alternative: { en: '', 'zh-Hans': '这个我马上帮您问清楚。', 'zh-Hant': '這個我馬上幫您問清楚。' },
  },
  {
    pattern: '别难过|你应该乐观|换个角度想',
    why: { en: '', zh: '否定对方的情绪。' },
    alternative: { en: '', 'zh-Hans': '遇到这种事，难过是很正常的，我会尽力帮您。', 'zh-Hant': '遇到這種事，難過是很正常的，我會盡力幫您。' },
  },
  {
    pattern: '你必须',
    why: { en: '', zh: '命令式语气。' },
    alternative: { en: '', 'zh-Hans': '麻烦您提供……，我就能马上帮您处理。', 'zh-Hant': '麻煩您提供……，我就能馬上幫您處理。' },
  },
  {
    pattern: '你(?:到底)?想怎么?样',
    why: { en: '', zh: '带有质问和挑衅的意味。' },
    alternative: { en: '', 'zh-Hans': '您希望最后达到什么结果？我来看看怎么做到。', 'zh-Hant': '您希望最後達到什麼結果？我來看看怎麼做到。' },
  },
  {
    pattern: '(?:这个|这)?我没(?:有)?办法(?!帮)|我也没办法',
    why: { en: '', zh: '死胡同，应说明能做什么。' },
    alternative: { en: '', 'zh-Hans': '我这边可以为您做的是……', 'zh-Hant': '我這邊可以為您做的是……' },
  },
  {
    pattern: '你不懂|别啰嗦|我不知道',
    why: { en: '', zh: '服务禁语，让对方感到被轻视。' },
    alternative: { en: '', 'zh-Hans': '我马上帮您查清楚。', 'zh-Hant': '我馬上幫您查清楚。' },
  },
];
