import { findDraftRules } from './draft-features';
import { calibration, model, normalise, profile } from './engine-data';
import { mergeSpans } from './spans';
import type { DraftWarning, Lang, Span } from './types';

/** Said when the head hears an escalating tone that no rule names: what to do instead, in the draft's language. */
const GENERAL: Record<Lang, { why: string; alternative: string }> = {
  en: { why: 'This may read as blaming, dismissive or curt to an upset customer.', alternative: "I'm sorry this has been so frustrating, and I'm going to help you sort it out." },
  'zh-Hans': { why: '这句话在不满的客户读来，可能像是推卸、敷衍或生硬。', alternative: '给您添麻烦了，非常抱歉，我现在就帮您把这件事处理好。' },
  'zh-Hant': { why: '這句話在不滿的客戶讀來，可能像是推卸、敷衍或生硬。', alternative: '給您添麻煩了，非常抱歉，我現在就幫您把這件事處理好。' },
};

/**
 * Flags escalating phrasing in an agent's draft. The escalating head decides
 * whether the draft as a whole escalates (the rules are among its features);
 * each warning carries its span and a better line in the draft's language.
 */
export function checkDraft(text: string, lang?: Lang): DraftWarning[] {
  const raw = typeof text === 'string' ? text : '';
  if (!raw.trim()) return [];
  const norm = normalise(raw);
  const scripts = profile(raw);
  const draftLang = lang ?? scripts.lang;
  const { hits, named } = findDraftRules(norm, draftLang, scripts);
  const head = model.score(norm, named).escalating!;
  if (head.probability < calibration.escalating) return [];
  const chinese = draftLang !== 'en';
  if (!hits.length) {
    const spans = head.evidence.length ? mergeSpans(head.evidence) : [[0, raw.length] as Span];
    return spans.map(([start, end]) => ({ start, end, phrase: raw.slice(start, end), ...GENERAL[draftLang] }));
  }
  return hits
    .map(({ rule, span }) => ({
      start: span[0],
      end: span[1],
      phrase: raw.slice(span[0], span[1]),
      why: (chinese ? rule.why.zh : rule.why.en) || rule.why.en || rule.why.zh,
      alternative: rule.alternative[draftLang] || rule.alternative.en || rule.alternative['zh-Hans'],
    }))
    .sort((a, b) => a.start - b.start);
}
