import type { Lang, NeedKind } from './types';

/**
 * Underlying-need reminders (Fisher & Ury's interests behind positions) and the
 * phrases that show the agent has asked each one, matched on normalised text.
 */
export const NEED_KINDS: readonly NeedKind[] = ['outcome', 'stakes', 'deadline', 'tried', 'reflect'];

export const NEED_TEXT: Record<NeedKind, Record<Lang, { label: string; question: string }>> = {
  outcome: {
    en: { label: 'Outcome', question: 'What would a good result look like for you today?' },
    'zh-Hans': { label: '期望结果', question: '您希望最后达到什么结果？' },
    'zh-Hant': { label: '期望結果', question: '您希望最後達到什麼結果？' },
  },
  stakes: {
    en: { label: 'Stakes', question: "What happens if this isn't sorted?" },
    'zh-Hans': { label: '影响', question: '这件事对您影响最大的是哪方面？' },
    'zh-Hant': { label: '影響', question: '這件事對您影響最大的是哪方面？' },
  },
  deadline: {
    en: { label: 'Deadline', question: 'Is there a deadline we are working against?' },
    'zh-Hans': { label: '时限', question: '您最晚什么时候需要解决？' },
    'zh-Hant': { label: '時限', question: '您最晚什麼時候需要解決？' },
  },
  tried: {
    en: { label: 'Already tried', question: "What have you already tried, so I don't repeat it?" },
    'zh-Hans': { label: '已尝试', question: '之前您已经试过哪些办法？' },
    'zh-Hant': { label: '已嘗試', question: '之前您已經試過哪些方法？' },
  },
  reflect: {
    en: { label: 'Check back', question: 'So the real worry is …, is that right?' },
    'zh-Hans': { label: '确认', question: '我理解您最担心的是……，对吗？' },
    'zh-Hant': { label: '確認', question: '我理解您最擔心的是……，對嗎？' },
  },
};

export const NEED_ASKED: Record<NeedKind, string> = {
  outcome: "\\b(?:good|ideal|best|fair) (?:result|outcome)|\\bwhat would you like\\b|\\bhow would you like (?:us|me) to|\\bwhat (?:outcome|result)|\\bmake (?:this|it) right for you|\\bwhat would (?:help|work) (?:best )?for you|希望.{0,8}(?:结果|怎么处理|怎样处理)|怎样处理您|理想的",
  stakes: "\\bwhat happens if\\b|\\bhow (?:is|does) this (?:affect|affecting|impact)|\\bwhat(?:'s| is) at stake|\\bwhat does this mean for you|影响(?:最大|到您|您)|对您(?:有|的)?影响",
  deadline: '\\bdeadline\\b|\\bby when\\b|\\bwhen do you need\\b|\\bhow soon do you need|\\bis there a (?:date|time) (?:you|we)|最晚|什么时候需要|期限|截止',
  tried: "\\balready tried\\b|\\bhave you tried\\b|\\bwhat (?:have|did) you try|\\btried so far|试过|尝试过|之前.{0,4}(?:办法|方法)",
  reflect: "\\bso (?:the|your) (?:real |main |biggest )?(?:worry|concern|issue|priority|problem) is|\\bif i understand (?:you )?(?:correctly|right)|\\bjust to (?:check|confirm)|\\bis that right\\b|我理解(?:您|的是)|您的意思是|我确认一下|对吗",
};

/** A stated request that may hide a need: refunds, cancellations, "I want…". */
export const REQUEST_CUE = "\\b(?:i want|i need|i'd like|give me|refund|replacement|compensation|cancel|speak to (?:a|your) manager)\\b|我要|我想要|给我|退款|赔偿|补偿|换货|找你们(?:领导|经理)";
