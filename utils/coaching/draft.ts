import { DRAFT_RULES } from './draft-rules';
import { normalise, profile } from './engine-data';
import { matchSpans, overlaps } from './spans';
import { isHanPattern } from './text';
import type { DraftWarning, Lang, Span } from './types';

const COMPILED = DRAFT_RULES.map((rule) => ({ rule, han: isHanPattern(rule.pattern), re: new RegExp(rule.pattern, 'g') }));

/** Flags escalating phrasing in an agent's draft; each warning carries its span and a better line in the draft's language. */
export function checkDraft(text: string, lang?: Lang): DraftWarning[] {
  const raw = typeof text === 'string' ? text : '';
  const norm = normalise(raw);
  const scripts = profile(raw);
  const draftLang = lang ?? scripts.lang;
  const taken: Span[] = [];
  const warnings: DraftWarning[] = [];
  for (const { rule, han, re } of COMPILED) {
    // This runs on every keystroke: a draft in one script skips the other script's rules.
    if (han ? !scripts.han : !scripts.latin) continue;
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
