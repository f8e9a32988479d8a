import { DRAFT_RULES } from './draft-rules';
import { detectLang, normalise } from './engine-data';
import { matchSpans, overlaps } from './spans';
import type { DraftWarning, Lang, Span } from './types';

const COMPILED = DRAFT_RULES.map((rule) => ({ rule, re: new RegExp(rule.pattern, 'g') }));

/** Flags escalating phrasing in an agent's draft; each warning carries its span and a better line in the draft's language. */
export function checkDraft(text: string, lang?: Lang): DraftWarning[] {
  const raw = typeof text === 'string' ? text : '';
  const norm = normalise(raw);
  const draftLang = lang ?? detectLang(raw);
  const taken: Span[] = [];
  const warnings: DraftWarning[] = [];
  for (const { rule, re } of COMPILED) {
    for (const span of matchSpans(re, norm)) {
      if (taken.some((t) => overlaps(t, span))) continue;
      taken.push(span);
      const chinese = draftLang !== 'en';
      const alternative = rule.alternative[draftLang] || rule.alternative.en || rule.alternative['zh-Hans'];
      warnings.push({
        start: span[0],
        end: span[1],
        phrase: raw.slice(span[0], span[1]),
        why: (chinese ? rule.why.zh : rule.why.en) || rule.why.en || rule.why.zh,
        alternative,
      });
    }
  }
  return warnings.sort((a, b) => a.start - b.start);
}
