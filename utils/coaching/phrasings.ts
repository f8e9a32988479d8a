import type { CustomerKind, Lang, Phrasing, Stage } from './types';

type Library = Record<Exclude<CustomerKind, 'crisis'>, Record<Stage, Record<Lang, string[]>>>;

/**
 * Built-in phrasings: acknowledge the feeling first, then refocus and solve
 * (CARP, HEARD). Crisis has a protocol instead.
 */
const LIBRARY: Library = {
  anger: {
    acknowledge: {
      en: [
        "I'm sorry, this has clearly been really frustrating.",
        "You're right to be annoyed, and I'd feel the same.",
        "I hear you. This shouldn't have happened.",
        "I understand why you're upset, and I'm sorry we've put you in this position.",
        "That's a fair complaint, and I'm not going to make excuses for it.",
      ],
      'zh-Hans': [
        '非常抱歉，这件事确实让人很恼火。',
        '换作是我也会生气，您的心情我理解。',
        '我明白，这本来就不应该发生。',
        '您生气是有道理的，让您遇到这种情况，真的很抱歉。',
        '您说得对，这件事是我们没做好，我不找借口。',
      ],
      'zh-Hant': [
        '非常抱歉，這件事確實讓人很惱火。',
        '換作是我也會生氣，您的心情我理解。',
        '我明白，這本來就不應該發生。',
        '您會生氣是很合理的，讓您遇到這種狀況，真的很抱歉。',
        '您說得沒錯，這件事是我們沒做好，我不會找藉口。',
      ],
    },
    solve: {
      en: [
        "I'm looking into this right now, and I'll tell you exactly what I find before we finish this chat.",
        "I'll stay on this with you until it's fixed, and I'm starting by checking your account now.",
        "Let me take this over from here so you don't have to chase anyone else.",
        "I'm going to sort this out for you now, and I'll explain each step as I go.",
        "I've got everything I need from you, so I'm fixing this now rather than passing it on.",
      ],
      'zh-Hans': [
        '我现在就帮您查，结束对话前会把查到的情况完整告诉您。',
        '我会一直跟进到问题解决，现在先帮您查一下账户情况。',
        '接下来交给我处理，您不用再去找其他人了。',
        '我现在就为您处理，每一步都会跟您说清楚。',
        '您提供的信息已经足够了，我直接为您处理，不会再转来转去。',
      ],
      'zh-Hant': [
        '我現在就幫您查，結束對話前會把查到的情況完整告訴您。',
        '我會一直跟進到問題解決，現在先幫您查一下帳戶狀況。',
        '接下來交給我處理，您不用再去找其他人了。',
        '我現在就為您處理，每一個步驟都會跟您說清楚。',
        '您提供的資料已經足夠了，我直接幫您處理，不會再轉來轉去。',
      ],
    },
  },
  distress: {
    acknowledge: {
      en: [
        "That sounds really stressful. I'm here and I'll help you through it.",
        "I'm so sorry, I can hear how worrying this is.",
        "Thank you for telling me. Let's take it one step at a time.",
        "That's a lot to deal with, and it makes sense that you're worried.",
        "You're not on your own with this. I'm going to help you sort it out.",
      ],
      'zh-Hans': [
        '听起来真的很让人着急，我在这里，会帮您一起处理。',
        '真的很抱歉，我能感受到您有多担心。',
        '谢谢您告诉我，我们一步一步来。',
        '遇到这种事换谁都会担心，您的心情我完全理解。',
        '您不是一个人在处理这件事，我会陪您一起把它解决。',
      ],
      'zh-Hant': [
        '聽起來真的很讓人著急，我在這裡，會幫您一起處理。',
        '真的很抱歉，我能感受到您有多擔心。',
        '謝謝您告訴我，我們一步一步來。',
        '遇到這種事換誰都會擔心，您的心情我完全理解。',
        '您不是一個人面對這件事，我會陪您一起把它解決。',
      ],
    },
    solve: {
      en: [
        "The first thing I'm going to do is make sure nothing gets worse while we fix this.",
        "I'll explain what happens next and when, so you know exactly where things stand.",
        "I'm putting a note on your account now so that nobody asks you to explain this again.",
        "Let's start with the most urgent part, and I'll handle the rest once that's settled.",
        "I'll check what we can do today and tell you the options before you decide anything.",
      ],
      'zh-Hans': [
        '我先确保事情不会变得更糟，然后再一起解决。',
        '我会跟您说明接下来怎么处理、大概什么时候，让您心里有数。',
        '我现在就在您的账户上做好备注，以后不会再让您重复说明。',
        '我们先处理最急的部分，其他的等这部分稳定了我再接着处理。',
        '我先查一下今天能为您做些什么，把几个方案告诉您，您再决定。',
      ],
      'zh-Hant': [
        '我先確保事情不會變得更糟，然後再一起解決。',
        '我會跟您說明接下來怎麼處理、大概什麼時候，讓您心裡有個底。',
        '我現在就在您的帳戶上做好備註，之後不會再讓您重複說明。',
        '我們先處理最急的部分，其他的等這部分穩定了我再接著處理。',
        '我先查一下今天能為您做些什麼，把幾個方案告訴您，您再決定。',
      ],
    },
  },
  confusion: {
    acknowledge: {
      en: [
        "That's confusing, and it's not you. Let me explain it more simply.",
        'Good question, I should have been clearer.',
        "It's easy to get lost here, so let me walk you through it.",
        "Sorry, I didn't explain that well. Let me try again in plain words.",
        "That part trips a lot of people up, so you're right to ask.",
      ],
      'zh-Hans': [
        '这里确实容易混淆，不是您的问题，我换个简单的说法。',
        '您问得好，是我刚才没说清楚。',
        '这部分确实容易搞混，我一步一步带您看。',
        '抱歉，我刚才没解释清楚，我用简单点的话再说一遍。',
        '很多人在这一步都会卡住，您问得很对。',
      ],
      'zh-Hant': [
        '這裡確實容易混淆，不是您的問題，我換個簡單的說法。',
        '您問得好，是我剛才沒說清楚。',
        '這部分確實容易搞混，我一步一步帶您看。',
        '抱歉，我剛才沒解釋清楚，我用簡單一點的方式再說一次。',
        '很多人在這一步都會卡住，您問得很對。',
      ],
    },
    solve: {
      en: [
        "Let's do it together, one step at a time, and tell me when you're ready for the next one.",
        "In short, you don't need to do anything else for now; I'll take care of the rest.",
        "I'll send you the steps one at a time, so it's easy to follow.",
        "Could you tell me what you see on your screen right now? Then I can guide you from there.",
        "I'll sum up what we've agreed at the end, so you have it all in one place.",
      ],
      'zh-Hans': [
        '我们一起一步一步来，您准备好了就告诉我，我再说下一步。',
        '简单来说，您现在什么都不用再做，剩下的交给我。',
        '我会把步骤一条一条发给您，方便您跟着操作。',
        '您能告诉我现在屏幕上显示的是什么吗？我再根据情况带您操作。',
        '最后我会把我们说好的内容整理一遍发给您，方便您查看。',
      ],
      'zh-Hant': [
        '我們一起一步一步來，您準備好了就告訴我，我再說下一步。',
        '簡單來說，您現在什麼都不用再做，剩下的交給我。',
        '我會把步驟一條一條傳給您，方便您跟著操作。',
        '您可以告訴我現在畫面上顯示的是什麼嗎？我再依照狀況帶您操作。',
        '最後我會把我們說好的內容整理一次傳給您，方便您查看。',
      ],
    },
  },
  urgency: {
    acknowledge: {
      en: [
        'I understand this is time-critical, so let me move quickly.',
        "Got it, you're up against the clock. I'll prioritise this.",
        "I know time matters here, so I'll keep this short and get straight to it.",
        "Thanks for telling me about the deadline; that helps me pick the fastest route.",
        "I can see why this can't wait, and I'm on it now.",
      ],
      'zh-Hans': [
        '明白时间很紧，我马上优先处理。',
        '了解您赶时间，我这边加急为您处理。',
        '知道您时间紧，我长话短说，直接处理。',
        '谢谢您告诉我截止时间，这样我能选最快的办法。',
        '我明白这件事等不了，我现在就处理。',
      ],
      'zh-Hant': [
        '明白時間很緊，我馬上優先處理。',
        '了解您趕時間，我這邊加急為您處理。',
        '知道您時間緊迫，我長話短說，直接處理。',
        '謝謝您告訴我截止時間，這樣我能選最快的方式。',
        '我明白這件事等不了，我現在就處理。',
      ],
    },
    solve: {
      en: [
        "I'm checking the fastest option we have right now, and I'll tell you in a moment.",
        "I'll mark this as urgent so it goes to the front of the queue.",
        "Let me tell you what can happen today and what can't, so you can plan around it.",
        "I'll stay in the chat while this goes through, so you know the moment it's done.",
        "If the usual route is too slow, I'll look for another way and tell you honestly what it involves.",
      ],
      'zh-Hans': [
        '我现在就查一下最快的办法，马上告诉您。',
        '我会把这件事标记为加急，优先处理。',
        '我跟您说清楚今天能办到什么、办不到什么，方便您安排。',
        '处理过程中我会一直在线，一办好就马上告诉您。',
        '如果常规流程太慢，我再帮您找其他办法，也会如实告诉您需要什么。',
      ],
      'zh-Hant': [
        '我現在就查一下最快的辦法，馬上告訴您。',
        '我會把這件事標記為急件，優先處理。',
        '我跟您說清楚今天能做到什麼、做不到什麼，方便您安排。',
        '處理過程中我會一直在線上，一處理好就馬上告訴您。',
        '如果一般流程太慢，我再幫您找其他方式，也會老實告訴您需要什麼。',
      ],
    },
  },
  repeat_contact: {
    acknowledge: {
      en: [
        "I'm sorry you've had to come back about this again. You shouldn't have to repeat yourself.",
        "I can see you've already been through this with us. I've read the history, so no need to explain it again.",
        "Having to chase this more than once is frustrating, and I'm sorry.",
        "Thanks for your patience. I know this isn't the first time you've had to ask.",
        "I've got the earlier conversations in front of me, so we can pick up where it was left.",
      ],
      'zh-Hans': [
        '很抱歉让您又来找我们，您不应该一遍遍重复。',
        '我已经看过之前的记录，您不用再重复说明了。',
        '同一件事要反复来问，真的很让人烦，非常抱歉。',
        '谢谢您的耐心，我知道这已经不是您第一次来问了。',
        '之前的沟通记录我都看到了，我们直接接着往下处理。',
      ],
      'zh-Hant': [
        '很抱歉讓您又來找我們，您不應該一再重複說明。',
        '我已經看過之前的紀錄，您不用再重複說明了。',
        '同一件事要一直來問，真的很讓人心煩，非常抱歉。',
        '謝謝您的耐心，我知道這已經不是您第一次來詢問了。',
        '之前的對話紀錄我都看到了，我們直接接著往下處理。',
      ],
    },
    solve: {
      en: [
        "I'll own this from here, and I'll be the one who updates you.",
        "This time I'm going to make sure it's fixed at the root, not just patched.",
        "I'm adding a note to your account so whoever you speak to next knows the whole story.",
        "Before we finish, I'll tell you exactly what happens next and when you'll hear from us.",
        "I'll check why the last fix didn't hold, so we don't end up here again.",
      ],
      'zh-Hans': [
        '接下来由我负责跟进，进展我会亲自通知您。',
        '这次我会从根本上解决，而不是临时处理一下。',
        '我会在您的账户上做好备注，之后不管谁接待您都能了解全部情况。',
        '结束对话前，我会跟您说清楚接下来怎么处理、什么时候给您回复。',
        '我会查清楚上次为什么没解决好，避免再出现同样的问题。',
      ],
      'zh-Hant': [
        '接下來由我負責跟進，進度我會親自通知您。',
        '這次我會從根本解決，而不是暫時處理一下。',
        '我會在您的帳戶上做好備註，之後不管誰為您服務都能了解完整狀況。',
        '結束對話前，我會跟您說清楚接下來怎麼處理、什麼時候回覆您。',
        '我會查清楚上次為什麼沒有處理好，避免再發生同樣的問題。',
      ],
    },
  },
  churn_threat: {
    acknowledge: {
      en: [
        "I understand why you'd consider that, and I'd like the chance to put this right.",
        "That's fair, we've let you down here.",
        "I'd feel the same in your position, and I don't want to lose you over this.",
        "Thank you for telling me straight. It helps me see how serious this is.",
        "I hear you, and I'd rather fix this than have you leave unhappy.",
      ],
      'zh-Hans': [
        '我理解您为什么会这么想，希望能给我一个机会把事情处理好。',
        '确实是我们做得不好，让您失望了。',
        '换作是我也会这么想，我不希望因为这件事失去您。',
        '谢谢您直接告诉我，这让我知道事情有多严重。',
        '您的意思我明白，比起让您不满意地离开，我更想把问题解决好。',
      ],
      'zh-Hant': [
        '我理解您為什麼會這麼想，希望能給我一個機會把事情處理好。',
        '確實是我們做得不好，讓您失望了。',
        '換作是我也會這麼想，我不希望因為這件事失去您。',
        '謝謝您直接告訴我，這讓我知道事情有多嚴重。',
        '您的意思我明白，比起讓您不滿意地離開，我更想把問題處理好。',
      ],
    },
    solve: {
      en: [
        'What would make this right for you?',
        "I'll check what I can offer to fix this today, and I'll be clear about what's possible.",
        "If you still want to cancel after we've talked, I'll make it quick and simple.",
        "Let me see what I can do about the cost of this for you before you decide.",
        "I'll pass your feedback to the team responsible, and I'll tell you what they say.",
      ],
      'zh-Hans': [
        '怎样处理您会觉得满意？',
        '我先查一下今天能为您提供哪些解决办法，能做到什么我都会说清楚。',
        '如果聊完之后您还是想取消，我会帮您快速办好，不会为难您。',
        '在您做决定之前，我先看看在费用方面能为您做些什么。',
        '我会把您的意见转给负责的团队，有回复我会告诉您。',
      ],
      'zh-Hant': [
        '怎樣處理您會覺得滿意？',
        '我先查一下今天能為您提供哪些解決方式，能做到什麼我都會說清楚。',
        '如果談完之後您還是想取消，我會幫您快速辦好，不會刁難您。',
        '在您做決定之前，我先看看費用方面能為您做些什麼。',
        '我會把您的意見轉給負責的團隊，有回覆我會告訴您。',
      ],
    },
  },
};

/** A fill-in the agent completes before the phrasing goes in, as snippets have: {{input:Order number}}. */
const FILL_IN = /\{\{\s*input:[^{}]{1,200}\}\}/g;

/**
 * Whether a phrasing is a whole reply: it ends a sentence (., !, ?, 。, ！ or ？,
 * maybe inside closing quotes or brackets) and leaves nothing for the agent to
 * finish except explicit {{input:…}} fill-ins, which are asked for before it is
 * inserted. A hanging colon, a trailing "by" and a …… blank are fragments.
 */
export function isWholePhrasing(text: string): boolean {
  const trimmed = text.replace(FILL_IN, 'x').trim();
  if (!trimmed || trimmed.includes('……') || trimmed.includes('{{') || trimmed.includes('}}')) return false;
  return /[.!?。！？]["'”’」』）)\]]*$/u.test(trimmed) && !/\.\.\.["'”’」』）)\]]*$/.test(trimmed);
}

/** The built-in phrasings for one state, stage and language. */
export function builtInPhrasings(state: Exclude<CustomerKind, 'crisis'>, stage: Stage, lang: Lang): Phrasing[] {
  return LIBRARY[state][stage][lang].map((text) => ({ state, stage, lang, text }));
}
