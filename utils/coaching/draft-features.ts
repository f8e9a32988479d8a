import { DRAFT_RULES } from './draft-rules';
import { createMatcher } from './prefilter';
import { overlaps } from './spans';
import { isHanPattern } from './text';
import type { Lang, Span } from './types';

const COMPILED = DRAFT_RULES.map((rule, index) => ({ rule, index, han: isHanPattern(rule.pattern), re: new RegExp(rule.pattern, 'g') }));
/** Each rule tried only where one of its matches can start (see prefilter.ts). */
const matcher = createMatcher(COMPILED.map((c) => c.re));

export interface DraftFindings {
  hits: { rule: (typeof DRAFT_RULES)[number]; span: Span }[];
  named: string[];
}

/** The draft rules that match (one per span), and the named features the escalating head reads; shared with the trainer. */
export function findDraftRules(norm: string, lang: Lang, scripts: { latin: boolean; han: boolean }): DraftFindings {
  const hits: DraftFindings['hits'] = [];
  const named = ['draft', `draft:${lang}`];
  matcher.prepare(norm);
  for (const { rule, index, han } of COMPILED) {
    // This runs on every keystroke: a draft in one script skips the other script's rules.
    if (han ? !scripts.han : !scripts.latin) continue;
    for (const span of matcher.spans(index)) {
      if (hits.some((t) => overlaps(t.span, span))) continue;
      hits.push({ rule, span });
      named.push(`draftrule:${index}`);
    }
  }
  if (hits.length) named.push('draftrule', ...(hits.length > 1 ? ['draftrules'] : []));
  return { hits, named };
}

