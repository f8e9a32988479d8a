import type { CrisisDanger, Lang } from '../coaching/types';
import type { LineKind } from './schema';

/**
 * What the agent does, for each kind of danger. Written from recognised
 * practice (sources in docs/crisis.md): ask about suicide directly and stay;
 * in a medical emergency or immediate danger the emergency number comes
 * before anything else; with abuse, safety first and nothing repeated back or
 * sent where the abuser may see it; with threats, no argument, help brought
 * in and the words recorded. Undertone shows these; it never acts on them.
 */
export type ProtocolId = 'suicide' | 'medical' | 'abuse' | 'violence' | 'danger';

export interface ProtocolText {
  title: string;
  steps: string[];
  /** A first thing to say to the customer, in the conversation's language; {emergency} is the region's emergency number. */
  say: string;
}

export interface Protocol {
  /** The emergency number is shown big, above the steps. */
  emergencyFirst: boolean;
  /** Which of the region's lines the card lists. */
  lines: readonly LineKind[];
  text: Record<Lang, ProtocolText>;
}

export const PROTOCOLS: Record<ProtocolId, Protocol> = {
  suicide: {
    emergencyFirst: false,
    lines: ['suicide'],
    text: {
      en: {
        title: 'Risk of suicide or self-harm: stay with them',
        steps: [
          'Acknowledge what they told you, calmly and without judging.',
          'Ask directly whether they are thinking about suicide and whether they are safe right now. Asking does not put the idea in their head.',
          'Stay in the chat. Leave the order or account for later, and do not promise to keep this secret.',
          'Tell your supervisor now, while you keep talking.',
          'Give them the crisis line below. If they may act now or have already hurt themselves, urge them to call the emergency number; your supervisor decides, under your company’s policy, whether to call for them.',
        ],
        say: 'Thank you for telling me. I’m here with you. Are you thinking about ending your life? Are you safe right now?',
      },
      'zh-Hans': {
        title: '自杀或自伤风险：陪着对方',
        steps: [
          '平静地回应对方说的话，不评判。',
          '直接问对方是不是有自杀的想法、现在是否安全。直接问不会让对方因此产生这个念头。',
          '留在对话里。订单或账户的事先放一放，也不要答应替对方保密。',
          '一边继续聊，一边马上告诉主管。',
          '把下面的心理援助热线告诉对方。如果对方随时可能行动，或已经伤害了自己，请对方立即拨打急救电话；是否由公司代为报警，由主管按公司规定决定。',
        ],
        say: '谢谢您愿意告诉我，我在这里陪着您。您是不是有结束生命的想法？您现在安全吗？',
      },
      'zh-Hant': {
        title: '自殺或自傷風險：陪在對方身邊',
        steps: [
          '平靜地回應對方說的話，不批判。',
          '直接詢問對方是否有自殺的念頭、現在是否安全。直接問並不會讓對方因此起了念頭。',
          '留在對話中。訂單或帳戶的事先放著，也不要答應替對方保密。',
          '一邊繼續對話，一邊立刻通知主管。',
          '把下方的求助專線告訴對方。若對方隨時可能行動，或已經傷害了自己，請對方立即撥打緊急電話；是否由公司代為通報，由主管依公司規定決定。',
        ],
        say: '謝謝您願意告訴我，我會在這裡陪著您。您是不是有結束生命的想法？您現在安全嗎？',
      },
    },
  },
  medical: {
    emergencyFirst: true,
    lines: ['emergency-text'],
    text: {
      en: {
        title: 'Medical emergency: the emergency number first',
        steps: [
          'Tell them to call the emergency number now, before anything else. If someone is with them, one calls while the other stays with the person who is ill or hurt.',
          'Stay in the chat until they tell you they have called. Keep your messages short.',
          'Do not diagnose or give medical advice: the emergency operator will tell them what to do. Ask them to follow the operator and not to hang up.',
          'Tell your supervisor. The order or account can wait.',
        ],
        say: 'This is an emergency: please call {emergency} now. I’ll stay here in the chat.',
      },
      'zh-Hans': {
        title: '医疗急症：先打急救电话',
        steps: [
          '请对方马上拨打急救电话，其他事都先放下。如果身边有人，一人打电话，另一人守在病人或伤者身边。',
          '留在对话里，直到对方说已经打通电话。消息尽量简短。',
          '不要判断病情，也不要给医疗建议：接线员会告诉对方怎么做。请对方按接线员的指示做，不要挂断电话。',
          '通知主管。订单或账户的事可以等。',
        ],
        say: '这是紧急情况，请马上拨打 {emergency}。我会一直在这里。',
      },
      'zh-Hant': {
        title: '緊急醫療狀況：先打緊急電話',
        steps: [
          '請對方立刻撥打緊急電話，其他事情都先放下。如果身邊有人，一人打電話，另一人陪在病人或傷者身邊。',
          '留在對話中，直到對方說已經打通電話。訊息盡量簡短。',
          '不要判斷病情，也不要提供醫療建議：接線人員會告訴對方該怎麼做。請對方依照接線人員的指示，不要掛斷電話。',
          '通知主管。訂單或帳戶的事可以晚點再處理。',
        ],
        say: '這是緊急情況，請立刻撥打 {emergency}。我會一直在這裡。',
      },
    },
  },
  abuse: {
    emergencyFirst: false,
    lines: ['domestic-abuse', 'emergency-text'],
    text: {
      en: {
        title: 'Domestic abuse, stalking or coercion: safety first',
        steps: [
          'Ask whether it is safe to talk right now. If it is not, let them choose when and how to come back.',
          'Do not repeat the details of what is happening back in the chat: someone else may read it, now or later.',
          'Do not send confirmations, receipts or follow-ups to an email address or phone number that may be shared. Ask which channel is safe for them.',
          'Offer the domestic abuse line below. If they are in danger now, the emergency number comes first (or its text service, where there is one, if they cannot speak).',
          'Tell your supervisor, and follow your company’s policy for the account, such as changes asked for by someone else.',
        ],
        say: 'Is it safe for you to talk right now?',
      },
      'zh-Hans': {
        title: '家庭暴力、跟踪或胁迫：安全第一',
        steps: [
          '先问对方现在说话是否安全。如果不安全，让对方自己决定什么时候、用什么方式再联系。',
          '不要在对话里复述对方遭遇的细节：别人现在或以后可能会看到。',
          '不要把确认信息、收据或回访发到可能被他人共用的邮箱或手机号。问对方哪种联系方式安全。',
          '提供下面的反家暴求助热线。如果对方正面临危险，先打报警或急救电话（对方不方便出声时，可用当地的短信报警服务）。',
          '通知主管，并按公司规定处理账户，例如由他人提出的修改要求。',
        ],
        say: '您现在方便说话吗？是安全的吗？',
      },
      'zh-Hant': {
        title: '家庭暴力、跟蹤或脅迫：安全第一',
        steps: [
          '先詢問對方現在說話是否安全。如果不安全，讓對方自己決定何時、用什麼方式再聯絡。',
          '不要在對話中複述對方遭遇的細節：其他人現在或之後都可能看到。',
          '不要把確認信、收據或後續通知寄到可能與他人共用的電子郵件或手機號碼。詢問對方哪種聯絡方式安全。',
          '提供下方的家暴求助專線。若對方正處於危險中，先打緊急電話（對方不便出聲時，可用當地的簡訊報案服務）。',
          '通知主管，並依公司規定處理帳戶，例如由他人提出的變更要求。',
        ],
        say: '您現在方便說話嗎？安全嗎？',
      },
    },
  },
  violence: {
    emergencyFirst: false,
    lines: [],
    text: {
      en: {
        title: 'Threat of violence: do not argue, bring in help',
        steps: [
          'Stay calm. Do not argue, threaten back or challenge them.',
          'Bring in your supervisor now, and security as your company’s policy says.',
          'Record what was said, word for word, with the time. Do not delete the chat.',
          'If someone is in immediate danger, your supervisor or security calls the emergency number.',
        ],
        say: 'I can hear how angry you are. I’m bringing in a colleague who can help with this.',
      },
      'zh-Hans': {
        title: '暴力威胁：不争辩，立即找人协助',
        steps: [
          '保持冷静。不要争辩、反过来威胁或激怒对方。',
          '马上通知主管，并按公司规定通知安保。',
          '把对方的原话连同时间逐字记下来。不要删除对话。',
          '如果有人正面临危险，由主管或安保拨打报警电话。',
        ],
        say: '我能感受到您非常生气。我请一位同事来一起处理这件事。',
      },
      'zh-Hant': {
        title: '暴力威脅：不爭辯，立即找人協助',
        steps: [
          '保持冷靜。不要爭辯、反過來威脅或刺激對方。',
          '立刻通知主管，並依公司規定通知保全。',
          '把對方的原話連同時間逐字記錄下來。不要刪除對話。',
          '若有人正處於危險中，由主管或保全撥打緊急電話。',
        ],
        say: '我感受得到您非常生氣。我請一位同事一起來處理這件事。',
      },
    },
  },
  danger: {
    emergencyFirst: true,
    lines: ['emergency-text'],
    text: {
      en: {
        title: 'Immediate danger: the emergency number first',
        steps: [
          'Tell them to call the emergency number now. Nothing else comes first.',
          'If they smell gas or see fire: get out first and call from outside. With gas, do not switch lights or appliances on or off.',
          'Stay in the chat until they tell you they have called. Keep your messages short and clear.',
          'Tell your supervisor.',
        ],
        say: 'Please call {emergency} right now, and get to safety if you can. I’ll stay here.',
      },
      'zh-Hans': {
        title: '眼前的危险：先打急救电话',
        steps: [
          '请对方马上拨打急救或报警电话，其他事都往后放。',
          '闻到燃气味或看到起火：先离开，到室外再打电话。有燃气味时，不要开关电灯或电器。',
          '留在对话里，直到对方说已经打通电话。消息要简短清楚。',
          '通知主管。',
        ],
        say: '请马上拨打 {emergency}，能的话先到安全的地方。我会一直在这里。',
      },
      'zh-Hant': {
        title: '立即的危險：先打緊急電話',
        steps: [
          '請對方立刻撥打緊急電話，其他事情都往後放。',
          '聞到瓦斯味或看到起火：先離開，到室外再打電話。有瓦斯味時，不要開關電燈或電器。',
          '留在對話中，直到對方說已經打通電話。訊息要簡短清楚。',
          '通知主管。',
        ],
        say: '請立刻撥打 {emergency}，可以的話先到安全的地方。我會一直在這裡。',
      },
    },
  },
};

/** The engine names the danger when a rule could tell; when it cannot, the suicide protocol (with the emergency number) covers it. */
export function protocolFor(danger: CrisisDanger | undefined): ProtocolId {
  switch (danger) {
    case 'medical':
    case 'abuse':
    case 'violence':
    case 'danger':
      return danger;
    default:
      return 'suicide';
  }
}

/** The possible-risk tier's one question, asked calmly and directly, in the conversation's language. */
export const CHECK_IN: Record<Lang, string> = {
  en: 'I want to make sure you’re okay. Are you safe right now?',
  'zh-Hans': '我想确认一下您是否还好。您现在安全吗？',
  'zh-Hant': '我想確認一下您是否還好。您現在安全嗎？',
};

/** Stands in for the number in what to say when the customer's region is unknown. */
export const LOCAL_EMERGENCY: Record<Lang, string> = {
  en: 'your local emergency number',
  'zh-Hans': '当地的急救或报警电话',
  'zh-Hant': '當地的緊急電話',
};

/** Where to find a line when the region is unknown: a worldwide network of emotional-support centres, listing its members by country. */
export const DIRECTORY = { name: 'Befrienders Worldwide', url: 'https://www.befrienders.org/' } as const;
