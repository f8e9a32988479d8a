import type { CrisisProtocol, Hotline, Lang } from './types';

/**
 * Crisis protocol card (BLAKE; Taiwan's ask–respond–refer). Shown instead of
 * phrasings; nothing is ever inserted into the reply automatically.
 */
const STEPS: Record<Lang, string[]> = {
  en: [
    "Acknowledge: \"I can hear how much pain you're in, and I'm glad you told me.\"",
    'Ask directly: "Are you thinking about ending your life? Are you safe right now?"',
    'Keep them talking: ask where they are and whether someone is with them.',
    'Escalate to your supervisor now, while you stay in the chat.',
    'If the risk is immediate, contact emergency services.',
  ],
  'zh-Hans': [
    '回应感受：“我能感受到您现在非常痛苦，谢谢您愿意告诉我。”',
    '直接询问：“您是不是有结束生命的想法？您现在安全吗？”',
    '保持对话：问清对方在哪里、身边有没有人。',
    '一边继续对话，一边立即通知主管。',
    '如果危险迫在眉睫，请联系紧急服务（110 / 120）。',
  ],
  'zh-Hant': [
    '回應感受：「我能感受到您現在非常痛苦，謝謝您願意告訴我。」',
    '直接詢問：「您是不是有結束生命的想法？您現在安全嗎？」',
    '保持對話：問清楚對方在哪裡、身邊有沒有人。',
    '一邊繼續對話，一邊立即通知主管。',
    '如果危險迫在眉睫，請聯絡緊急救援（110 / 119）。',
  ],
};

/** Region code (ISO 3166-1 alpha-2, upper case) → hotlines; callers may add or override regions. */
export const HOTLINES: Record<string, Hotline[]> = {
  US: [{ name: '988 Suicide & Crisis Lifeline', number: '988', note: 'Call, text or chat' }],
  CA: [{ name: '9-8-8 Suicide Crisis Helpline', number: '988', note: 'Call or text' }],
  GB: [{ name: 'Samaritans', number: '116 123', note: 'Free, 24 hours' }],
  IE: [{ name: 'Samaritans', number: '116 123', note: 'Free, 24 hours' }],
  CN: [
    { name: '心理援助热线', number: '12356', note: '全国统一' },
    { name: '北京心理危机研究与干预中心', number: '010-82951332', note: '24 小时' },
  ],
  TW: [{ name: '安心專線', number: '1925', note: '24 小時' }],
};

const FALLBACK: Hotline[] = [{ name: 'Local emergency services', number: '112 / 911', note: 'Use the emergency number of the customer’s country' }];

export function crisisProtocol(lang: Lang, region: string, extraHotlines: Record<string, Hotline[]> = {}): CrisisProtocol {
  const key = region.toUpperCase();
  return { steps: [...STEPS[lang]], hotlines: [...(extraHotlines[key] ?? HOTLINES[key] ?? FALLBACK)] };
}
