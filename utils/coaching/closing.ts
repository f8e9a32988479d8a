/**
 * Phrases agents use to wrap a conversation up. When the draft starts closing
 * before the underlying need was checked, the sidebar reminds gently.
 */
const closingPatterns: RegExp[] = [
  /\b(anything else (i|we) can (help|do)|is there anything else)\b/i,
  /\b(thanks?|thank you) for (contacting|reaching out|chatting|your patience)\b/i,
  /\b(have a (great|good|nice|lovely) (day|evening|weekend))\b/i,
  /\b(i('| a)m going to close|closing (this|the) (chat|conversation|ticket))\b/i,
  /还有(什么|其他)(问题|需要|可以帮)/,
  /還有(什麼|其他)(問題|需要|可以幫)/,
  /(祝您|祝你)(生活愉快|愉快|顺利|順利)/,
  /感谢(您的)?(耐心|来访|咨询)|感謝(您的)?(耐心|來訪|諮詢)/,
];

export function isClosing(draft: string): boolean {
  return closingPatterns.some((pattern) => pattern.test(draft));
}
