import type { CustomerKind, Lang, Phrasing, Stage } from './types';

type Library = Record<Exclude<CustomerKind, 'crisis'>, Record<Stage, Record<Lang, string[]>>>;

/**
 * Built-in phrasings: acknowledge the feeling first, then refocus and solve
 * (CARP, HEARD). Crisis has a protocol instead.
 */
const LIBRARY: Library = {
  anger: {
    acknowledge: {
      en: ["I'm sorry, this has clearly been really frustrating.", "You're right to be annoyed, and I'd feel the same.", "I hear you. This shouldn't have happened."],
      'zh-Hans': ['非常抱歉，这件事确实让人很恼火。', '换作是我也会生气，您的心情我理解。', '我明白，这本来就不应该发生。'],
      'zh-Hant': ['非常抱歉，這件事確實讓人很惱火。', '換作是我也會生氣，您的心情我理解。', '我明白，這本來就不應該發生。'],
    },
    solve: {
      en: ["Here's what I'm going to do right now:", "I'll stay on this with you until it's fixed. First, I'm checking"],
      'zh-Hans': ['我现在马上为您做的是：', '我会一直跟进到问题解决，我先帮您查一下'],
      'zh-Hant': ['我現在馬上為您做的是：', '我會一直跟進到問題解決，我先幫您查一下'],
    },
  },
  distress: {
    acknowledge: {
      en: ['That sounds really stressful. I’m here and I’ll help you through it.', "I'm so sorry, I can hear how worrying this is.", "Thank you for telling me. Let's take it one step at a time."],
      'zh-Hans': ['听起来真的很让人着急，我在这里，会帮您一起处理。', '真的很抱歉，我能感受到您有多担心。', '谢谢您告诉我，我们一步一步来。'],
      'zh-Hant': ['聽起來真的很讓人著急，我在這裡，會幫您一起處理。', '真的很抱歉，我能感受到您有多擔心。', '謝謝您告訴我，我們一步一步來。'],
    },
    solve: {
      en: ['The first thing I can do to take the pressure off is', "Here's what will happen next, and when:"],
      'zh-Hans': ['我先帮您做一件能马上减轻压力的事：', '接下来会这样处理，时间是：'],
      'zh-Hant': ['我先幫您做一件能馬上減輕壓力的事：', '接下來會這樣處理，時間是：'],
    },
  },
  confusion: {
    acknowledge: {
      en: ["That's confusing, and it's not you. Let me explain it more simply.", 'Good question, I should have been clearer.'],
      'zh-Hans': ['这里确实容易混淆，不是您的问题，我换个简单的说法。', '您问得好，是我刚才没说清楚。'],
      'zh-Hant': ['這裡確實容易混淆，不是您的問題，我換個簡單的說法。', '您問得好，是我剛才沒說清楚。'],
    },
    solve: {
      en: ["Let's do it together, one step at a time. Step 1:", "In short: you don't need to do anything else except"],
      'zh-Hans': ['我们一起一步一步来，第一步：', '简单来说，您只需要做这一件事：'],
      'zh-Hant': ['我們一起一步一步來，第一步：', '簡單來說，您只需要做這一件事：'],
    },
  },
  urgency: {
    acknowledge: {
      en: ['I understand this is time-critical, so let me move quickly.', "Got it, you're up against the clock. I'll prioritise this."],
      'zh-Hans': ['明白时间很紧，我马上优先处理。', '了解您赶时间，我这边加急为您处理。'],
      'zh-Hant': ['明白時間很緊，我馬上優先處理。', '了解您趕時間，我這邊加急為您處理。'],
    },
    solve: {
      en: ['The fastest option I can offer is', 'To make your deadline, I will'],
      'zh-Hans': ['目前最快的办法是：', '为了赶上您的时间，我会'],
      'zh-Hant': ['目前最快的辦法是：', '為了趕上您的時間，我會'],
    },
  },
  repeat_contact: {
    acknowledge: {
      en: ["I'm sorry you've had to come back about this again. You shouldn't have to repeat yourself.", "I can see you've already been through this with us. I've read the history, so no need to explain it again."],
      'zh-Hans': ['很抱歉让您又来找我们，您不应该一遍遍重复。', '我已经看过之前的记录，您不用再重复说明了。'],
      'zh-Hant': ['很抱歉讓您又來找我們，您不應該一再重複說明。', '我已經看過之前的紀錄，您不用再重複說明了。'],
    },
    solve: {
      en: ["I'll own this from here and update you myself by", "This time I'm going to make sure it's fixed at the root: I'll"],
      'zh-Hans': ['接下来由我负责跟进，我会在……之前亲自回复您。', '这次我会从根本上解决，我会'],
      'zh-Hant': ['接下來由我負責跟進，我會在……之前親自回覆您。', '這次我會從根本上解決，我會'],
    },
  },
  churn_threat: {
    acknowledge: {
      en: ["I understand why you'd consider that, and I'd like the chance to put this right.", "That's fair, we've let you down here."],
      'zh-Hans': ['我理解您为什么会这么想，希望能给我一个机会把事情处理好。', '确实是我们做得不好，让您失望了。'],
      'zh-Hant': ['我理解您為什麼會這麼想，希望能給我一個機會把事情處理好。', '確實是我們做得不好，讓您失望了。'],
    },
    solve: {
      en: ['What would make this right for you?', "Here's what I can offer to fix this today:"],
      'zh-Hans': ['怎样处理您会觉得满意？', '我今天可以为您提供的解决方案是：'],
      'zh-Hant': ['怎樣處理您會覺得滿意？', '我今天可以為您提供的解決方案是：'],
    },
  },
};

/** The built-in phrasings for one state, stage and language. */
export function builtInPhrasings(state: Exclude<CustomerKind, 'crisis'>, stage: Stage, lang: Lang): Phrasing[] {
  return LIBRARY[state][stage][lang].map((text) => ({ state, stage, lang, text }));
}
